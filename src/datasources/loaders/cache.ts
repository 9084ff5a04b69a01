/**
 * The one cache of a GraphQL request's loaders: a key (a string that names the request to Stripe
 * it stands for) maps to the promise of its answer, so concurrent asks share one request.
 * Objects, list pages and singletons all live here; the object DataLoaders use it as their
 * `cacheMap`, and priming writes into it directly (no loader is made just to prime).
 *
 * Created per request and dropped with it: nothing here outlives one request or one caller.
 */
export class RequestCache {
  private readonly entries = new Map<string, Promise<unknown>>();

  /** The cached promise for `key`, or the one `run` starts now (and is cached from now on). */
  once<T>(key: string, run: () => Promise<T>): Promise<T> {
    let pending = this.entries.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = run();
      this.entries.set(key, pending);
    }
    return pending;
  }

  /** Caches an answer that arrived some other way. The first answer for a key wins; true if this one did. */
  prime(key: string, value: unknown): boolean {
    if (this.entries.has(key)) return false;
    this.entries.set(key, Promise.resolve(value));
    return true;
  }

  /**
   * DataLoader's `cacheMap` contract (get, set, delete, clear) over the same entries;
   * `beforeGet` runs before each read (it primes what is waiting to be primed).
   */
  asCacheMap<V>(beforeGet: () => void = () => undefined): {
    get(key: string): Promise<V> | undefined;
    set(key: string, value: Promise<V>): void;
    delete(key: string): void;
    clear(): void;
  } {
    return {
      get: (key) => {
        beforeGet();
        return this.entries.get(key) as Promise<V> | undefined;
      },
      set: (key, value) => void this.entries.set(key, value),
      delete: (key) => void this.entries.delete(key),
      // DataLoader's clearAll: one loader must not empty the cache the others share. Unused by the gateway.
      clear: () => undefined,
    };
  }
}
