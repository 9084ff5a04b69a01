/**
 * The automatic persisted queries cache shared by every replica through Redis (REDIS_URL): a
 * query registered on one replica runs by its hash on any other, so a client behind a load
 * balancer does not get PERSISTED_QUERY_NOT_FOUND each time it lands somewhere new.
 *
 * Apollo's KeyValueCache over ioredis, with this replica's in-memory LRU beside it: every entry
 * is kept in both, and a read that Redis cannot answer (an outage, a command timeout) or that
 * misses in Redis (an entry written during an outage) falls back to the local copy. Apollo
 * treats a miss as "send the query again", so the fallback never fails an operation.
 */
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';
import { redisConnection } from '../datasources/redis';

/** Entries without a TTL of their own still leave Redis after a day, so it cannot fill up. */
export const DEFAULT_TTL_SECONDS = 24 * 3600;

export interface SharedCacheOptions {
  /** Bytes kept in this replica's own LRU copy. */
  localBytes: number;
  /** Key prefix in Redis. */
  prefix?: string;
  commandTimeoutMs?: number;
}

export class SharedKeyValueCache implements KeyValueCache {
  private readonly redis: Redis;
  private readonly local: InMemoryLRUCache;
  private readonly prefix: string;

  constructor(url: string, options: SharedCacheOptions) {
    this.local = new InMemoryLRUCache<string>({ maxSize: options.localBytes });
    this.prefix = options.prefix ?? 'sgg:apq:';
    this.redis = redisConnection(url, { commandTimeout: options.commandTimeoutMs ?? 500 });
    // Outages are reported by the shared limits and the event bus; here they only mean misses.
    this.redis.on('error', () => undefined);
  }

  async get(key: string): Promise<string | undefined> {
    if (this.redis.status === 'ready') {
      try {
        const value = await this.redis.get(this.prefix + key);
        if (value !== null) return value;
      } catch {
        // Redis could not answer: the local copy below.
      }
    }
    return this.local.get(key);
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    await this.local.set(key, value, options);
    if (this.redis.status !== 'ready') return;
    const ttl = options?.ttl ?? DEFAULT_TTL_SECONDS;
    try {
      await this.redis.set(this.prefix + key, value, 'EX', Math.max(1, Math.ceil(ttl)));
    } catch {
      // Kept locally; the next replica asked will miss and be sent the query again.
    }
  }

  async delete(key: string): Promise<boolean> {
    await this.local.delete(key);
    if (this.redis.status !== 'ready') return true;
    try {
      await this.redis.del(this.prefix + key);
    } catch {
      // The entry expires with its TTL.
    }
    return true;
  }

  async close(): Promise<void> {
    const live = this.redis.status === 'ready' || this.redis.status === 'connect' || this.redis.status === 'connecting';
    const ended = live ? new Promise<void>((resolve) => this.redis.once('end', () => resolve())) : Promise.resolve();
    this.redis.disconnect();
    await ended;
  }
}
