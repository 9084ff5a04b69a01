/**
 * The benchmark's arithmetic, as pure functions: percentiles, and grouping upstream requests
 * into sequential waves.
 */

/**
 * Nearest-rank percentile (p in 0..100) of a list of numbers: the smallest sample that at least
 * p% of the samples are at or below. With 100 samples p99 is the 99th smallest; with fewer it
 * is the largest. NaN for an empty list.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/**
 * Sequential waves of upstream requests: the round trips a caller waited through one after
 * another, as the number of requests in each wave (`[1, 20]`). `arrivals` are the times (ms) at which the requests of ONE operation reached the
 * emulator; `minRoundTripMs` is the least time any answer takes to come back (the emulator's
 * added latency during the trace).
 *
 * Definition: the first request opens wave 1. A request opens a new wave when it arrived at
 * least `minRoundTripMs` after the first request of the current wave, that is, when it could
 * have been sent after an answer of the current wave came back; otherwise it belongs to the
 * current wave (it was in flight at the same time). A request that depends on an answer must
 * arrive at least one round trip after the request it depends on, so dependent requests always
 * land in a later wave; independent requests sent together share a wave as long as the caller
 * spreads them over less than one round trip. A request held back by a concurrency cap until a
 * slot frees counts as a new wave too, which is honest: the caller waited one more round trip.
 */
export function waveSizes(arrivals: readonly number[], minRoundTripMs: number): number[] {
  if (arrivals.length === 0) return [];
  const sorted = [...arrivals].sort((a, b) => a - b);
  const sizes = [0];
  let anchor = sorted[0]!;
  for (const t of sorted) {
    if (t - anchor >= minRoundTripMs) {
      sizes.push(0);
      anchor = t;
    }
    sizes[sizes.length - 1]! += 1;
  }
  return sizes;
}
/** `value / base`, or null when there is no meaningful ratio. */
export function ratio(value: number, base: number): number | null {
  if (!Number.isFinite(value) || !Number.isFinite(base) || base === 0) return null;
  return value / base;
}

/** The middle sample (the mean of the two middle ones for an even count); NaN for an empty list. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
