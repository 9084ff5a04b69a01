/**
 * The APQ cache shared through Redis: the cache on its own (two instances, one Redis), then two
 * in-process gateways whose only link is that Redis: a hash registered on one runs on the other.
 */
import { Redis } from 'ioredis';
import { closeAllPools } from '../../src/datasources/client';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { gatewayConfigFromEnv } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server';
import { DEFAULT_TTL_SECONDS, SharedKeyValueCache } from '../../src/http/shared-cache';
import { sha256 } from '../../src/http/trusted-documents';
import { startRedis, type TestRedis } from '../helpers/redis';

jest.setTimeout(60_000);

let redis: TestRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
});

async function connected(cache: SharedKeyValueCache, probe: string): Promise<void> {
  // The connection is ready once a write reaches Redis; bounded.
  const check = new Redis(redis.url);
  for (let i = 0; i < 200; i += 1) {
    await cache.set(probe, 'x');
    if ((await check.get(`t:${probe}`)) === 'x') break;
    await new Promise((r) => setTimeout(r, 10));
  }
  check.disconnect();
}

describe('SharedKeyValueCache', () => {
  test('an entry set through one instance is read through another; TTL as given, else a day; delete removes it from Redis', async () => {
    const [a, b] = [
      new SharedKeyValueCache(redis.url, { localBytes: 1024, prefix: 't:' }),
      new SharedKeyValueCache(redis.url, { localBytes: 1024, prefix: 't:' }),
    ];
    const check = new Redis(redis.url);
    try {
      await connected(a, 'probe-a');
      await connected(b, 'probe-b');
      await a.set('q1', 'query one', { ttl: 300 });
      await a.set('q2', 'query two');
      await a.set('q3', 'query three', { ttl: null });
      expect([await b.get('q1'), await b.get('q2'), await b.get('q3'), await b.get('q4')]).toEqual(['query one', 'query two', 'query three', undefined]);
      expect([await check.ttl('t:q1'), await check.ttl('t:q2'), await check.ttl('t:q3')]).toEqual([300, DEFAULT_TTL_SECONDS, DEFAULT_TTL_SECONDS]);
      await b.delete('q1');
      // Gone from Redis and from b; a still has its local copy (APQ never deletes, so no more is needed).
      expect([await check.get('t:q1'), await b.get('q1'), await a.get('q1')]).toEqual([null, undefined, 'query one']);
    } finally {
      check.disconnect();
      await Promise.all([a.close(), b.close()]);
    }
  });

  test('Redis down: reads and writes use the local copy, and nothing throws', async () => {
    const own = await startRedis();
    const cache = new SharedKeyValueCache(own.url, { localBytes: 1024 });
    for (let i = 0; i < 200; i += 1) {
      await cache.set('before', 'kept');
      await new Promise((r) => setTimeout(r, 10));
      const probe = new Redis(own.url);
      const there = await probe.get('sgg:apq:before');
      probe.disconnect();
      if (there === 'kept') break;
    }
    await own.stop();
    try {
      await cache.set('during', 'local only', { ttl: 60 });
      expect([await cache.get('before'), await cache.get('during'), await cache.get('never')]).toEqual(['kept', 'local only', undefined]);
      expect(await cache.delete('during')).toBe(true);
      expect(await cache.get('during')).toBeUndefined();
    } finally {
      await cache.close();
    }
  });
});

describe('two gateways sharing Redis', () => {
  const KEY = 'sk_test_sharedApq1';
  let emulator: RunningEmulator;
  const gateways: RunningGateway[] = [];

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    for (let i = 0; i < 2; i += 1) {
      gateways.push(
        await startGateway({ ...gatewayConfigFromEnv({ LOG_LEVEL: 'error', REDIS_URL: redis.url }), port: 0 }, { apiBase: emulator.url, apiKey: undefined }),
      );
    }
  });
  afterAll(async () => {
    for (const g of gateways) await g.close();
    await emulator.close();
    await closeAllPools();
  });

  async function post(url: string, body: unknown): Promise<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }> {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify(body),
    });
    return (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  }

  test('a query registered by APQ on one replica runs by its hash on the other', async () => {
    const query = '{ accounts(first: 2) { nodes { id } } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const [a, b] = gateways as [RunningGateway, RunningGateway];
    expect((await post(b.url, { extensions })).errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const registered = await post(a.url, { query, extensions });
    expect(registered.errors).toBeUndefined();
    expect(await post(b.url, { extensions })).toEqual(registered);
  });
});
