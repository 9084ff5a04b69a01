import { KNOWN_ENV_NAMES, gatewayConfigFromEnv } from '../src/config';

/** Runs the validator over `env`, recording every variable name it looks at. */
function namesRead(env: Record<string, string>): Set<string> {
  const read = new Set<string>();
  const watched = new Proxy(env, {
    get(target, name) {
      if (typeof name === 'string') read.add(name);
      return target[name as string];
    },
  });
  try {
    gatewayConfigFromEnv(watched);
  } catch {
    // A configuration with problems still reads every variable it checks.
  }
  return read;
}

test('the validator reads only known variable names, and every known name is read by it', () => {
  const read = new Set<string>();
  const settings: Array<Record<string, string>> = [
    {},
    { GATEWAY_AUTH: 'jwt', STRIPE_API_KEY: 'sk_test_x', GATEWAY_JWT_SECRET: 'x'.repeat(32), GATEWAY_CALLER_RATE: '5', GATEWAY_POLICY: '{}' },
    { GATEWAY_AUTH: 'jwt', STRIPE_API_KEY: 'sk_test_x', GATEWAY_JWKS_URL: 'https://idp.example/jwks', GATEWAY_JWT_ISSUER: 'i', GATEWAY_JWT_AUDIENCE: 'a' },
    { METRICS_PORT: '9100', GATEWAY_TRUSTED_DOCUMENTS: '/nonexistent', REDIS_URL: 'redis://127.0.0.1:6379' },
  ];
  for (const env of settings) for (const name of namesRead(env)) read.add(name);
  expect([...read].filter((name) => !KNOWN_ENV_NAMES.includes(name)).sort()).toEqual([]);
  expect(KNOWN_ENV_NAMES.filter((name) => !read.has(name))).toEqual([]);
  expect(new Set(KNOWN_ENV_NAMES).size).toBe(KNOWN_ENV_NAMES.length);
});
