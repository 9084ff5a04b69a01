/**
 * A concurrency limiter: at most `maxInFlight` holders at once, at most `maxQueued` waiting.
 *
 * The client keeps one per credential so a single wide GraphQL query cannot burst past
 * Stripe's rate limits; a full queue fails fast with ConcurrencyLimitError rather than letting
 * waits grow without bound. Waiters are served in arrival order.
 */
import { ConcurrencyLimitError, RequestCancelledError } from './errors';

/** Gives the slot back. Calling it twice is a no-op, so `finally` blocks can be naive. */
export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
  detach: () => void;
}

export class Limiter {
  private inFlight = 0;
  private readonly queue: Waiter[] = [];

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
    return this.queue.length;
  }

  /** True when nobody holds or waits for a slot (the owner may then drop this limiter). */
  get idle(): boolean {
    return this.inFlight === 0 && this.queue.length === 0;
  }

  /** Resolves with a release function once a slot is free; rejects if the queue is full or the signal fires. */
  acquire(signal?: AbortSignal): Promise<Release> {
    if (signal?.aborted) return Promise.reject(new RequestCancelledError('Request cancelled before it was sent'));
    if (this.inFlight < this.maxInFlight) {
      this.inFlight += 1;
      return Promise.resolve(this.makeRelease());
    }
    if (this.queue.length >= this.maxQueued) {
      return Promise.reject(new ConcurrencyLimitError(this.maxInFlight, this.maxQueued));
    }
    return new Promise<Release>((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        reject(new RequestCancelledError('Request cancelled while waiting for a concurrency slot'));
      };
      const waiter: Waiter = {
        grant: resolve,
        detach: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
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
