/**
 * How the gateway connects to Redis (event bus, shared limits, shared APQ cache): one setting for
 * all of them. Commands fail at once while Redis is away (no offline queue), so a request never
 * waits on an outage and each user falls back to its local behaviour; the connection keeps
 * retrying in the background, at most every 2 s.
 */
import { Redis, type RedisOptions } from 'ioredis';

export function redisConnection(url: string, overrides: RedisOptions = {}): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
    disconnectTimeout: 100,
    ...overrides,
  });
}
