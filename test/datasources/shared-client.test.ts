/**
 * Two StripeClients standing for two replicas: their own local limiters and buckets, one Redis
 * between them, one upstream that counts the requests it handles at once.
 */
import { StripeClient, closeAllPools, coolDownMs, type StripeClientOptions } from '../../src/datasources/client';
import { CallerRateLimitError, RequestCancelledError, StripeApiError } from '../../src/datasources/errors';
import { SharedLimits } from '../../src/datasources/shared-limits';
import { startRedis, type TestRedis } from '../helpers/redis';
import { json, startUpstream, type Upstream } from './helpers/upstream';

jest.setTimeout(30_000);

const credentials = { apiKey: 'sk_test_sharedClient1' };
let redis: TestRedis;
let upstream: Upstream;
let limits: SharedLimits[];

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
});
beforeEach(async () => {
  upstream = await startUpstream();
  limits = [];
});
afterEach(async () => {
  await Promise.all(limits.map((l) => l.close()));
  await closeAllPools();
  await upstream.close();
});

async function replica(url: string, prefix: string, options: Partial<StripeClientOptions> = {}): Promise<StripeClient> {
  const shared = new SharedLimits(url, { prefix });
  limits.push(shared);
  for (let i = 0; i < 200 && !shared.status().connected; i += 1) await new Promise((r) => setTimeout(r, 10));
  return new StripeClient({ apiVersion: '2026-10-28.endive', apiBase: upstream.baseUrl, maxRetries: 0, shared, ...options });
}

function prefix(): string {
  return `c${Math.random().toString(36).slice(2)}:`;
}

test('coolDownMs: Retry-After seconds when Stripe sent them (at most a minute), else the first backoff', () => {
  expect([coolDownMs('2', 500), coolDownMs(undefined, 500), coolDownMs('soon', 500), coolDownMs('0', 500), coolDownMs('600', 500)]).toEqual([
    2000, 500, 500, 500, 60_000,
  ]);
});

test('two replicas with 3 in flight each locally send at most 3 at once together', async () => {
  upstream.setHandler(async (_req, res) => {
    await new Promise((r) => setTimeout(r, 20));
    json(res, 200, { id: 'cus_1', object: 'customer' });
  });
  const p = prefix();
  const options = { maxInFlightPerCredential: 3, maxPerSecondPerCredential: 1000 };
  const [a, b] = [await replica(redis.url, p, options), await replica(redis.url, p, options)];
  const calls = Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? a : b).request({ method: 'GET', path: '/v1/customers/cus_1', credentials }));
  await Promise.all(calls);
  expect(upstream.received.length).toBe(24);
  expect(upstream.maxConcurrent).toBe(3);
});

test('a 429 seen by one replica holds back the other: its request waits and is never sent', async () => {
  upstream.setHandler((_req, res) =>
    json(res, 429, { error: { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests' } }, { 'retry-after': '30' }),
  );
  const p = prefix();
  const [a, b] = [await replica(redis.url, p), await replica(redis.url, p)];
  const first = await a.request({ method: 'GET', path: '/v1/customers/cus_1', credentials }).catch((e: unknown) => e);
  expect(first).toBeInstanceOf(StripeApiError);
  expect((first as StripeApiError).statusCode).toBe(429);
  const controller = new AbortController();
  const second = b.request({ method: 'GET', path: '/v1/customers/cus_1', credentials, signal: controller.signal }).catch((e: unknown) => e);
  setTimeout(() => controller.abort(), 300);
  expect(await second).toBeInstanceOf(RequestCancelledError);
  expect(upstream.received.length).toBe(1);
});

test('a caller budget of 2 spans replicas: the third request is refused on the other replica', async () => {
  upstream.setHandler((_req, res) => json(res, 200, { id: 'cus_1', object: 'customer' }));
  const p = prefix();
  const callerRate = { perSecond: 0.01, burst: 2 };
  const [a, b] = [await replica(redis.url, p, { callerRate }), await replica(redis.url, p, { callerRate })];
  const ada = { ...credentials, caller: 'ada' };
  await a.request({ method: 'GET', path: '/v1/customers/cus_1', credentials: ada });
  await a.request({ method: 'GET', path: '/v1/customers/cus_1', credentials: ada });
  const third = await b.request({ method: 'GET', path: '/v1/customers/cus_1', credentials: ada }).catch((e: unknown) => e);
  expect(third).toBeInstanceOf(CallerRateLimitError);
  expect((third as CallerRateLimitError).retryAfterSeconds).toBe(100);
  expect(upstream.received.length).toBe(2);
});

test('Redis back after an outage: the replicas share their limits again', async () => {
  let active = 0;
  let most = 0;
  upstream.setHandler(async (_req, res) => {
    active += 1;
    most = Math.max(most, active);
    await new Promise((r) => setTimeout(r, 20));
    active -= 1;
    json(res, 200, { id: 'cus_1', object: 'customer' });
  });
  const own = await startRedis();
  const p = prefix();
  const options = { maxInFlightPerCredential: 3, maxPerSecondPerCredential: 1000 };
  const [a, b] = [await replica(own.url, p, options), await replica(own.url, p, options)];
  const burst = (): Promise<unknown> =>
    Promise.all(Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? a : b).request({ method: 'GET', path: '/v1/customers/cus_1', credentials })));
  await own.stop();
  await burst();
  // Each replica under its own limit only: more than 3 at once in all.
  expect(most).toBeGreaterThan(3);
  const again = await startRedis(own.port);
  try {
    for (let i = 0; i < 500 && !limits.every((l) => l.status().connected); i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(limits.map((l) => l.status().connected)).toEqual([true, true]);
    most = 0;
    await burst();
    expect(most).toBe(3);
    expect(upstream.received.length).toBe(48);
  } finally {
    await again.stop();
  }
});

test('Redis down: requests go on under the local limits', async () => {
  upstream.setHandler(async (_req, res) => {
    await new Promise((r) => setTimeout(r, 10));
    json(res, 200, { id: 'cus_1', object: 'customer' });
  });
  const own = await startRedis();
  const a = await replica(own.url, prefix(), { maxInFlightPerCredential: 2 });
  await own.stop();
  await Promise.all(Array.from({ length: 6 }, () => a.request({ method: 'GET', path: '/v1/customers/cus_1', credentials })));
  expect(upstream.received.length).toBe(6);
  expect(upstream.maxConcurrent).toBe(2);
});
