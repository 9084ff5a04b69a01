/**
 * Limits that hold across every replica of the gateway, kept in Redis (REDIS_URL): per Stripe
 * credential, the requests in flight and the requests started per second, plus a cool-down
 * set when Stripe answers 429; per caller, the token bucket of GATEWAY_CALLER_RATE.
 *
 * Each check is one small Lua script, so it is atomic across replicas and costs one round trip.
 * The clock is Redis's own (TIME), so replicas with skewed clocks still agree.
 *
 * The local limits (Limiter, CallerBudgets) always apply first; these only add the shared view.
 * When Redis cannot be reached a check answers 'unavailable' at once (no offline queue, a short
 * command timeout), the caller goes on with the local limits alone, and the outage is reported
 * once; ioredis keeps reconnecting and the next successful check makes the limits shared again.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { redisConnection } from './redis';
import type { CallerRate } from '../auth/budget';

/**
 * KEYS: leases (sorted set, score = lease expiry), per-second counter prefix, cool-down key.
 * ARGV: max in flight, max per second, lease ms, lease id.
 * Returns {1, 0} with the lease taken; {0, -1} when the in-flight limit is reached (wait for a
 * release); {0, ms} when the second's budget is spent or a cool-down holds (wait that long).
 */
const ACQUIRE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local cool = redis.call('PTTL', KEYS[3])
if cool > 0 then return {0, cool} end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return {0, -1} end
local second = KEYS[2] .. math.floor(now / 1000)
if tonumber(redis.call('GET', second) or '0') >= tonumber(ARGV[2]) then return {0, 1000 - now % 1000} end
redis.call('INCR', second)
redis.call('PEXPIRE', second, 2000)
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[4])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
return {1, 0}
`;

/**
 * The token bucket of src/auth/budget.ts (takeToken), in Redis. KEYS: the bucket hash.
 * ARGV: tokens per second, burst. Returns 0 when a token was spent, else whole seconds to wait.
 * Tokens are stored as strings: Lua numbers returned to Redis would be cut to integers.
 */
const TAKE_TOKEN_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local saved = redis.call('HMGET', KEYS[1], 'tokens', 'ms')
local tokens = burst
if saved[1] then
  tokens = math.min(burst, tonumber(saved[1]) + math.max(0, now - tonumber(saved[2])) / 1000 * rate)
end
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.max(1, math.ceil((1 - tokens) / rate)) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ms', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return wait
`;

export type Acquired = { lease: string } | { waitMs: number } | 'full' | 'unavailable';

export interface SharedLimitsStatus {
  mode: 'redis';
  connected: boolean;
}

/** Stripe's published basic rate limit: 100 operations a second in live mode, 25 in test mode (sandboxes). */
export function defaultPerSecond(apiKey: string): number {
  return /^(sk|rk)_live_/.test(apiKey) ? 100 : 25;
}

export interface SharedLimitsOptions {
  /** Told once when Redis becomes unreachable and once when it is back; never given the URL. */
  onProblem?: (message: string) => void;
  /** Longest a check may wait for Redis before it counts as unavailable, in ms. */
  commandTimeoutMs?: number;
  /** Key prefix, so several gateways (or tests) can share one Redis. */
  prefix?: string;
}

export class SharedLimits {
  private readonly redis: Redis;
  private readonly onProblem: (message: string) => void;
  private readonly prefix: string;
  private down = false;
  private closed = false;

  constructor(url: string, options: SharedLimitsOptions = {}) {
    this.onProblem = options.onProblem ?? (() => undefined);
    this.prefix = options.prefix ?? 'sgg:limits:';
    this.redis = redisConnection(url, { commandTimeout: options.commandTimeoutMs ?? 500 });
    this.redis.on('error', (error: Error) => this.report(error));
    this.redis.on('close', () => this.report(new Error('connection closed')));
    this.redis.on('ready', () => this.recovered());
    this.redis.defineCommand('sggAcquire', { numberOfKeys: 3, lua: ACQUIRE_SCRIPT });
    this.redis.defineCommand('sggTakeToken', { numberOfKeys: 1, lua: TAKE_TOKEN_SCRIPT });
  }

  status(): SharedLimitsStatus {
    return { mode: 'redis', connected: this.redis.status === 'ready' };
  }

  /** One in-flight lease and one of this second's requests for the credential `key` (a hash). */
  async acquire(key: string, maxInFlight: number, perSecond: number, leaseMs: number): Promise<Acquired> {
    if (this.redis.status !== 'ready') return 'unavailable';
    const lease = randomUUID();
    const base = `${this.prefix}cred:${key}:`;
    try {
      const [ok, wait] = await (this.redis as unknown as ScriptCommands).sggAcquire(
        base + 'leases',
        base + 'sec:',
        base + 'cool',
        maxInFlight,
        perSecond,
        leaseMs,
        lease,
      );
      if (ok === 1) return { lease };
      return wait < 0 ? 'full' : { waitMs: wait };
    } catch (error) {
      this.report(error);
      return 'unavailable';
    }
  }

  /** Gives a lease back; a lost release only keeps the slot until the lease expires. */
  release(key: string, lease: string): void {
    if (this.redis.status !== 'ready') return;
    this.redis.zrem(`${this.prefix}cred:${key}:leases`, lease).catch((error: unknown) => this.report(error));
  }

  /** Stripe answered 429 for the credential: every replica holds back for `ms`. */
  coolDown(key: string, ms: number): void {
    if (this.redis.status !== 'ready' || !(ms > 0)) return;
    this.redis.set(`${this.prefix}cred:${key}:cool`, '1', 'PX', Math.ceil(ms)).catch((error: unknown) => this.report(error));
  }

  /** The caller's shared bucket: undefined when a token was spent, seconds to wait, or 'unavailable'. */
  async takeToken(caller: string, rate: CallerRate): Promise<number | undefined | 'unavailable'> {
    if (this.redis.status !== 'ready') return 'unavailable';
    try {
      const wait = await (this.redis as unknown as ScriptCommands).sggTakeToken(`${this.prefix}caller:${caller}`, rate.perSecond, rate.burst);
      return wait === 0 ? undefined : wait;
    } catch (error) {
      this.report(error);
      return 'unavailable';
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const live = this.redis.status === 'ready' || this.redis.status === 'connect' || this.redis.status === 'connecting';
    const ended = live ? new Promise<void>((resolve) => this.redis.once('end', () => resolve())) : Promise.resolve();
    this.redis.disconnect();
    await ended;
  }

  private report(error: unknown): void {
    if (this.down || this.closed) return;
    this.down = true;
    const reason = error instanceof Error ? error.message : String(error);
    this.onProblem(`Redis is unreachable (${reason}); Stripe and caller limits are this replica's own until it is back`);
  }

  private recovered(): void {
    if (!this.down || this.closed) return;
    this.down = false;
    this.onProblem('Redis is reachable again; Stripe and caller limits are shared between replicas');
  }
}

// ioredis adds commands made with defineCommand at run time; this is their shape.
interface ScriptCommands {
  sggAcquire(...args: Array<string | number>): Promise<[number, number]>;
  sggTakeToken(...args: Array<string | number>): Promise<number>;
}
