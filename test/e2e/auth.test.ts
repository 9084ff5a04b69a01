/**
 * Callers, not keys, end to end: the real gateway in each auth mode in front of the real
 * emulator, tokens signed with jose, and a local identity provider that rotates its key. Every
 * refusal is checked against the emulator's request log: 0 upstream requests.
 */
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { startGateway, type RunningGateway } from '../../src/server';
import { gatewayConfigFromEnv, type GatewayConfig } from '../../src/config';
import { closeAllPools } from '../../src/datasources/client';
import { hsToken, SECRET, sign, startIdentityProvider, unsignedToken, type IdentityProvider } from './auth-helpers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads of GraphQL JSON

const GATEWAY_KEY = 'sk_test_e2e_auth_gateway';
const OWN_KEY = 'sk_test_e2e_auth_own';
const ISSUER = 'https://idp.e2e.example';
const AUDIENCE = 'stripe-graph-gateway';

let emulator: RunningEmulator;
let idp: IdentityProvider;
const gateways: Record<'hs' | 'jwks' | 'stripeKey' | 'open', RunningGateway> = {} as never;

async function gateway(env: NodeJS.ProcessEnv, extra: (config: GatewayConfig) => GatewayConfig = (c) => c): Promise<RunningGateway> {
  const config = gatewayConfigFromEnv({ STRIPE_API_KEY: GATEWAY_KEY, STRIPE_API_BASE: emulator.url, LOG_LEVEL: 'warn', ...env });
  return startGateway(extra({ ...config, port: 0 }), { apiBase: emulator.url, apiKey: GATEWAY_KEY });
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  idp = await startIdentityProvider();
  gateways.hs = await gateway({ GATEWAY_AUTH: 'jwt', GATEWAY_JWT_SECRET: SECRET, GATEWAY_JWT_ISSUER: ISSUER, GATEWAY_JWT_AUDIENCE: AUDIENCE });
  // No cooldown between key set fetches, so a rotation is picked up at once in the test.
  gateways.jwks = await gateway({ GATEWAY_AUTH: 'jwt', GATEWAY_JWKS_URL: idp.url }, (c) => ({
    ...c,
    auth: { ...c.auth, jwt: { ...c.auth.jwt!, jwksCooldownMs: 0 } },
  }));
  gateways.stripeKey = await gateway({ GATEWAY_AUTH: 'stripe-key' });
  gateways.open = await gateway({ GATEWAY_AUTH: 'open' });
});
afterAll(async () => {
  for (const g of Object.values(gateways)) await g.close();
  await idp.close();
  await emulator.close();
  await closeAllPools();
});

interface Answer {
  status: number;
  body: Json;
  text: string;
}

async function post(g: RunningGateway, query: string, headers: Record<string, string> = {}, variables?: Json): Promise<Answer> {
  const res = await fetch(g.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': REQUEST_ID, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Json, text };
}

const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
const PLATFORM = { sub: 'ops', gateway_role: 'platform', scope: 'read write' };
const hsPlatform = (over: Json = {}): Promise<string> => hsToken({ claims: { ...PLATFORM, ...over }, issuer: ISSUER, audience: AUDIENCE });

/** Every request of this file names itself; refusals carry the id back. */
const REQUEST_ID = 'e2e-auth';

function unauthenticated(message: string): Json {
  return { errors: [{ message, extensions: { code: 'UNAUTHENTICATED', requestId: REQUEST_ID } }] };
}

/** The refusal, and nothing in the emulator's request log. */
async function expectRefused(g: RunningGateway, headers: Record<string, string>, status: number, body: Json): Promise<void> {
  emulator.control.resetLog();
  const res = await post(g, '{ currentAccount { id } }', headers);
  expect([res.status, res.body]).toEqual([status, body]);
  expect(emulator.control.requestLog()).toEqual([]);
}

const MALFORMED = ['', 'Bearer', 'Bearer a b', 'Token x', 'Basic !!!', 'sk_test_e2e_auth_gateway', 'Bearer  two-spaces'];
const MALFORMED_MESSAGE = 'The Authorization header is malformed: send "Bearer <credential>" with one credential, or no header';
/** A case name, the request headers, the expected message. */
type Refusal = [string, Record<string, string>, string];
const malformedCases: Refusal[] = MALFORMED.map((h) => [`malformed ${JSON.stringify(h)}`, { authorization: h }, MALFORMED_MESSAGE]);

describe('jwt mode with a shared secret (HS256)', () => {
  test('a valid token: the query runs with the gateway key', async () => {
    emulator.control.resetLog();
    const res = await post(gateways.hs, '{ currentAccount { email } }', bearer(await hsPlatform()));
    expect([res.status, res.body]).toEqual([200, { data: { currentAccount: { email: 'platform@gateway-demo.example' } } }]);
    expect(emulator.control.requestLog().map((e) => `${e.method} ${e.path}`)).toEqual(['GET /v1/account']);
  });

  test.each<Refusal>([['no header', {}, 'This gateway needs a bearer token: Authorization: Bearer <JWT>'], ...malformedCases])(
    '%s: 401, no upstream request',
    async (_name, headers, message) => {
      await expectRefused(gateways.hs, headers, 401, unauthenticated(message));
    },
  );

  test('expired, not yet valid, wrong issuer, wrong audience, wrong signature, alg none, no sub, a bad stripe_account: 401, no upstream request', async () => {
    const cases: Array<[string, string]> = [
      [await hsToken({ claims: PLATFORM, issuer: ISSUER, audience: AUDIENCE, expiresIn: -61 }), 'The token has expired'],
      [await hsToken({ claims: PLATFORM, issuer: ISSUER, audience: AUDIENCE, notBefore: 120 }), 'The token is not valid yet (nbf)'],
      [await hsToken({ claims: PLATFORM, issuer: 'https://other.example', audience: AUDIENCE }), 'The token was issued by another issuer (iss)'],
      [await hsToken({ claims: PLATFORM, issuer: ISSUER, audience: 'other' }), 'The token is meant for another audience (aud)'],
      [
        await hsToken({ claims: PLATFORM, issuer: ISSUER, audience: AUDIENCE }, 'another-secret-of-at-least-32-bytes!!'),
        'The token could not be verified (signature, algorithm or format)',
      ],
      [unsignedToken({ ...PLATFORM, iss: ISSUER, aud: AUDIENCE }), 'The token could not be verified (signature, algorithm or format)'],
      [
        await hsToken({ claims: { gateway_role: 'platform', scope: 'read' }, issuer: ISSUER, audience: AUDIENCE }),
        "The token's sub claim is missing or invalid",
      ],
      [
        await hsToken({ claims: { ...PLATFORM, stripe_account: 'nope' }, issuer: ISSUER, audience: AUDIENCE }),
        'The stripe_account claim must be a connected account id (acct_...)',
      ],
    ];
    for (const [token, message] of cases) await expectRefused(gateways.hs, bearer(token), 401, unauthenticated(message));
  });

  test('within the 60 s skew, an expired or not yet valid token is still accepted', async () => {
    for (const token of [
      await hsToken({ claims: PLATFORM, issuer: ISSUER, audience: AUDIENCE, expiresIn: -30 }),
      await hsToken({ claims: PLATFORM, issuer: ISSUER, audience: AUDIENCE, notBefore: 30 }),
    ]) {
      expect((await post(gateways.hs, '{ currentAccount { id } }', bearer(token))).status).toBe(200);
    }
  });

  test('a 401 names no token or key', async () => {
    const token = await hsToken({ claims: PLATFORM, issuer: ISSUER, audience: AUDIENCE, expiresIn: -120 });
    const res = await post(gateways.hs, '{ currentAccount { id } }', bearer(token));
    expect(res.text).not.toContain(token.split('.')[1]!);
    expect(res.text).not.toContain(GATEWAY_KEY);
  });
});

describe('jwt mode with a key set (RS256) that rotates', () => {
  test('keys are fetched once, cached, and fetched again for an unknown kid', async () => {
    const before = idp.fetches;
    const first = await idp.token({ claims: PLATFORM });
    expect((await post(gateways.jwks, '{ currentAccount { id } }', bearer(first))).status).toBe(200);
    expect((await post(gateways.jwks, '{ currentAccount { id } }', bearer(first))).status).toBe(200);
    expect(idp.fetches - before).toBe(1);
    await idp.rotate();
    const rotated = await idp.token({ claims: PLATFORM });
    const res = await post(gateways.jwks, '{ currentAccount { email } }', bearer(rotated));
    expect([res.status, res.body]).toEqual([200, { data: { currentAccount: { email: 'platform@gateway-demo.example' } } }]);
    expect(idp.fetches - before).toBe(2);
    // The old key is gone from the set: its tokens no longer verify.
    await expectRefused(gateways.jwks, bearer(first), 401, unauthenticated('The token could not be verified (signature, algorithm or format)'));
  });

  test('HS256 signed with the public key (HS/RS confusion), an HS256 token, alg none: 401, no upstream request', async () => {
    const confused = await sign(new TextEncoder().encode(idp.publicPem), { alg: 'HS256', kid: idp.kid }, { claims: PLATFORM });
    const plainHs = await hsToken({ claims: PLATFORM });
    for (const token of [confused, plainHs, unsignedToken(PLATFORM)]) {
      await expectRefused(gateways.jwks, bearer(token), 401, unauthenticated('The token could not be verified (signature, algorithm or format)'));
    }
  });
});

test('a key set that cannot be fetched: 503 SERVICE_UNAVAILABLE, no upstream request', async () => {
  // Port 1 on loopback: nothing listens there, the connection is refused at once.
  const unreachable = await gateway({ GATEWAY_AUTH: 'jwt', GATEWAY_JWKS_URL: 'http://127.0.0.1:1/jwks.json' });
  try {
    emulator.control.resetLog();
    const res = await post(unreachable, '{ currentAccount { id } }', bearer(await idp.token({ claims: PLATFORM })));
    expect([res.status, res.body]).toEqual([
      503,
      {
        errors: [
          {
            message: "The identity provider's key set could not be fetched; retry shortly",
            extensions: { code: 'SERVICE_UNAVAILABLE', requestId: REQUEST_ID },
          },
        ],
      },
    ]);
    expect(emulator.control.requestLog()).toEqual([]);
  } finally {
    await unreachable.close();
  }
});

describe('stripe-key mode', () => {
  test("the caller's own key is used; the gateway's never", async () => {
    emulator.control.resetLog();
    const res = await post(gateways.stripeKey, '{ currentAccount { id } }', bearer(OWN_KEY));
    expect(res.status).toBe(200);
    const ownFingerprint = emulator.control.requestLog()[0]!.apiKey;
    await post(gateways.hs, '{ currentAccount { id } }', bearer(await hsPlatform()));
    const gatewayFingerprint = emulator.control.requestLog()[1]!.apiKey;
    expect(ownFingerprint).not.toBe(gatewayFingerprint);
  });

  test.each<Refusal>([
    ['no header', {}, 'This gateway needs your own Stripe secret or restricted key: Authorization: Bearer <key>'],
    [
      'a token that is not a Stripe key',
      { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x' },
      'The bearer credential is not a Stripe secret or restricted key',
    ],
    ['a publishable key', { authorization: 'Bearer pk_test_abc' }, 'The bearer credential is not a Stripe secret or restricted key'],
    ...malformedCases,
  ])('%s: 401, no upstream request', async (_name, headers, message) => {
    await expectRefused(gateways.stripeKey, headers, 401, unauthenticated(message));
  });
});

describe('open mode', () => {
  test("no header: the gateway key; a key: the caller's own; malformed: 401, no upstream request", async () => {
    emulator.control.resetLog();
    expect((await post(gateways.open, '{ currentAccount { email } }')).body).toEqual({ data: { currentAccount: { email: 'platform@gateway-demo.example' } } });
    expect((await post(gateways.open, '{ currentAccount { id } }', bearer(OWN_KEY))).status).toBe(200);
    const [viaGateway, viaOwn] = emulator.control.requestLog().map((e) => e.apiKey);
    expect(viaGateway).not.toBe(viaOwn);
    for (const h of MALFORMED) await expectRefused(gateways.open, { authorization: h }, 401, unauthenticated(MALFORMED_MESSAGE));
  });
});

describe('scopes and accounts: FORBIDDEN before any upstream request', () => {
  let accountA: string;
  let accountB: string;
  beforeAll(async () => {
    const res = await post(gateways.hs, '{ accounts(first: 10) { nodes { id email } } }', bearer(await hsPlatform()));
    const nodes = res.body.data.accounts.nodes as Json[];
    accountA = nodes.find((a) => a.email === 'ops@rocketrides.example')!.id;
    accountB = nodes.find((a) => a.email === 'host@kavholm.example')!.id;
  });
  const forbidden = (message: string): Json => ({ errors: [{ message, extensions: { code: 'FORBIDDEN', requestId: REQUEST_ID } }] });
  async function expectForbidden(query: string, headers: Record<string, string>, message: string): Promise<void> {
    emulator.control.resetLog();
    const res = await post(gateways.hs, query, headers);
    expect([res.status, res.body]).toEqual([403, forbidden(message)]);
    expect(emulator.control.requestLog()).toEqual([]);
  }

  test("a read-only caller's mutation", async () => {
    const token = await hsPlatform({ scope: 'read' });
    await expectForbidden(
      'mutation { createIdentityVerificationSession(input: {type: DOCUMENT}) { id } }',
      bearer(token),
      'A mutation needs the "write" scope, which this caller lacks',
    );
  });
  test("a write-only caller's query", async () => {
    await expectForbidden('{ currentAccount { id } }', bearer(await hsPlatform({ scope: 'write' })), 'A query needs the "read" scope, which this caller lacks');
  });
  test('a caller with neither platform role nor account', async () => {
    const token = await hsToken({ claims: { sub: 'nobody', scope: 'read write' }, issuer: ISSUER, audience: AUDIENCE });
    await expectForbidden(
      '{ currentAccount { id } }',
      bearer(token),
      'This caller may act neither for the platform (gateway_role) nor for a connected account (stripe_account)',
    );
  });
  test('a connected-account caller naming another account, by header or asConnectedAccount (literal or variable)', async () => {
    const token = await hsToken({ claims: { sub: 'app-a', stripe_account: accountA, scope: 'read write' }, issuer: ISSUER, audience: AUDIENCE });
    const message = `This caller acts only as its own connected account, not as ${accountB}`;
    await expectForbidden('{ currentAccount { id } }', { ...bearer(token), 'stripe-account': accountB }, message);
    await expectForbidden(`{ asConnectedAccount(account: "${accountB}") { currentAccount { id } } }`, bearer(token), message);
    emulator.control.resetLog();
    const res = await post(gateways.hs, 'query($a: ID!) { x: asConnectedAccount(account: $a) { currentAccount { id } } }', bearer(token), { a: accountB });
    expect([res.status, res.body]).toEqual([403, forbidden(message)]);
    expect(emulator.control.requestLog()).toEqual([]);
  });
  test('a connected-account caller acts as its account on every upstream call', async () => {
    const token = await hsToken({ claims: { sub: 'app-a', stripe_account: accountA, scope: 'read' }, issuer: ISSUER, audience: AUDIENCE });
    emulator.control.resetLog();
    const res = await post(gateways.hs, '{ currentAccount { id } accounts(first: 5) { nodes { id } } }', bearer(token));
    expect(res.body).toEqual({ data: { currentAccount: { id: accountA }, accounts: { nodes: [] } } });
    expect(emulator.control.requestLog().map((e) => e.stripeAccount)).toEqual([accountA, accountA]);
  });
});
