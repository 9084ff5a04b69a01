/**
 * Every tunable of the Stripe data source, with its default and the reason for it.
 * `docs/datasource.md` explains the policies these numbers drive.
 */
import { envValue, parseEnvInteger } from '../shared/env';

export interface DataSourceConfig {
  /** Where Stripe (or the emulator) lives. Env `STRIPE_API_BASE`. */
  apiBase: string;
  /** Retries after the first attempt. Stripe's clients default to 1-2; env `STRIPE_MAX_RETRIES`. */
  maxRetries: number;
  /** First backoff, in ms; doubles per retry. Env `STRIPE_RETRY_INITIAL_MS`. */
  retryInitialMs: number;
  /** Backoff ceiling, in ms. Env `STRIPE_RETRY_MAX_MS`. */
  retryMaxMs: number;
  /** Longest `Retry-After` honoured, in ms; longer waits are cut to this. Env `STRIPE_RETRY_AFTER_MAX_MS`. */
  retryAfterMaxMs: number;
  /** Retry after a timeout (safe: GETs are idempotent and POSTs carry an idempotency key). */
  retryTimeouts: boolean;
  /** TCP+TLS connect timeout, in ms. Env `STRIPE_CONNECT_TIMEOUT_MS`. */
  connectTimeoutMs: number;
  /** Wait for response headers, in ms. Stripe answers most calls well under a second; some
   * (large lists, payouts) take longer. Env `STRIPE_HEADERS_TIMEOUT_MS`. */
  headersTimeoutMs: number;
  /** Longest silence between body chunks, in ms. Env `STRIPE_BODY_TIMEOUT_MS`. */
  bodyTimeoutMs: number;
  /** Sockets kept per origin (the pool's ceiling across all credentials). Env `STRIPE_POOL_CONNECTIONS`. */
  poolConnections: number;
  /** How long an idle keep-alive socket is kept, in ms. */
  keepAliveTimeoutMs: number;
  /** Requests in flight at once per credential (API key + connected account). 20 lets the two
   * child lists of ten parents (persons and capabilities of ten accounts) go out in one wave,
   * while a burst stays within Stripe's rate limits (about 100 operations per second live, 25
   * in test mode; a 429 is retried with backoff). Env `STRIPE_MAX_IN_FLIGHT`. */
  maxInFlightPerCredential: number;
  /** Requests allowed to wait for a slot per credential; beyond that they fail at once with
   * RATE_LIMITED instead of piling up. Env `STRIPE_MAX_QUEUED`. */
  maxQueuedPerCredential: number;
  /** Requests started per second per credential, across every replica sharing REDIS_URL (the
   * shared limits only: one process alone relies on its in-flight limit and 429 retries). 0 means
   * Stripe's published basic limit for the key's mode: 100 a second live, 25 in test mode.
   * Env `STRIPE_MAX_PER_SECOND`. */
  maxPerSecondPerCredential: number;
  /** Largest response accepted, in bytes (a list page of 100 expanded objects is a few MB). */
  maxResponseBytes: number;
}

export const DEFAULT_CONFIG: Readonly<DataSourceConfig> = Object.freeze({
  apiBase: 'https://api.stripe.com',
  maxRetries: 2,
  retryInitialMs: 500,
  retryMaxMs: 5_000,
  retryAfterMaxMs: 10_000,
  retryTimeouts: true,
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 30_000,
  bodyTimeoutMs: 30_000,
  poolConnections: 64,
  keepAliveTimeoutMs: 30_000,
  maxInFlightPerCredential: 20,
  maxQueuedPerCredential: 1_000,
  maxPerSecondPerCredential: 0,
  maxResponseBytes: 32 * 1024 * 1024,
});

const ENV_NAMES: Partial<Record<keyof DataSourceConfig, string>> = {
  apiBase: 'STRIPE_API_BASE',
  maxRetries: 'STRIPE_MAX_RETRIES',
  retryInitialMs: 'STRIPE_RETRY_INITIAL_MS',
  retryMaxMs: 'STRIPE_RETRY_MAX_MS',
  retryAfterMaxMs: 'STRIPE_RETRY_AFTER_MAX_MS',
  connectTimeoutMs: 'STRIPE_CONNECT_TIMEOUT_MS',
  headersTimeoutMs: 'STRIPE_HEADERS_TIMEOUT_MS',
  bodyTimeoutMs: 'STRIPE_BODY_TIMEOUT_MS',
  poolConnections: 'STRIPE_POOL_CONNECTIONS',
  maxInFlightPerCredential: 'STRIPE_MAX_IN_FLIGHT',
  maxQueuedPerCredential: 'STRIPE_MAX_QUEUED',
  maxPerSecondPerCredential: 'STRIPE_MAX_PER_SECOND',
};

/** The variables configFromEnv reads. */
export const DATA_SOURCE_ENV_NAMES: readonly string[] = Object.freeze(Object.values(ENV_NAMES));

/**
 * Reads the config from the environment over the defaults. A malformed value is an error at
 * start-up naming the variable, not a surprise at the first request.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): DataSourceConfig {
  const config: DataSourceConfig = { ...DEFAULT_CONFIG };
  for (const [key, envName] of Object.entries(ENV_NAMES) as Array<[keyof DataSourceConfig, string]>) {
    const raw = envValue(env, envName);
    if (raw === undefined) continue;
    if (key === 'apiBase') {
      config.apiBase = parseApiBase(raw, envName);
      continue;
    }
    const minimum = key === 'maxRetries' || key === 'maxQueuedPerCredential' || key === 'maxPerSecondPerCredential' ? 0 : 1;
    const value = parseEnvInteger(envName, raw, minimum);
    if (typeof value === 'string') throw new Error(value);
    (config as unknown as Record<string, number>)[key] = value;
  }
  return config;
}

/** Validates a base URL: http(s), no query or fragment. A trailing slash is dropped. */
export function parseApiBase(raw: string, what = 'apiBase'): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${what} must be an absolute http(s) URL, got ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${what} must use http or https, got ${JSON.stringify(raw)}`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Error(`${what} must not carry credentials, a query or a fragment, got ${JSON.stringify(url.origin)}`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
