/**
 * Each caller's own budget of upstream requests: a token bucket. One caller spending its budget
 * is refused (RATE_LIMITED with retryAfter) rather than slowing every other caller on the key.
 */

export interface CallerRate {
  /** Upstream requests per second, refilled continuously. */
  perSecond: number;
  /** Most requests a caller may spend at once after being idle. */
  burst: number;
}

export interface Bucket {
  tokens: number;
  updatedMs: number;
}

export type TakeResult = { allowed: true; bucket: Bucket } | { allowed: false; bucket: Bucket; retryAfterSeconds: number };

/** The bucket as it is at `nowMs`: refilled at the rate since it was last touched, up to the burst. */
function refill(bucket: Bucket | undefined, rate: CallerRate, nowMs: number): Bucket {
  if (!bucket) return { tokens: rate.burst, updatedMs: nowMs };
  const elapsed = Math.max(0, nowMs - bucket.updatedMs) / 1000;
  return { tokens: Math.min(rate.burst, bucket.tokens + elapsed * rate.perSecond), updatedMs: nowMs };
}

/**
 * Whole seconds until the bucket holds `needed` tokens (never more than the burst: a bigger
 * need would wait forever); 0 when it holds them now. Whole seconds, as HTTP's Retry-After
 * counts them, and never 0 for a wait, which would invite a busy loop.
 */
export function secondsUntil(bucket: Bucket, rate: CallerRate, needed: number): number {
  const need = Math.min(needed, rate.burst);
  return bucket.tokens >= need ? 0 : Math.max(1, Math.ceil((need - bucket.tokens) / rate.perSecond));
}

/** Spends one token if there is one. Pure: the bucket (undefined: a new, full one), the rate and the clock in. */
export function takeToken(bucket: Bucket | undefined, rate: CallerRate, nowMs: number): TakeResult {
  const current = refill(bucket, rate, nowMs);
  const wait = secondsUntil(current, rate, 1);
  if (wait === 0) return { allowed: true, bucket: { tokens: current.tokens - 1, updatedMs: nowMs } };
  return { allowed: false, bucket: current, retryAfterSeconds: wait };
}

/** The buckets of every caller seen, by caller id. */
export class CallerBudgets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rate: CallerRate,
    private readonly now: () => number = Date.now,
  ) {}

  /** Undefined when the caller may send one more request; else the seconds to wait. */
  take(caller: string): number | undefined {
    const now = this.now();
    const result = takeToken(this.buckets.get(caller), this.rate, now);
    this.buckets.set(caller, result.bucket);
    if (this.buckets.size > 10_000) this.dropFull(now);
    return result.allowed ? undefined : result.retryAfterSeconds;
  }

  /**
   * Undefined when the caller holds `needed` tokens now (or the whole burst, for a bigger need);
   * else the seconds to wait. Spends nothing: an operation that could need more than its caller
   * has left is refused whole, before execution, rather than half run.
   */
  peek(caller: string, needed = 1): number | undefined {
    const wait = secondsUntil(refill(this.buckets.get(caller), this.rate, this.now()), this.rate, needed);
    return wait === 0 ? undefined : wait;
  }

  /** A bucket that has refilled is the same as no bucket: forget it, so the map stays small. */
  private dropFull(now: number): void {
    for (const [caller, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.updatedMs) / 1000) * this.rate.perSecond >= this.rate.burst) this.buckets.delete(caller);
    }
  }
}

/** `GATEWAY_CALLER_RATE`: `<per second>` or `<per second>,<burst>`; the burst defaults to the rate. */
export function parseCallerRate(raw: string): CallerRate {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:,\s*(\d+)\s*)?$/.exec(raw);
  const perSecond = match ? Number(match[1]) : NaN;
  const burst = match?.[2] !== undefined ? Number(match[2]) : Math.max(1, Math.ceil(perSecond));
  if (!match || !(perSecond > 0) || !(burst >= 1)) {
    throw new Error(`GATEWAY_CALLER_RATE must be "<requests per second>" or "<requests per second>,<burst>" with positive numbers, got ${JSON.stringify(raw)}`);
  }
  return { perSecond, burst };
}
