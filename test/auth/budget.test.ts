import { CallerBudgets, parseCallerRate, secondsUntil, takeToken } from '../../src/auth/budget';

describe('takeToken', () => {
  const rate = { perSecond: 2, burst: 3 };
  test('a new caller starts with a full bucket', () => {
    expect(takeToken(undefined, rate, 1000)).toEqual({ allowed: true, bucket: { tokens: 2, updatedMs: 1000 } });
  });
  test('an empty bucket refuses with whole seconds to wait, at least 1', () => {
    expect(takeToken({ tokens: 0, updatedMs: 1000 }, rate, 1000)).toEqual({ allowed: false, bucket: { tokens: 0, updatedMs: 1000 }, retryAfterSeconds: 1 });
    expect(takeToken({ tokens: 0, updatedMs: 1000 }, { perSecond: 0.25, burst: 1 }, 1000)).toEqual({
      allowed: false,
      bucket: { tokens: 0, updatedMs: 1000 },
      retryAfterSeconds: 4,
    });
  });
  test('it refills at the rate, up to the burst', () => {
    expect(takeToken({ tokens: 0, updatedMs: 1000 }, rate, 1500)).toEqual({ allowed: true, bucket: { tokens: 0, updatedMs: 1500 } });
    expect(takeToken({ tokens: 0, updatedMs: 0 }, rate, 60_000)).toEqual({ allowed: true, bucket: { tokens: 2, updatedMs: 60_000 } });
  });
  test('a clock going back refills nothing', () => {
    expect(takeToken({ tokens: 0.5, updatedMs: 5000 }, rate, 4000)).toEqual({ allowed: false, bucket: { tokens: 0.5, updatedMs: 4000 }, retryAfterSeconds: 1 });
  });
});

test('CallerBudgets: each caller has its own bucket', () => {
  let now = 0;
  const budgets = new CallerBudgets({ perSecond: 1, burst: 2 }, () => now);
  expect([budgets.take('a'), budgets.take('a'), budgets.take('a')]).toEqual([undefined, undefined, 1]);
  expect(budgets.take('b')).toBeUndefined();
  now = 1000;
  expect([budgets.take('a'), budgets.take('a')]).toEqual([undefined, 1]);
});

test("CallerBudgets.peek: tells without spending, for one request or an operation's estimate (capped at the burst)", () => {
  let now = 0;
  const budgets = new CallerBudgets({ perSecond: 2, burst: 10 }, () => now);
  expect([budgets.peek('a'), budgets.peek('a', 10), budgets.peek('a', 500)]).toEqual([undefined, undefined, undefined]);
  for (let i = 0; i < 4; i++) budgets.take('a');
  expect([budgets.peek('a', 6), budgets.peek('a', 7), budgets.peek('a', 500)]).toEqual([undefined, 1, 2]);
  now = 1000;
  expect(budgets.peek('a', 500)).toBe(1);
  now = 2000;
  expect(budgets.peek('a', 500)).toBeUndefined();
});

describe('secondsUntil', () => {
  const rate = { perSecond: 4, burst: 8 };
  test.each([
    [8, 1, 0],
    [0.5, 1, 1],
    [0, 8, 2],
    [0, 100, 2],
    [7.9, 8, 1],
  ])('%d tokens, %d needed: %d s', (tokens, needed, seconds) => {
    expect(secondsUntil({ tokens, updatedMs: 0 }, rate, needed)).toBe(seconds);
  });
});

describe('parseCallerRate', () => {
  test('rate, or rate and burst', () => {
    expect(parseCallerRate('25')).toEqual({ perSecond: 25, burst: 25 });
    expect(parseCallerRate('0.5')).toEqual({ perSecond: 0.5, burst: 1 });
    expect(parseCallerRate(' 10, 40 ')).toEqual({ perSecond: 10, burst: 40 });
  });
  test.each(['0', '-1', 'ten', '10,0', '10,', ''])('%j is refused, naming the variable', (raw) => {
    expect(() => parseCallerRate(raw)).toThrow(
      `GATEWAY_CALLER_RATE must be "<requests per second>" or "<requests per second>,<burst>" with positive numbers, got ${JSON.stringify(raw)}`,
    );
  });
});
