/**
 * The one validator of the gateway's environment: defaults, every variable read, and a start
 * refused with every problem named.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, gatewayConfigFromEnv } from '../src/config';
import { DEFAULT_CONFIG } from '../src/datasources/config';

function problems(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    gatewayConfigFromEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('gatewayConfigFromEnv', () => {
  it('gives the defaults for an empty environment: the embedded demo on loopback', () => {
    expect(gatewayConfigFromEnv({})).toEqual({
      auth: { mode: 'open', jwt: undefined, policy: undefined, callerRate: undefined },
      port: 4000,
      host: '127.0.0.1',
      apiKey: undefined,
      embedded: true,
      dataSource: DEFAULT_CONFIG,
      limits: { maxDepth: 12, maxUpstreamRequests: 500, maxQueryBytes: 32_768, maxTokens: 2_000, maxAliases: 30, maxDirectives: 50 },
      loadersEnabled: true,
      stripeVersion: undefined,
      operationTimeoutMs: 20_000,
      shutdownTimeoutMs: 10_000,
      log: { level: 'info', format: 'json' },
      metrics: { port: undefined, token: undefined },
      cors: { origins: [], anyOrigin: false },
      trustedDocuments: { documents: undefined, mode: 'allow' },
      apqCacheBytes: 8 * 1024 * 1024,
      introspection: 'on',
      compression: { enabled: true, minBytes: 1024 },
      events: { webhookSecret: undefined, redisUrl: undefined },
    });
  });

  it('reads the browser and mobile client settings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-manifest-'));
    const manifest = join(dir, 'persisted-documents.json');
    writeFileSync(manifest, JSON.stringify({ abc: '{ __typename }' }));
    const config = gatewayConfigFromEnv({
      CORS_ORIGINS: 'https://app.example.com,http://127.0.0.1:5173',
      GATEWAY_TRUSTED_DOCUMENTS: manifest,
      GATEWAY_TRUSTED_DOCUMENTS_MODE: 'only',
      GATEWAY_APQ_CACHE_BYTES: '0',
      GATEWAY_INTROSPECTION: 'platform',
      GATEWAY_COMPRESSION: 'off',
      GATEWAY_COMPRESSION_MIN_BYTES: '200',
    });
    expect(config.cors).toEqual({ origins: ['https://app.example.com', 'http://127.0.0.1:5173'], anyOrigin: false });
    expect(config.trustedDocuments.mode).toBe('only');
    expect([...(config.trustedDocuments.documents?.byId ?? [])]).toEqual([['abc', '{ __typename }']]);
    expect(config.apqCacheBytes).toBe(0);
    expect(config.introspection).toBe('platform');
    expect(config.compression).toEqual({ enabled: false, minBytes: 200 });
  });

  it('names each bad browser and mobile client setting', () => {
    expect(
      problems({
        CORS_ORIGINS: 'https://app.example.com/',
        GATEWAY_TRUSTED_DOCUMENTS: '/nonexistent/manifest.json',
        GATEWAY_INTROSPECTION: 'maybe',
        GATEWAY_COMPRESSION_MIN_BYTES: '-1',
      }),
    ).toEqual([
      'CORS_ORIGINS must be exact origins like https://app.example.com (scheme, host, optional port; no path or trailing slash), got "https://app.example.com/"',
      'GATEWAY_TRUSTED_DOCUMENTS: cannot read /nonexistent/manifest.json',
      'GATEWAY_INTROSPECTION must be one of on, off, platform, got "maybe"',
      'GATEWAY_COMPRESSION_MIN_BYTES must be an integer >= 0, got "-1"',
    ]);
    expect(problems({ GATEWAY_TRUSTED_DOCUMENTS_MODE: 'only' })).toEqual([
      'GATEWAY_TRUSTED_DOCUMENTS_MODE=only needs GATEWAY_TRUSTED_DOCUMENTS (a manifest file or a folder of them)',
    ]);
  });

  it('reads every variable', () => {
    const config = gatewayConfigFromEnv({
      PORT: '8080',
      HOST: '0.0.0.0',
      STRIPE_API_KEY: 'sk_test_config_1',
      GATEWAY_AUTH: 'open',
      STRIPE_API_BASE: 'http://127.0.0.1:9/',
      STRIPE_API_VERSION: '2099-01-01.test',
      MAX_QUERY_DEPTH: '5',
      MAX_UPSTREAM_REQUESTS: '40',
      MAX_QUERY_BYTES: '1000',
      MAX_QUERY_TOKENS: '100',
      MAX_QUERY_ALIASES: '0',
      MAX_QUERY_DIRECTIVES: '3',
      GATEWAY_LOADERS: 'off',
      GATEWAY_OPERATION_TIMEOUT_MS: '1500',
      GATEWAY_SHUTDOWN_TIMEOUT_MS: '0',
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'pretty',
      METRICS_PORT: '9464',
      METRICS_TOKEN: 'a-metrics-token-of-length',
      STRIPE_WEBHOOK_SECRET: 'whsec_config_test_secret',
      REDIS_URL: 'redis://:pw@127.0.0.1:6390/2',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      apiKey: 'sk_test_config_1',
      embedded: false,
      limits: { maxDepth: 5, maxUpstreamRequests: 40, maxQueryBytes: 1000, maxTokens: 100, maxAliases: 0, maxDirectives: 3 },
      loadersEnabled: false,
      stripeVersion: '2099-01-01.test',
      operationTimeoutMs: 1500,
      shutdownTimeoutMs: 0,
      log: { level: 'debug', format: 'pretty' },
      metrics: { port: 9464, token: 'a-metrics-token-of-length' },
      events: { webhookSecret: 'whsec_config_test_secret', redisUrl: 'redis://:pw@127.0.0.1:6390/2' },
    });
    expect(config.dataSource.apiBase).toBe('http://127.0.0.1:9');
  });

  it('names each bad variable, all at once', () => {
    expect(
      problems({
        MAX_QUERY_DEPTH: '0',
        GATEWAY_LOADERS: 'of',
        GATEWAY_OPERATION_TIMEOUT_MS: '-5',
        PORT: '70000',
        LOG_LEVEL: 'verbose',
        METRICS_PORT: 'x',
        STRIPE_MAX_RETRIES: 'two',
      }),
    ).toEqual([
      'PORT must be an integer from 0 to 65535, got "70000"',
      'STRIPE_MAX_RETRIES must be an integer >= 0, got "two"',
      'MAX_QUERY_DEPTH must be an integer >= 1, got "0"',
      'GATEWAY_LOADERS must be one of on, off, got "of"',
      'GATEWAY_OPERATION_TIMEOUT_MS must be an integer >= 1, got "-5"',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"',
      'METRICS_PORT must be an integer from 1 to 65535, got "x"',
    ]);
  });

  it('never echoes a secret it refuses', () => {
    const found = problems({ METRICS_TOKEN: 'short-secret' });
    expect(found).toEqual(['METRICS_TOKEN must be at least 16 characters long']);
  });

  it('refuses a webhook secret that is not one, and a Redis URL that is not one, without echoing either', () => {
    expect(problems({ STRIPE_WEBHOOK_SECRET: 'sk_test_pasted_in_the_wrong_place', REDIS_URL: 'http://user:hunter2@cache:6379' })).toEqual([
      'STRIPE_WEBHOOK_SECRET must be a webhook signing secret (it starts with whsec_)',
      'REDIS_URL must be a URL starting with redis:// or rediss://',
    ]);
    expect(problems({ STRIPE_WEBHOOK_SECRET: 'whsec_short', REDIS_URL: 'not a url' })).toEqual([
      'STRIPE_WEBHOOK_SECRET must be at least 16 characters long',
      'REDIS_URL must be a URL starting with redis:// or rediss://',
    ]);
  });

  it('refuses demo data in production', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual([
      'NODE_ENV=production needs STRIPE_API_KEY or STRIPE_API_BASE: the built-in emulator and its demo data are for development',
    ]);
    expect(problems({ NODE_ENV: 'production', STRIPE_API_BASE: 'http://127.0.0.1:9' })).toEqual([]);
  });

  it('says all problems in one message', () => {
    expect(() => gatewayConfigFromEnv({ MAX_QUERY_DEPTH: '0', GATEWAY_LOADERS: 'of' })).toThrow(
      'Invalid configuration:\n  MAX_QUERY_DEPTH must be an integer >= 1, got "0"\n  GATEWAY_LOADERS must be one of on, off, got "of"',
    );
  });
});
