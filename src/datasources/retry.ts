/**
 * Retry policy and backoff for upstream Stripe requests, as pure functions.
 *
 * The rules follow Stripe's own clients: retry what probably never reached Stripe or what
 * Stripe says is safe to repeat, never a request Stripe understood and refused. Every POST
 * carries an idempotency key that each retry reuses, which is what makes repeating a POST safe.
 */

/** What happened on one attempt, as far as the retry decision is concerned. */
export type AttemptOutcome =
  /** Stripe answered with an HTTP status. */
  | { kind: 'response'; statusCode: number; shouldRetryHeader?: string | undefined }
  /** The connection failed or closed before a response arrived (refused, reset, DNS). */
  | { kind: 'connection' }
  /** A connect, header or body timeout fired. */
  | { kind: 'timeout' }
  /** The caller gave up (the GraphQL request was abandoned); retrying would be pointless. */
  | { kind: 'aborted' };

export interface RetryDecisionInput {
  outcome: AttemptOutcome;
  /** Retries already made for this request (0 after the first attempt). */
  retriesSoFar: number;
  maxRetries: number;
  /** Whether timeouts count as retryable (they do by default: the request may not have arrived). */
  retryTimeouts: boolean;
}

/** Decides whether to send the request again. */
export function shouldRetry(input: RetryDecisionInput): boolean {
  const { outcome } = input;
  if (outcome.kind === 'aborted') return false;
  if (input.retriesSoFar >= input.maxRetries) return false;
  switch (outcome.kind) {
    case 'connection':
      return true;
    case 'timeout':
      return input.retryTimeouts;
    case 'response':
      return shouldRetryResponse(outcome.statusCode, outcome.shouldRetryHeader);
    default:
      throw new UnreachableCaseError(outcome);
  }
}

/** The part of the decision that depends on Stripe's answer alone. */
export function shouldRetryResponse(statusCode: number, shouldRetryHeader: string | undefined): boolean {
  // Stripe knows best: `false` when repeating would be a no-op or harmful, `true` on lock timeouts.
  const header = shouldRetryHeader?.trim().toLowerCase();
  if (header === 'false') return false;
  if (header === 'true') return true;
  if (statusCode === 409) return true; // conflict: a concurrent request on the same object or key
  if (statusCode === 429) return true; // rate limited: back off and try again
  if (statusCode >= 500) return true;
  return false; // any other 4xx: Stripe understood and refused; the same request fails the same way
}

export interface BackoffPolicy {
  /** Delay before the first retry, in ms. */
  initialMs: number;
  /** Upper bound of the exponential delay, in ms. */
  maxMs: number;
  /** Upper bound on a `Retry-After` wait, in ms; a longer wait is cut to this. */
  maxRetryAfterMs: number;
  /** A number in [0, 1); injected so tests and benchmarks are deterministic. */
  random: () => number;
}

/**
 * Exponential backoff with jitter, as in Stripe's clients: `initial * 2^(retry-1)` capped at
 * `max`, then scaled by a random factor in [0.5, 1) so many clients do not retry in step, but
 * never below `initial`. `retry` counts from 1 (the first retry).
 */
export function backoffMs(retry: number, policy: Pick<BackoffPolicy, 'initialMs' | 'maxMs' | 'random'>): number {
  const exponential = Math.min(policy.initialMs * Math.pow(2, Math.max(0, retry - 1)), policy.maxMs);
  const jittered = exponential * 0.5 * (1 + policy.random());
  return Math.round(Math.max(policy.initialMs, jittered));
}

/**
 * Parses `Retry-After` (seconds or an HTTP date) into milliseconds from `nowMs`. Answers
 * undefined for a missing or unreadable header, and 0 for a date in the past.
 */
export function parseRetryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only an HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`); Date.parse would also take "-1" as a year.
  if (!/^[A-Za-z]{3},/.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * The wait before retry number `retry`: the backoff, or Stripe's `Retry-After` when that is
 * longer, cut to `maxRetryAfterMs` so an upstream cannot park a GraphQL request for minutes.
 */
export function retryDelayMs(retry: number, retryAfterHeader: string | undefined, nowMs: number, policy: BackoffPolicy): number {
  const backoff = backoffMs(retry, policy);
  const retryAfter = parseRetryAfterMs(retryAfterHeader, nowMs);
  if (retryAfter === undefined) return backoff;
  return Math.max(backoff, Math.min(retryAfter, policy.maxRetryAfterMs));
}

/**
 * A seeded pseudo-random generator (mulberry32) giving numbers in [0, 1). Used for jitter in
 * tests and benchmarks so a run can be repeated exactly; production uses Math.random.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Thrown by exhaustive switches when a union gains a member the code does not handle. */
class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
    this.name = 'UnreachableCaseError';
  }
}
