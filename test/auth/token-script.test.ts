import { signToken, tokenRequestFromArgs } from '../../scripts/token';
import { createJwtVerifier } from '../../src/auth/jwt';

const SECRET = 'a-development-secret-of-32-bytes!!';

test('npm run token: the arguments become claims the gateway verifies into the same caller', async () => {
  const request = tokenRequestFromArgs(['--sub', 'dev', '--account', 'acct_123', '--scope', 'read write']);
  expect(request).toEqual({ sub: 'dev', account: 'acct_123', role: undefined, scope: 'read write', ttlSeconds: 3600 });
  const env = { GATEWAY_JWT_SECRET: SECRET, GATEWAY_JWT_ISSUER: 'iss', GATEWAY_JWT_AUDIENCE: 'aud' };
  const token = await signToken(request, env);
  const verify = createJwtVerifier({ keys: { kind: 'secret', secret: SECRET }, issuer: 'iss', audience: 'aud', jwksCooldownMs: 30_000 });
  expect(await verify(token)).toEqual({ ok: true, caller: { sub: 'dev', stripeAccount: 'acct_123', role: undefined, scopes: new Set(['read', 'write']) } });
});

test('npm run token: mistakes are named', async () => {
  expect(() => tokenRequestFromArgs([])).toThrow('--sub is required: the caller id');
  expect(() => tokenRequestFromArgs(['--sub', 'x'])).toThrow('give --account acct_... or --role platform: a caller with neither is refused');
  expect(() => tokenRequestFromArgs(['--sub', 'x', '--account', 'cus_1'])).toThrow('--account must be a connected account id (acct_...)');
  expect(() => tokenRequestFromArgs(['--sub', 'x', '--role', 'admin'])).toThrow('--role can only be platform');
  expect(() => tokenRequestFromArgs(['--sub', 'x', '--role', 'platform', '--ttl', '0'])).toThrow('--ttl must be a whole number of seconds');
  await expect(signToken(tokenRequestFromArgs(['--sub', 'x', '--role', 'platform']), {})).rejects.toThrow(
    "set GATEWAY_JWT_SECRET (at least 32 bytes), the same as the gateway's",
  );
});
