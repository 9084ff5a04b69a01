import { backoffMs, parseRetryAfterMs, retryDelayMs, seededRandom, shouldRetry, shouldRetryResponse, type AttemptOutcome } from '../../src/datasources/retry';

const decide = (outcome: AttemptOutcome, retriesSoFar = 0, maxRetries = 2, retryTimeouts = true): boolean =>
  shouldRetry({ outcome, retriesSoFar, maxRetries, retryTimeouts });

describe('shouldRetryResponse', () => {
  it.each([
    [409, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [400, false],
    [401, false],
    [402, false],
    [403, false],
    [404, false],
    [405, false],
    [424, false],
    [200, false],
  ])('status %i without Stripe-Should-Retry -> %s', (status, expected) => {
    expect(shouldRetryResponse(status, undefined)).toBe(expected);
  });

  it('obeys Stripe-Should-Retry: false even on 5xx, 409 and 429', () => {
    expect(shouldRetryResponse(500, 'false')).toBe(false);
    expect(shouldRetryResponse(409, 'false')).toBe(false);
    expect(shouldRetryResponse(429, 'false')).toBe(false);
  });

  it('obeys Stripe-Should-Retry: true even on 4xx', () => {
    expect(shouldRetryResponse(400, 'true')).toBe(true);
    expect(shouldRetryResponse(404, ' True ')).toBe(true);
  });

  it('ignores a Stripe-Should-Retry value it does not know', () => {
    expect(shouldRetryResponse(400, 'maybe')).toBe(false);
    expect(shouldRetryResponse(503, 'maybe')).toBe(true);
  });
});

describe('shouldRetry', () => {
  it('retries connection errors until the budget is spent', () => {
    expect(decide({ kind: 'connection' }, 0, 2)).toBe(true);
    expect(decide({ kind: 'connection' }, 1, 2)).toBe(true);
    expect(decide({ kind: 'connection' }, 2, 2)).toBe(false);
  });

  it('never retries with a budget of zero', () => {
    expect(decide({ kind: 'response', statusCode: 503 }, 0, 0)).toBe(false);
    expect(decide({ kind: 'connection' }, 0, 0)).toBe(false);
  });

  it('retries timeouts only when configured to', () => {
    expect(decide({ kind: 'timeout' }, 0, 2, true)).toBe(true);
    expect(decide({ kind: 'timeout' }, 0, 2, false)).toBe(false);
  });

  it('never retries a cancelled request', () => {
    expect(decide({ kind: 'aborted' }, 0, 5)).toBe(false);
  });

  it('applies the response rules inside the budget', () => {
    expect(decide({ kind: 'response', statusCode: 429 }, 0)).toBe(true);
    expect(decide({ kind: 'response', statusCode: 429, shouldRetryHeader: 'false' }, 0)).toBe(false);
    expect(decide({ kind: 'response', statusCode: 400 }, 0)).toBe(false);
    expect(decide({ kind: 'response', statusCode: 400, shouldRetryHeader: 'true' }, 2, 2)).toBe(false);
  });
});

describe('backoffMs', () => {
  const policy = (r: number) => ({ initialMs: 500, maxMs: 5000, random: () => r });

  it('doubles per retry with the top jitter factor close to 1', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, policy(0.999999)))).toEqual([500, 1000, 2000, 4000]);
  });

  it('halves with the lowest jitter but never goes below the initial delay', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, policy(0)))).toEqual([500, 500, 1000, 2000]);
  });

  it('caps at maxMs before jitter', () => {
    expect(backoffMs(10, policy(0.5))).toBe(3750);
    expect(backoffMs(30, policy(0.999999))).toBe(5000);
  });

  it('is repeatable with a seeded generator', () => {
    const first = seededRandom(42);
    const second = seededRandom(42);
    const a = [1, 2, 3].map((n) => backoffMs(n, { initialMs: 100, maxMs: 1000, random: first }));
    const b = [1, 2, 3].map((n) => backoffMs(n, { initialMs: 100, maxMs: 1000, random: second }));
    expect(a).toEqual(b);
    // seededRandom(42) starts 0.6011, 0.4483, 0.8525: 100 (floored at initial), 200*0.5*1.4485, 400*0.5*1.8524.
    expect(a).toEqual([100, 145, 370]);
  });
});

describe('seededRandom', () => {
  it('gives the same sequence for a seed, within [0, 1)', () => {
    const values = Array.from({ length: 3 }, seededRandom(1));
    expect(values).toEqual(Array.from({ length: 3 }, seededRandom(1)));
    expect(values.map((v) => Number(v.toFixed(6)))).toEqual([0.627074, 0.002736, 0.527447]);
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads seconds', () => {
    expect(parseRetryAfterMs('2', now)).toBe(2000);
    expect(parseRetryAfterMs('0.5', now)).toBe(500);
  });
  it('reads an HTTP date, and a past date as 0', () => {
    expect(parseRetryAfterMs('Thu, 01 Jan 2026 00:00:03 GMT', now)).toBe(3000);
    expect(parseRetryAfterMs('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
  });
  it('answers undefined for nothing or nonsense', () => {
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined();
    expect(parseRetryAfterMs('', now)).toBeUndefined();
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs('-1', now)).toBeUndefined();
  });
});

describe('retryDelayMs', () => {
  const policy = { initialMs: 500, maxMs: 5000, maxRetryAfterMs: 3000, random: () => 0 };
  it('uses the backoff without Retry-After', () => {
    expect(retryDelayMs(1, undefined, 0, policy)).toBe(500);
  });
  it('waits for Retry-After when it is longer than the backoff', () => {
    expect(retryDelayMs(1, '2', 0, policy)).toBe(2000);
  });
  it('keeps the backoff when Retry-After is shorter', () => {
    expect(retryDelayMs(3, '0', 0, policy)).toBe(1000);
  });
  it('cuts a long Retry-After to the cap', () => {
    expect(retryDelayMs(1, '600', 0, policy)).toBe(3000);
  });
});
