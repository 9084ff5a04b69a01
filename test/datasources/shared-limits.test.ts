import { Redis } from 'ioredis';
import { SharedLimits, defaultPerSecond } from '../../src/datasources/shared-limits';
import { startRedis, type TestRedis } from '../helpers/redis';
import { until } from '../helpers/wait';

jest.setTimeout(30_000);

let redis: TestRedis;
let limits: SharedLimits;
let other: SharedLimits;
let problems: string[];

async function ready(shared: SharedLimits): Promise<void> {
  for (let i = 0; i < 200 && !shared.status().connected; i += 1) await new Promise((r) => setTimeout(r, 10));
}

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
});
beforeEach(async () => {
  problems = [];
  const prefix = `t${Math.random().toString(36).slice(2)}:`;
  limits = new SharedLimits(redis.url, { prefix, onProblem: (m) => problems.push(m) });
  // A second replica: its own connection, the same keys.
  other = new SharedLimits(redis.url, { prefix });
  await Promise.all([ready(limits), ready(other)]);
});
afterEach(async () => {
  await Promise.all([limits.close(), other.close()]);
});

test('defaults follow Stripe: 100 a second for live keys, 25 for test keys', () => {
  expect([defaultPerSecond('sk_live_x'), defaultPerSecond('rk_live_x'), defaultPerSecond('sk_test_x'), defaultPerSecond('rk_test_x')]).toEqual([
    100, 100, 25, 25,
  ]);
});

test('the in-flight limit holds across replicas, and a release frees a slot for any of them', async () => {
  const a = await limits.acquire('k', 2, 1000, 60_000);
  const b = await other.acquire('k', 2, 1000, 60_000);
  expect(typeof a === 'object' && 'lease' in a).toBe(true);
  expect(typeof b === 'object' && 'lease' in b).toBe(true);
  expect(await limits.acquire('k', 2, 1000, 60_000)).toBe('full');
  expect(await other.acquire('k', 2, 1000, 60_000)).toBe('full');
  // Another credential has its own slots.
  expect(typeof (await other.acquire('k2', 2, 1000, 60_000))).toBe('object');
  limits.release('k', (a as { lease: string }).lease);
  const c = await other.acquire('k', 2, 1000, 60_000);
  expect(typeof c === 'object' && 'lease' in c).toBe(true);
});

test('a lease of a replica that died expires after its lease time', async () => {
  expect(typeof (await limits.acquire('k', 1, 1000, 50))).toBe('object');
  expect(await other.acquire('k', 1, 1000, 50)).toBe('full');
  await new Promise((r) => setTimeout(r, 120));
  const again = await other.acquire('k', 1, 1000, 50);
  expect(typeof again === 'object' && 'lease' in again).toBe(true);
});

test('the per-second budget is shared: the third request of a 2-a-second key waits for the next second', async () => {
  const taken: string[] = [];
  // Retry from the start of a fresh second, so all three fall in the same one.
  for (let tries = 0; tries < 5; tries += 1) {
    taken.length = 0;
    const results = [await limits.acquire('s', 10, 2, 60_000), await other.acquire('s', 10, 2, 60_000), await limits.acquire('s', 10, 2, 60_000)];
    for (const r of results) taken.push(typeof r === 'object' && 'lease' in r ? 'lease' : typeof r === 'object' ? 'wait' : r);
    if (taken[0] === 'lease' && taken[1] === 'lease') break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  expect(taken).toEqual(['lease', 'lease', 'wait']);
});

test('a 429 seen by one replica holds back every replica for that key', async () => {
  limits.coolDown('c', 5_000);
  // The cool-down is written without waiting; a command on the same connection runs after it.
  const seen = await limits.acquire('c', 10, 100, 60_000);
  const elsewhere = await other.acquire('c', 10, 100, 60_000);
  for (const r of [seen, elsewhere]) {
    expect(typeof r === 'object' && 'waitMs' in r && r.waitMs > 4_000 && r.waitMs <= 5_000).toBe(true);
  }
  expect(typeof (await other.acquire('not-c', 10, 100, 60_000))).toBe('object');
});

test('a caller bucket of burst 3 is shared: the fourth request on any replica is refused, with the wait in whole seconds', async () => {
  const rate = { perSecond: 0.001, burst: 3 };
  const results = [
    await limits.takeToken('ada', rate),
    await other.takeToken('ada', rate),
    await limits.takeToken('ada', rate),
    await other.takeToken('ada', rate),
  ];
  expect(results).toEqual([undefined, undefined, undefined, 1000]);
  expect(await other.takeToken('grace', rate)).toBeUndefined();
});

test('tokens refill continuously on the Redis clock: an emptied burst of 2 at 1000/s is full again after 20 ms', async () => {
  const rate = { perSecond: 1000, burst: 2 };
  expect(await limits.takeToken('bob', rate)).toBeUndefined();
  expect(await limits.takeToken('bob', rate)).toBeUndefined();
  await new Promise((r) => setTimeout(r, 20));
  expect(await other.takeToken('bob', rate)).toBeUndefined();
  expect(await other.takeToken('bob', rate)).toBeUndefined();
});

test('Redis down: checks answer unavailable at once and the outage is reported once, without the URL', async () => {
  const own = await startRedis();
  const said: string[] = [];
  const shared = new SharedLimits(own.url, { onProblem: (m) => said.push(m) });
  await ready(shared);
  expect(shared.status()).toEqual({ mode: 'redis', connected: true });
  const port = own.port;
  await own.stop();
  expect(await shared.acquire('k', 1, 1, 1000)).toBe('unavailable');
  expect(await shared.takeToken('c', { perSecond: 1, burst: 1 })).toBe('unavailable');
  // The checks fail at once; the client may learn that the socket closed a moment after them.
  await until(() => !shared.status().connected, 'the client to see the closed connection', 2_000);
  expect(shared.status()).toEqual({ mode: 'redis', connected: false });
  expect(said.length).toBe(1);
  expect(said[0]).toMatch(/^Redis is unreachable \(.*\); Stripe and caller limits are this replica's own until it is back$/);
  expect(said[0]).not.toContain(String(port));
  await shared.close();
});

test('the scripts use keys under the prefix only', async () => {
  const probe = new Redis(redis.url);
  const shared = new SharedLimits(redis.url, { prefix: 'only-here:' });
  await ready(shared);
  await shared.acquire('k', 1, 1, 1000);
  await shared.takeToken('c', { perSecond: 1, burst: 1 });
  const keys = (await probe.keys('only-here:*')).map((k) => k.replace(/:\d+$/, ':<second>')).sort();
  expect(keys).toEqual(['only-here:caller:c', 'only-here:cred:k:leases', 'only-here:cred:k:sec:<second>']);
  await shared.close();
  probe.disconnect();
});
