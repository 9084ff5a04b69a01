/**
 * Gateway configuration from the environment: one validator for every variable. Each setting
 * is read by a small parser that names its variable when the value is wrong; all problems are
 * collected and reported together, so an operator fixes a deployment in one pass, and a bad
 * value stops the start instead of surprising the first request. The README lists them all.
 */
import { configFromEnv, type DataSourceConfig } from './datasources/config';
import type { QueryLimits } from './plugins/limits';
import { LOG_LEVELS, type LogSettings } from './observability/logger';

export interface GatewayConfig {
  port: number;
  host: string;
  /** The gateway's own key, used when a request brings none. */
  apiKey: string | undefined;
  /** True when neither STRIPE_API_KEY nor STRIPE_API_BASE is set: run the built-in emulator. */
  embedded: boolean;
  dataSource: DataSourceConfig;
  limits: QueryLimits;
  /** Turns loaders, deduplication and priming off (the benchmark's naive baseline). */
  loadersEnabled: boolean;
  /**
   * `Stripe-Version` to send instead of the version the schema was generated from. Only for
   * testing an upgrade: the schema still describes its own version's objects.
   */
  stripeVersion: string | undefined;
  /** One deadline for every upstream attempt and retry of a GraphQL operation, in ms. */
  operationTimeoutMs: number;
  /** How long in-flight operations may take to finish after SIGTERM, in ms. */
  shutdownTimeoutMs: number;
  log: LogSettings;
  /** Where `/metrics` is served: its own port, and/or the main port behind a bearer token. */
  metrics: { port: number | undefined; token: string | undefined };
  /** Live updates: the webhook signing secret (intake is off without it) and the bus's Redis. */
  events: { webhookSecret: string | undefined; redisUrl: string | undefined };
}

/** A configuration that cannot be used: every problem found, one a line. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

type Env = NodeJS.ProcessEnv;

/** Reads variables, recording problems instead of throwing at the first. */
class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  integer(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
    const raw = this.raw(name);
    if (raw === undefined) return fallback;
    const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
      return this.fail(`${name} must be ${range}, got ${JSON.stringify(raw)}`, fallback);
    }
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.raw(name);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    return this.fail(`${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}`, fallback);
  }

  /** A secret: its value never appears in a message. */
  secret(name: string, minLength: number): string | undefined {
    const raw = this.raw(name);
    if (raw !== undefined && raw.length < minLength) return this.fail(`${name} must be at least ${minLength} characters long`, undefined);
    return raw;
  }

  /** A URL with one of the given protocols; the message never repeats it (it may hold a password). */
  url(name: string, protocols: readonly string[]): string | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    let protocol: string | undefined;
    try {
      protocol = new URL(raw).protocol;
    } catch {
      protocol = undefined;
    }
    if (protocol !== undefined && protocols.includes(protocol)) return raw;
    return this.fail(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`, undefined);
  }

  /** Runs a parser that throws with its own message (the data source's settings). */
  guarded<T>(parse: () => T, fallback: T): T {
    try {
      return parse();
    } catch (error) {
      return this.fail(error instanceof Error ? error.message : String(error), fallback);
    }
  }

  fail<T>(problem: string, fallback: T): T {
    this.problems.push(problem);
    return fallback;
  }
}

export function gatewayConfigFromEnv(env: Env = process.env): GatewayConfig {
  const read = new Reader(env);
  const apiKey = read.raw('STRIPE_API_KEY');
  const apiBase = read.raw('STRIPE_API_BASE');
  const embedded = apiKey === undefined && apiBase === undefined;
  if (embedded && env.NODE_ENV === 'production') {
    read.fail('NODE_ENV=production needs STRIPE_API_KEY or STRIPE_API_BASE: the built-in emulator and its demo data are for development', undefined);
  }
  const config: GatewayConfig = {
    port: read.integer('PORT', 4000, 0, 65_535),
    host: read.raw('HOST') ?? '127.0.0.1',
    apiKey,
    embedded,
    dataSource: read.guarded(() => configFromEnv(env), configFromEnv({})),
    limits: {
      maxDepth: read.integer('MAX_QUERY_DEPTH', 12, 1),
      maxUpstreamRequests: read.integer('MAX_UPSTREAM_REQUESTS', 500, 1),
    },
    loadersEnabled: read.oneOf('GATEWAY_LOADERS', ['on', 'off'], 'on') === 'on',
    stripeVersion: read.raw('STRIPE_API_VERSION'),
    operationTimeoutMs: read.integer('GATEWAY_OPERATION_TIMEOUT_MS', 20_000, 1),
    shutdownTimeoutMs: read.integer('GATEWAY_SHUTDOWN_TIMEOUT_MS', 10_000, 0),
    log: {
      level: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
      format: read.oneOf('LOG_FORMAT', ['json', 'pretty'], 'json'),
    },
    metrics: {
      port: read.raw('METRICS_PORT') === undefined ? undefined : read.integer('METRICS_PORT', 0, 1, 65_535),
      token: read.secret('METRICS_TOKEN', 16),
    },
    events: { webhookSecret: webhookSecret(read), redisUrl: read.url('REDIS_URL', ['redis:', 'rediss:']) },
  };
  if (config.log.format === 'pretty' && !resolvable('pino-pretty')) {
    read.fail('LOG_FORMAT=pretty needs the pino-pretty package (a development dependency); use json in production', undefined);
  }
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}

/** Stripe's signing secrets read `whsec_...`; anything else is a key pasted into the wrong variable. */
function webhookSecret(read: Reader): string | undefined {
  const secret = read.secret('STRIPE_WEBHOOK_SECRET', 16);
  if (secret === undefined || secret.startsWith('whsec_')) return secret;
  return read.fail('STRIPE_WEBHOOK_SECRET must be a webhook signing secret (it starts with whsec_)', undefined);
}

function resolvable(module: string): boolean {
  try {
    require.resolve(module);
    return true;
  } catch {
    return false;
  }
}
