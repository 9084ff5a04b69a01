import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authConfigFromEnv, authStartWarning } from '../../src/auth/config';
import { gatewayConfigFromEnv } from '../../src/config';

const SECRET = 'a-development-secret-of-32-bytes!';

describe('authConfigFromEnv: modes and defaults', () => {
  test('nothing set (the embedded demo): open, no jwt, no policy, no budget', () => {
    expect(authConfigFromEnv({})).toEqual({ mode: 'open', jwt: undefined, policy: undefined, callerRate: undefined });
  });
  test('only a base URL: each caller brings a key', () => {
    expect(authConfigFromEnv({ STRIPE_API_BASE: 'http://127.0.0.1:1' }).mode).toBe('stripe-key');
  });
  test('STRIPE_API_KEY without GATEWAY_AUTH refuses to start and names the choices', () => {
    expect(() => authConfigFromEnv({ STRIPE_API_KEY: 'sk_test_x' })).toThrow(
      /^STRIPE_API_KEY is set but GATEWAY_AUTH is not: .*GATEWAY_AUTH=jwt .*GATEWAY_AUTH=stripe-key .*GATEWAY_AUTH=open /,
    );
    expect(() => gatewayConfigFromEnv({ STRIPE_API_KEY: 'sk_test_x' })).toThrow(/^Invalid configuration:\n {2}STRIPE_API_KEY is set but GATEWAY_AUTH is not/);
  });
  test('an explicit mode', () => {
    expect(authConfigFromEnv({ STRIPE_API_KEY: 'sk_test_x', GATEWAY_AUTH: 'open' }).mode).toBe('open');
    expect(authConfigFromEnv({ STRIPE_API_KEY: 'sk_test_x', GATEWAY_AUTH: 'stripe-key' }).mode).toBe('stripe-key');
  });
  test('jwt with a secret, issuer and audience', () => {
    expect(
      authConfigFromEnv({
        STRIPE_API_KEY: 'sk_test_x',
        GATEWAY_AUTH: 'jwt',
        GATEWAY_JWT_SECRET: SECRET,
        GATEWAY_JWT_ISSUER: 'iss',
        GATEWAY_JWT_AUDIENCE: 'aud',
      }).jwt,
    ).toEqual({
      keys: { kind: 'secret', secret: SECRET },
      issuer: 'iss',
      audience: 'aud',
      jwksCooldownMs: 30_000,
    });
  });
  test('jwt with a key set URL', () => {
    expect(authConfigFromEnv({ GATEWAY_AUTH: 'jwt', GATEWAY_JWKS_URL: 'https://idp.example/jwks.json' }).jwt?.keys).toEqual({
      kind: 'jwks',
      url: 'https://idp.example/jwks.json',
    });
    expect(authConfigFromEnv({ GATEWAY_AUTH: 'jwt', GATEWAY_JWKS_URL: 'http://127.0.0.1:9/k' }).jwt?.keys).toEqual({
      kind: 'jwks',
      url: 'http://127.0.0.1:9/k',
    });
  });
});

describe('authConfigFromEnv: each mistake names its variable', () => {
  test.each([
    [{ GATEWAY_AUTH: 'none' }, 'GATEWAY_AUTH must be one of jwt, stripe-key, open; got "none"'],
    [{ GATEWAY_AUTH: 'jwt' }, 'GATEWAY_AUTH=jwt needs exactly one of GATEWAY_JWT_SECRET (HS256) or GATEWAY_JWKS_URL (RS256/ES256 key set)'],
    [
      { GATEWAY_AUTH: 'jwt', GATEWAY_JWT_SECRET: SECRET, GATEWAY_JWKS_URL: 'https://x' },
      'GATEWAY_AUTH=jwt needs exactly one of GATEWAY_JWT_SECRET (HS256) or GATEWAY_JWKS_URL (RS256/ES256 key set)',
    ],
    [{ GATEWAY_AUTH: 'jwt', GATEWAY_JWT_SECRET: 'short' }, 'GATEWAY_JWT_SECRET must be at least 32 bytes (HS256 needs a key as long as its hash)'],
    [{ GATEWAY_AUTH: 'jwt', GATEWAY_JWKS_URL: 'http://idp.example/jwks' }, 'GATEWAY_JWKS_URL must use https (http only on loopback), got "http://idp.example"'],
    [{ GATEWAY_AUTH: 'jwt', GATEWAY_JWKS_URL: 'not a url' }, 'GATEWAY_JWKS_URL must be an absolute URL, got "not a url"'],
    [
      { GATEWAY_AUTH: 'jwt', GATEWAY_JWT_SECRET: SECRET, STRIPE_API_BASE: 'http://127.0.0.1:1' },
      "GATEWAY_AUTH=jwt calls Stripe with the gateway's own key: set STRIPE_API_KEY",
    ],
    [{ GATEWAY_AUTH: 'open', STRIPE_API_BASE: 'http://127.0.0.1:1' }, "GATEWAY_AUTH=open calls Stripe with the gateway's own key: set STRIPE_API_KEY"],
    [{ GATEWAY_AUTH: 'open', GATEWAY_JWT_ISSUER: 'x' }, 'GATEWAY_JWT_ISSUER is set, but GATEWAY_AUTH is open: it is only read with GATEWAY_AUTH=jwt'],
    [
      { GATEWAY_CALLER_RATE: 'fast' },
      'GATEWAY_CALLER_RATE must be "<requests per second>" or "<requests per second>,<burst>" with positive numbers, got "fast"',
    ],
    [{ GATEWAY_POLICY: '/nonexistent/policy.json' }, 'GATEWAY_POLICY: cannot read /nonexistent/policy.json (ENOENT)'],
  ])('%j', (env, message) => expect(() => authConfigFromEnv(env)).toThrow(new Error(message)));

  test('a policy file: parsed, or refused with the place of the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ rules: [{ domain: 'Identity', operation: 'mutation', scope: 'identity:write' }] }));
    expect(authConfigFromEnv({ GATEWAY_POLICY: good }).policy).toEqual({ rules: [{ domain: 'Identity', operation: 'mutation', scope: 'identity:write' }] });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ rules: [{ field: 'x' }] }));
    expect(() => authConfigFromEnv({ GATEWAY_POLICY: bad })).toThrow(new Error(`GATEWAY_POLICY (${bad}): rules[0] needs a "scope" or a "role"`));
    const notJson = join(dir, 'bad.txt');
    writeFileSync(notJson, '{');
    expect(() => authConfigFromEnv({ GATEWAY_POLICY: notJson })).toThrow(new Error(`GATEWAY_POLICY (${notJson}): not valid JSON`));
  });
});

test('authStartWarning: open mode with a real key warns; the embedded demo and other modes do not', () => {
  const open = authConfigFromEnv({ GATEWAY_AUTH: 'open', STRIPE_API_KEY: 'sk_test_x' });
  expect(authStartWarning(open, false)).toBe('GATEWAY_AUTH=open: anyone who reaches this port acts with STRIPE_API_KEY. Use it only on a private network.');
  expect(authStartWarning(authConfigFromEnv({}), true)).toBeUndefined();
  expect(authStartWarning(authConfigFromEnv({ GATEWAY_AUTH: 'stripe-key', STRIPE_API_KEY: 'sk_test_x' }), false)).toBeUndefined();
});
