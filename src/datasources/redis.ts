/**
 * How the gateway connects to Redis (event bus, shared limits, shared APQ cache): one setting for
 * all of them. Commands fail at once while Redis is away (no offline queue), so a request never
 * waits on an outage and each user falls back to its local behaviour; the connection keeps
 * retrying in the background, at most every 2 s.
 */
import type { Redis, RedisOptions } from 'ioredis';

export function redisConnection(url: string, overrides: RedisOptions = {}): Redis {
  // ioredis is loaded only by a gateway given REDIS_URL: a single replica starts without it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, see above
  const { Redis: Client } = require('ioredis') as typeof import('ioredis');
  return new Client(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
    disconnectTimeout: 100,
    ...overrides,
  });
}
