/**
 * Gateway configuration from the environment: one validator for every variable. Each setting
 * is read by a small parser that names its variable when the value is wrong; all problems are
 * collected and reported together, so an operator fixes a deployment in one pass, and a bad
 * value stops the start instead of surprising the first request. The README lists them all.
 */
import { configFromEnv, DATA_SOURCE_ENV_NAMES, type DataSourceConfig } from './datasources/config';
import { envValue, parseEnvInteger } from './shared/env';
import type { QueryLimits } from './plugins/limits';
import { LOG_LEVELS, type LogSettings } from './observability/logger';
import { parseCorsOrigins, type CorsPolicy, NO_CORS } from './http/cors';
import { loadTrustedDocuments, type TrustedDocuments, type TrustedDocumentsMode } from './http/trusted-documents';
import { INTROSPECTION_MODES, defaultIntrospection, type IntrospectionMode } from './plugins/introspection-policy';
import { DEFAULT_COMPRESSION, type CompressionSettings } from './http/compression';
import { authConfigFromEnv, type AuthConfig } from './auth/config';

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
  /** Which browser origins may call (CORS_ORIGINS). */
  cors: CorsPolicy;
  /**
   * Persisted operations: manifests loaded from GATEWAY_TRUSTED_DOCUMENTS (none when unset) and
   * whether other documents still run (`allow`) or are refused (`only`).
   */
  trustedDocuments: { documents: TrustedDocuments | undefined; mode: TrustedDocumentsMode };
  /** Size of the automatic persisted queries cache in bytes; 0 turns APQ off. */
  apqCacheBytes: number;
  introspection: IntrospectionMode;
  compression: CompressionSettings;
  /** Who may call and how much (src/auth/config.ts). */
  auth: AuthConfig;
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

/**
 * Every environment variable the gateway reads, in one place: deployment manifests are checked
 * against it (test/deploy), and a test checks that the validator reads no other.
 */
export const KNOWN_ENV_NAMES: readonly string[] = Object.freeze([
  'NODE_ENV',
  'PORT',
  'HOST',
  'STRIPE_API_KEY',
  'STRIPE_API_VERSION',
  'STRIPE_WEBHOOK_SECRET',
  ...DATA_SOURCE_ENV_NAMES,
  'GATEWAY_AUTH',
  'GATEWAY_JWT_SECRET',
  'GATEWAY_JWKS_URL',
  'GATEWAY_JWT_ISSUER',
  'GATEWAY_JWT_AUDIENCE',
  'GATEWAY_POLICY',
  'GATEWAY_CALLER_RATE',
  'MAX_QUERY_DEPTH',
  'MAX_UPSTREAM_REQUESTS',
  'MAX_QUERY_BYTES',
  'MAX_QUERY_TOKENS',
  'MAX_QUERY_ALIASES',
  'MAX_QUERY_DIRECTIVES',
  'GATEWAY_LOADERS',
  'GATEWAY_OPERATION_TIMEOUT_MS',
  'GATEWAY_SHUTDOWN_TIMEOUT_MS',
  'LOG_LEVEL',
  'LOG_FORMAT',
  'METRICS_PORT',
  'METRICS_TOKEN',
  'CORS_ORIGINS',
  'GATEWAY_TRUSTED_DOCUMENTS',
  'GATEWAY_TRUSTED_DOCUMENTS_MODE',
  'GATEWAY_APQ_CACHE_BYTES',
  'GATEWAY_INTROSPECTION',
  'GATEWAY_COMPRESSION',
  'GATEWAY_COMPRESSION_MIN_BYTES',
  'REDIS_URL',
]);

/** Reads variables, recording problems instead of throwing at the first. */
class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    return envValue(this.env, name);
  }

  integer(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
    const raw = this.raw(name);
    if (raw === undefined) return fallback;
    const value = parseEnvInteger(name, raw, min, max);
    return typeof value === 'string' ? this.fail(value, fallback) : value;
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
    if (raw !== undefined && raw.length < minLength) return this.fail<string | undefined>(`${name} must be at least ${minLength} characters long`, undefined);
    return raw;
  }

  /** Takes what a pure parser answered: the value, or (a string) the problem with it. */
  parsed<T>(result: T | string, fallback: T): T {
    return typeof result === 'string' ? this.fail(result, fallback) : result;
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
    return this.fail<string | undefined>(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`, undefined);
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
  // The caller mode decides defaults below (CORS `*`, introspection); a bad one is a problem too.
  const auth = read.guarded(() => authConfigFromEnv(env), FALLBACK_AUTH);
  const config: GatewayConfig = {
    auth,
    port: read.integer('PORT', 4000, 0, 65_535),
    host: read.raw('HOST') ?? '127.0.0.1',
    apiKey,
    embedded,
    dataSource: read.guarded(() => configFromEnv(env), configFromEnv({})),
    limits: {
      maxDepth: read.integer('MAX_QUERY_DEPTH', 12, 1),
      maxUpstreamRequests: read.integer('MAX_UPSTREAM_REQUESTS', 500, 1),
      maxQueryBytes: read.integer('MAX_QUERY_BYTES', 32_768, 1),
      maxTokens: read.integer('MAX_QUERY_TOKENS', 2_000, 1),
      maxAliases: read.integer('MAX_QUERY_ALIASES', 30, 0),
      maxDirectives: read.integer('MAX_QUERY_DIRECTIVES', 50, 0),
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
    cors: read.parsed(parseCorsOrigins(read.raw('CORS_ORIGINS'), auth.mode), NO_CORS),
    trustedDocuments: readTrustedDocuments(read),
    apqCacheBytes: read.integer('GATEWAY_APQ_CACHE_BYTES', 8 * 1024 * 1024, 0),
    introspection: read.oneOf('GATEWAY_INTROSPECTION', INTROSPECTION_MODES, defaultIntrospection(auth.mode, embedded)),
    compression: {
      enabled: read.oneOf('GATEWAY_COMPRESSION', ['on', 'off'], 'on') === 'on',
      minBytes: read.integer('GATEWAY_COMPRESSION_MIN_BYTES', DEFAULT_COMPRESSION.minBytes, 0),
    },
    events: { webhookSecret: webhookSecret(read), redisUrl: read.url('REDIS_URL', ['redis:', 'rediss:']) },
  };
  if (config.log.format === 'pretty' && !resolvable('pino-pretty')) {
    read.fail('LOG_FORMAT=pretty needs the pino-pretty package (a development dependency); use json in production', undefined);
  }
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}

/** Stands in for a caller configuration that could not be read, while the other problems are collected. */
const FALLBACK_AUTH: AuthConfig = { mode: 'open', jwt: undefined, policy: undefined, callerRate: undefined };

function readTrustedDocuments(read: Reader): GatewayConfig['trustedDocuments'] {
  const location = read.raw('GATEWAY_TRUSTED_DOCUMENTS');
  const mode = read.oneOf<TrustedDocumentsMode>('GATEWAY_TRUSTED_DOCUMENTS_MODE', ['allow', 'only'], 'allow');
  if (location === undefined) {
    if (mode === 'only') read.fail('GATEWAY_TRUSTED_DOCUMENTS_MODE=only needs GATEWAY_TRUSTED_DOCUMENTS (a manifest file or a folder of them)', undefined);
    return { documents: undefined, mode };
  }
  const documents = read.guarded(() => loadTrustedDocuments(location), undefined);
  return { documents, mode };
}

/** Stripe's signing secrets read `whsec_...`; anything else is a key pasted into the wrong variable. */
function webhookSecret(read: Reader): string | undefined {
  const secret = read.secret('STRIPE_WEBHOOK_SECRET', 16);
  if (secret === undefined || secret.startsWith('whsec_')) return secret;
  return read.fail<string | undefined>('STRIPE_WEBHOOK_SECRET must be a webhook signing secret (it starts with whsec_)', undefined);
}

function resolvable(module: string): boolean {
  try {
    require.resolve(module);
    return true;
  } catch {
    return false;
  }
}
