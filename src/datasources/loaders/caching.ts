/**
 * The loaders the gateway runs. Within one GraphQL request:
 * - loads of the same object (resource, id, connected account, expansion set) share one
 *   upstream request; Stripe has no batch-get, so a DataLoader "batch" is the set of distinct ids
 *   asked for in one tick, fetched in parallel under a concurrency cap (and the client's
 *   per-credential limit);
 * - the same list page or singleton asked for twice is fetched once;
 * - objects that arrive inside an answer are primed, so they cost nothing later.
 * All three share one cache (./cache.ts); priming is ./priming.ts.
 *
 * Priming is lazy: an answer's objects are looked for only when a load of an object is about
 * to miss the cache (pending answers are primed first, in the order they arrived, so the first
 * answer for a key still wins). Most operations never load an object after a list or an
 * expansion arrived, and then the walk over every nested object of every answer is never made.
 */
import DataLoader from 'dataloader';
import type { EndpointMeta } from '../../metadata/types';
import type { Params } from '../encoding';
import { toError } from '../../shared/values';
import { canonicalExpand, type StripeList, type StripeObject } from '../objects';
import { RequestCache } from './cache';
import type { LoadContext, Loaders, LoaderSettings } from './contract';
import { objectCacheKey, Primer } from './priming';
import type { LoaderRequests, ObjectKey } from './requests';

type ObjectLoader = DataLoader<ObjectKey, StripeObject, string>;

export class CachingLoaders implements Loaders {
  readonly enabled = true;
  private readonly cache = new RequestCache();
  private readonly primer: Primer;
  /** One DataLoader per type, account and expansion set: a batch is one kind of retrieve. */
  private readonly loaders = new Map<string, ObjectLoader>();
  /** The object loaders' view of the cache: answers waiting to be primed are primed before a read. */
  private readonly cacheMap = this.cache.asCacheMap<StripeObject>(() => this.primePending());
  /** Answers not yet primed, oldest first. */
  private pending: Array<() => void> = [];

  constructor(
    private readonly requests: LoaderRequests,
    private readonly settings: LoaderSettings,
  ) {
    this.primer = new Primer(requests, this.cache);
  }

  load<T extends StripeObject>(typeName: string, id: string, ctx?: LoadContext): Promise<T> {
    try {
      this.requests.stats.loads += 1;
      const key = this.requests.keyFor(typeName, id, ctx);
      return this.loaderFor(typeName, this.requests.accountOf(ctx), canonicalExpand(ctx?.expand)).load(key) as Promise<T>;
    } catch (error) {
      return Promise.reject(toError(error));
    }
  }

  loadSingleton<T extends StripeObject>(typeName: string, ctx?: LoadContext): Promise<T> {
    const account = this.requests.accountOf(ctx);
    const expand = canonicalExpand(ctx?.expand);
    const key = `singleton\u0000${typeName}\u0000${account ?? ''}\u0000${expand.join(',')}`;
    return this.cache.once(key, async () => {
      const object = await this.requests.singleton(typeName, account, expand);
      this.later(() => this.primer.value(object, expand, account, undefined));
      return object;
    }) as Promise<T>;
  }

  listPage<T extends StripeObject>(endpoint: EndpointMeta, path: string, params: Params, ctx?: LoadContext): Promise<StripeList<T>> {
    const account = this.requests.accountOf(ctx);
    const expand = canonicalExpand(ctx?.expand);
    const key = `page\u0000${path}\u0000${JSON.stringify(params)}\u0000${account ?? ''}\u0000${expand.join(',')}`;
    return this.cache.once(key, async () => {
      const page = await this.requests.page<T>(endpoint, path, params, account, expand);
      this.later(() => {
        for (const item of page.data) {
          this.primer.value(item, expand, account, undefined);
          // An item with expansions also answers a later load that asks for none.
          if (expand.length > 0) this.primer.value(item, [], account, undefined);
        }
      });
      return page;
    });
  }

  /** Primes now (after what is pending, so the order answers arrived in still decides). */
  prime(value: unknown, ctx?: LoadContext): number {
    this.primePending();
    return this.primer.value(value, canonicalExpand(ctx?.expand), this.requests.accountOf(ctx), ctx?.parentId);
  }

  private later(prime: () => void): void {
    this.pending.push(prime);
  }

  private primePending(): void {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      for (const prime of batch) prime();
    }
  }

  private loaderFor(typeName: string, account: string | undefined, expand: readonly string[]): ObjectLoader {
    const expandKey = expand.join(',');
    const mapKey = `${typeName}\u0000${account ?? ''}\u0000${expandKey}`;
    let loader = this.loaders.get(mapKey);
    if (!loader) {
      this.requests.retrieveEndpoint(typeName); // fail on a type without one now, not inside a batch
      loader = new DataLoader<ObjectKey, StripeObject, string>((keys) => this.fetchBatch(typeName, keys, account, expand), {
        maxBatchSize: this.settings.maxBatchSize,
        cacheKeyFn: (key) => objectCacheKey(typeName, account, expandKey, key),
        cacheMap: this.cacheMap,
        name: typeName,
      });
      this.loaders.set(mapKey, loader);
    }
    return loader;
  }

  private async fetchBatch(
    typeName: string,
    keys: readonly ObjectKey[],
    account: string | undefined,
    expand: readonly string[],
  ): Promise<Array<StripeObject | Error>> {
    const results = await mapLimited(keys, this.settings.batchConcurrency, (key) => this.requests.object(typeName, key, account, expand));
    // Expanded objects inside each answer are primed for later loads.
    this.later(() => {
      for (const result of results) {
        if (!(result instanceof Error)) this.primer.below(result, expand, account);
      }
    });
    return results;
  }
}

/** Runs `fn` over `items` with at most `limit` in flight; each slot gets its value or its Error. */
async function mapLimited<I, O>(items: readonly I[], limit: number, fn: (item: I) => Promise<O>): Promise<Array<O | Error>> {
  const results = new Array<O | Error>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      try {
        results[index] = await fn(items[index] as I);
      } catch (error) {
        results[index] = toError(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}
