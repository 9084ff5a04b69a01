/**
 * A concurrency limiter: at most `maxInFlight` holders at once, at most `maxQueued` waiting.
 *
 * The client keeps one per credential so a single wide GraphQL query cannot burst past
 * Stripe's rate limits; a full queue fails fast with ConcurrencyLimitError rather than letting
 * waits grow without bound. Callers sharing the credential each have their own queue and are
 * served in turn (FairQueue), so one caller's 450-request query does not make everyone else
 * wait behind it; within one caller, arrival order.
 */
import { ConcurrencyLimitError, RequestCancelledError } from './errors';

/** Gives the slot back. Calling it twice is a no-op, so `finally` blocks can be naive. */
export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
  detach: () => void;
}

/**
 * Queues per owner, served round-robin: each `shift` takes the oldest item of the owner whose
 * turn it is, then that owner goes to the back of the rotation.
 */
export class FairQueue<T> {
  // A Map iterates in insertion order: its first key is the owner whose turn it is.
  private readonly queues = new Map<string, T[]>();
  private total = 0;

  get size(): number {
    return this.total;
  }

  sizeOf(owner: string): number {
    return this.queues.get(owner)?.length ?? 0;
  }

  push(owner: string, item: T): void {
    const queue = this.queues.get(owner);
    if (queue) queue.push(item);
    else this.queues.set(owner, [item]);
    this.total += 1;
  }

  shift(): T | undefined {
    const first = this.queues.entries().next();
    if (first.done) return undefined;
    const [owner, queue] = first.value;
    const item = queue.shift()!;
    this.queues.delete(owner);
    if (queue.length > 0) this.queues.set(owner, queue);
    this.total -= 1;
    return item;
  }

  /** Takes an item out of its queue (a waiter whose request was cancelled); false if absent. */
  remove(owner: string, item: T): boolean {
    const queue = this.queues.get(owner);
    const index = queue ? queue.indexOf(item) : -1;
    if (!queue || index < 0) return false;
    queue.splice(index, 1);
    if (queue.length === 0) this.queues.delete(owner);
    this.total -= 1;
    return true;
  }
}

export class Limiter {
  private inFlight = 0;
  private readonly queue = new FairQueue<Waiter>();

  constructor(
    readonly maxInFlight: number,
    readonly maxQueued: number,
  ) {
    if (!Number.isSafeInteger(maxInFlight) || maxInFlight < 1) {
      throw new RangeError(`maxInFlight must be an integer >= 1, got ${maxInFlight}`);
    }
    if (!Number.isSafeInteger(maxQueued) || maxQueued < 0) {
      throw new RangeError(`maxQueued must be an integer >= 0, got ${maxQueued}`);
    }
  }

  get active(): number {
    return this.inFlight;
  }

  get waiting(): number {
    return this.queue.size;
  }

  /** True when nobody holds or waits for a slot (the owner may then drop this limiter). */
  get idle(): boolean {
    return this.inFlight === 0 && this.queue.size === 0;
  }

  /**
   * Resolves with a release function once a slot is free; rejects if the owner's queue is full
   * or the signal fires. `owner` is the caller; each caller may queue up to maxQueued.
   */
  acquire(signal?: AbortSignal, owner = ''): Promise<Release> {
    if (signal?.aborted) return Promise.reject(new RequestCancelledError('Request cancelled before it was sent'));
    if (this.inFlight < this.maxInFlight) {
      this.inFlight += 1;
      return Promise.resolve(this.makeRelease());
    }
    if (this.queue.sizeOf(owner) >= this.maxQueued) {
      return Promise.reject(new ConcurrencyLimitError(this.maxInFlight, this.maxQueued));
    }
    return new Promise<Release>((resolve, reject) => {
      const onAbort = (): void => {
        this.queue.remove(owner, waiter);
        reject(new RequestCancelledError('Request cancelled while waiting for a concurrency slot'));
      };
      const waiter: Waiter = {
        grant: resolve,
        detach: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(owner, waiter);
    });
  }

  private makeRelease(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) {
        // The slot passes straight to the next waiter; inFlight stays the same.
        next.detach();
        next.grant(this.makeRelease());
      } else {
        this.inFlight -= 1;
      }
    };
  }
}
