/**
 * Gateway configuration from the environment. Every variable is documented in the README.
 */
import { configFromEnv, type DataSourceConfig } from './datasources/config';
import type { QueryLimits } from './plugins/limits';
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
  /** Who may call and how much (src/auth/config.ts). */
  auth: AuthConfig;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return Number(raw);
}

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const embedded = !env.STRIPE_API_KEY && !env.STRIPE_API_BASE;
  return {
    port: intFromEnv(env, 'PORT', 4000),
    host: env.HOST || '127.0.0.1',
    apiKey: env.STRIPE_API_KEY || undefined,
    embedded,
    dataSource: configFromEnv(env),
    limits: {
      maxDepth: intFromEnv(env, 'MAX_QUERY_DEPTH', 12),
      maxUpstreamRequests: intFromEnv(env, 'MAX_UPSTREAM_REQUESTS', 500),
    },
    loadersEnabled: env.GATEWAY_LOADERS !== 'off',
    stripeVersion: env.STRIPE_API_VERSION || undefined,
    auth: authConfigFromEnv(env),
  };
}
