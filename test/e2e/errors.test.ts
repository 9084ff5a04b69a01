/**
 * Errors end to end: stable codes, partial data for siblings, refusals before any upstream call,
 * and no API key in any error message, response or log line. Also `GET /healthz`, the gateway's
 * own key, and enum values the schema does not know (UNRECOGNIZED).
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway, type RunningGateway } from '../../src/server';
import { gatewayConfigFromEnv } from '../../src/config';
import { startE2E, codes, type E2E, type GraphQLResponse } from './harness';
import { captureLogs } from '../helpers/logs';

const KEY = 'sk_test_e2e_errors_9f8e7d6c5b4a';
const LIVE_KEY = 'sk_live_e2e_errors_0a1b2c3d4e5f';
const BAD_KEY = 'not_a_stripe_key_e2e_77aa88bb';
const GATEWAY_KEY = 'sk_test_e2e_gateway_own_1234abcd';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads of GraphQL JSON

let e2e: E2E;
let keyed: RunningGateway;
const logged: string[] = [];
const keyedLogs = captureLogs('debug');
const spies: jest.SpyInstance[] = [];

beforeAll(async () => {
  // Everything the gateway and emulator print is kept, to check that no key is ever in it.
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    spies.push(jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))));
  }
  e2e = await startE2E();
  keyed = await startGateway({ ...gatewayConfigFromEnv({}), port: 0 }, { apiBase: e2e.emulator.url, apiKey: GATEWAY_KEY, logger: keyedLogs.logger });
});
afterAll(async () => {
  await keyed.close();
  await e2e.close();
  for (const spy of spies) spy.mockRestore();
});

const responses: Array<GraphQLResponse<unknown>> = [];
/** Every request of this file names itself, and its errors carry that id back. */
const REQUEST_ID = 'e2e-errors-request';
async function gql(query: string, key: string | null = KEY): Promise<GraphQLResponse<Json>> {
  const res = await e2e.gql<Json>(query, { key, headers: { 'x-request-id': REQUEST_ID } });
  responses.push(res);
  return res;
}

test('GET /healthz answers when ready', async () => {
  const res = await fetch(new URL('/healthz', e2e.gateway.url));
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
});

test('an unknown id gives NOT_FOUND on its path with Stripe details; siblings still resolve, and the response is a 200', async () => {
  e2e.emulator.control.resetLog();
  const res = await gql(`{ missing: account(id: "acct_doesnotexist") { id email } currentAccount { email } accounts(first: 2) { nodes { object } } }`);
  expect(res.status).toBe(200);
  expect(res.data).toEqual({
    missing: null,
    currentAccount: { email: 'platform@gateway-demo.example' },
    accounts: { nodes: [{ object: 'account' }, { object: 'account' }] },
  });
  expect(res.errors).toHaveLength(1);
  const error = res.errors![0]!;
  expect(error.path).toEqual(['missing']);
  expect(error.message).toBe("No such account: 'acct_doesnotexist'");
  expect(error.extensions).toEqual({
    code: 'NOT_FOUND',
    requestId: REQUEST_ID,
    stripe: {
      type: 'invalid_request_error',
      code: 'resource_missing',
      param: 'id',
      docUrl: 'https://stripe.com/docs/error-codes/resource-missing',
      requestId: expect.stringMatching(/^req_/),
      statusCode: 404,
    },
  });
  // The request id is the one the emulator logged for that call.
  const logged404 = e2e.emulator.control.requestLog().find((l) => l.status === 404)!;
  expect(error.extensions!.stripe).toMatchObject({ requestId: logged404.requestId });
});

test('one missing object among nested ones nulls only its own slot', async () => {
  const res = await gql(`{ nodes(ids: ["acct_doesnotexist", "vs_nope"]) { id } ok: currentAccount { object } }`);
  expect(res.data).toEqual({ nodes: [null, null], ok: { object: 'account' } });
  expect(res.errors!.map((x) => [x.path, x.extensions!.code])).toEqual([
    [['nodes', 0], 'NOT_FOUND'],
    [['nodes', 1], 'NOT_FOUND'],
  ]);
});

test('no key at all (the gateway has none, the request sends none): UNAUTHENTICATED, nothing sent upstream', async () => {
  e2e.emulator.control.resetLog();
  const res = await gql(`{ accounts(first: 1) { nodes { id } } }`, null);
  expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  expect(res.errors![0]!.message).toBe(
    'No Stripe API key: put your secret key in the Authorization header of the request, or start the gateway with STRIPE_API_KEY',
  );
  expect(e2e.emulator.control.requestLog()).toEqual([]);
});

test('a key Stripe refuses (401): UNAUTHENTICATED with Stripe details, and the key is not echoed', async () => {
  const res = await gql(`{ accounts(first: 1) { nodes { id } } }`, LIVE_KEY);
  expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  expect(res.errors![0]!.extensions!.stripe).toMatchObject({ type: 'invalid_request_error', code: 'api_key_invalid', statusCode: 401 });
  expect(res.text).not.toContain(LIVE_KEY);
});

test('a credential that is not a Stripe key: HTTP 401 UNAUTHENTICATED from the gateway, nothing sent upstream, not echoed', async () => {
  e2e.emulator.control.resetLog();
  const res = await gql(`{ accounts(first: 1) { nodes { id } } }`, BAD_KEY);
  expect(res.status).toBe(401);
  expect(res.errors).toEqual([
    { message: 'The bearer credential is not a Stripe secret or restricted key', extensions: { code: 'UNAUTHENTICATED', requestId: REQUEST_ID } },
  ]);
  expect(e2e.emulator.control.requestLog()).toEqual([]);
  expect(res.text).not.toContain(BAD_KEY);
});

test('the gateway key serves requests without one; a request key takes precedence over it', async () => {
  const ask = async (authorization?: string): Promise<Json> => {
    const res = await fetch(keyed.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: '{ currentAccount { email } }' }),
    });
    const text = await res.text();
    expect(text).not.toContain(GATEWAY_KEY);
    return JSON.parse(text) as Json;
  };
  expect((await ask()).data).toEqual({ currentAccount: { email: 'platform@gateway-demo.example' } });
  const refused = await ask(`Bearer ${BAD_KEY}`);
  expect(refused.errors.map((x: Json) => x.extensions.code)).toEqual(['UNAUTHENTICATED']);
  const fingerprints = new Set(e2e.emulator.control.requestLog().map((l) => l.apiKey));
  expect([...fingerprints].some((f) => f !== null && f.includes(GATEWAY_KEY))).toBe(false);
});

test('a malformed query: GRAPHQL_PARSE_FAILED (400), nothing sent upstream', async () => {
  e2e.emulator.control.resetLog();
  const res = await gql(`{ accounts(first: 1) { nodes { id } `);
  expect(res.status).toBe(400);
  expect(res.errors!.map((x) => [x.extensions!.code, x.message])).toEqual([['GRAPHQL_PARSE_FAILED', 'Syntax Error: Expected Name, found <EOF>.']]);
  expect(e2e.emulator.control.requestLog()).toEqual([]);
});

test('a query deeper than MAX_QUERY_DEPTH (12): QUERY_TOO_DEEP before any upstream call', async () => {
  e2e.emulator.control.resetLog();
  // 13 levels, one item per page so the cost stays small.
  const res = await gql(
    `{ capability(account: "acct_x", id: "transfers") { account { capabilities(first: 1) { nodes { account { capabilities(first: 1) { nodes { account { capabilities(first: 1) { nodes { account { businessProfile { name } } } } } } } } } } } } }`,
  );
  expect(res.status).toBe(400);
  expect(res.errors!.map((x) => [x.extensions!.code, x.message, x.extensions!.depth, x.extensions!.limit])).toEqual([
    ['QUERY_TOO_DEEP', 'Query is 13 levels deep; the limit is 12', 13, 12],
  ]);
  expect(e2e.emulator.control.requestLog()).toEqual([]);
});

test('a query that could need more than MAX_UPSTREAM_REQUESTS (500): QUERY_TOO_COMPLEX before any upstream call', async () => {
  e2e.emulator.control.resetLog();
  // 1 + 100 persons lists + 100 capability lists + 100 x 100 capability -> account loads.
  const res = await gql(`{ accounts(first: 100) { nodes { persons(first: 100) { nodes { id } } capabilities(first: 100) { nodes { account { id } } } } } }`);
  expect(res.status).toBe(400);
  expect(res.errors!.map((x) => [x.extensions!.code, x.extensions!.upstreamRequests, x.extensions!.limit])).toEqual([['QUERY_TOO_COMPLEX', 10201, 500]]);
  expect(e2e.emulator.control.requestLog()).toEqual([]);
  // The same shape with small pages is allowed: 1 + 5 + 5 + 25 = 36.
  const small = await gql(`{ accounts(first: 5) { nodes { persons(first: 5) { nodes { id } } capabilities(first: 5) { nodes { account { id } } } } } }`);
  expect(small.errors).toBeUndefined();
});

test('an upstream 500 that outlasts the retries: UPSTREAM_ERROR on that field only', async () => {
  const sessions = await e2e.rest<{ data: Json[] }>('GET', '/v1/identity/verification_sessions', { key: KEY });
  e2e.emulator.control.setFaults({ rate500: 1, paths: ['/v1/identity/'] });
  try {
    e2e.emulator.control.resetLog();
    const res = await gql(`{ identityVerificationSession(id: "${sessions.body.data[0]!.id}") { id } currentAccount { object } }`);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ identityVerificationSession: null, currentAccount: { object: 'account' } });
    expect(res.errors!.map((x) => [x.path, x.extensions!.code, x.extensions!.stripe])).toEqual([
      [['identityVerificationSession'], 'UPSTREAM_ERROR', { type: 'api_error', requestId: expect.stringMatching(/^req_/), statusCode: 500 }],
    ]);
    // The first try and the data source's retries, all refused.
    const tries = e2e.emulator.control.requestLog().filter((l) => l.path.startsWith('/v1/identity/'));
    expect(tries.length).toBeGreaterThan(1);
    expect(tries.every((l) => l.fault === '500')).toBe(true);
  } finally {
    e2e.emulator.control.setFaults({});
  }
});

// Root connections are nullable, so one failing list nulls only itself.
test('a failing root list keeps its siblings', async () => {
  e2e.emulator.control.setFaults({ rate500: 1, paths: ['/v1/identity/'] });
  try {
    const res = await gql(`{ identityVerificationSessions { nodes { id } } currentAccount { object } }`);
    expect(res.data).toEqual({ identityVerificationSessions: null, currentAccount: { object: 'account' } });
  } finally {
    e2e.emulator.control.setFaults({});
  }
});

test('a request body over 1 MB: 413 BAD_REQUEST, nothing sent upstream', async () => {
  e2e.emulator.control.resetLog();
  const res = await fetch(e2e.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, 'x-request-id': REQUEST_ID },
    body: JSON.stringify({ query: `{ currentAccount { id } }`, variables: { pad: 'x'.repeat(1024 * 1024) } }),
  });
  expect(res.status).toBe(413);
  expect(await res.json()).toEqual({
    errors: [{ message: 'Request body too large; the limit is 1048576 bytes', extensions: { code: 'BAD_REQUEST', requestId: REQUEST_ID } }],
  });
  expect(e2e.emulator.control.requestLog()).toEqual([]);
});

test('an unknown route on the gateway is a JSON 404', async () => {
  const res = await fetch(new URL('/nope', e2e.gateway.url), { headers: { authorization: `Bearer ${KEY}` } });
  expect(res.status).toBe(404);
  expect(await res.json()).toEqual({ errors: [{ message: 'No route /nope; the GraphQL endpoint is /graphql', extensions: { code: 'NOT_FOUND' } }] });
});

describe('enum values from upstream that the schema does not know', () => {
  // The emulator validates enum parameters, so it cannot hold such a value; a small Stripe-shaped
  // server stands in for an API version newer than the schema.
  let upstream: http.Server;
  let gateway: RunningGateway;
  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_enum' });
      res.end(
        JSON.stringify({
          id: 'acct_enum',
          object: 'account',
          type: 'galactic',
          business_type: 'individual',
          capabilities: {},
          charges_enabled: true,
          requirements: { disabled_reason: 'rejected.by_aliens', currently_due: [], past_due: [], eventually_due: [], errors: [], pending_verification: [] },
        }),
      );
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const { port } = upstream.address() as AddressInfo;
    gateway = await startGateway({ ...gatewayConfigFromEnv({ LOG_LEVEL: 'warn' }), port: 0 }, { apiBase: `http://127.0.0.1:${port}`, apiKey: undefined });
  });
  afterAll(async () => {
    await gateway.close();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  });

  test('become UNRECOGNIZED, never an error; known values pass through', async () => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ query: '{ currentAccount { id type businessType chargesEnabled requirements { disabledReason } } }' }),
    });
    const body = (await res.json()) as Json;
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      currentAccount: {
        id: 'acct_enum',
        type: 'UNRECOGNIZED',
        businessType: 'INDIVIDUAL',
        chargesEnabled: true,
        requirements: { disabledReason: 'UNRECOGNIZED' },
      },
    });
  });
});

test('no API key appears in any response, error message or log line of this file', () => {
  expect(responses).toHaveLength(11);
  for (const key of [KEY, LIVE_KEY, BAD_KEY, GATEWAY_KEY]) {
    for (const res of responses) expect(res.text).not.toContain(key);
    for (const line of [...logged, ...e2e.logs.lines, ...keyedLogs.lines]) expect(line).not.toContain(key);
    // The gateways did log this file's traffic: the check above is over real lines.
    expect(e2e.logs.lines.length).toBeGreaterThan(responses.length);
    expect(keyedLogs.lines.length).toBeGreaterThan(0);
    for (const entry of e2e.emulator.control.requestLog()) expect(JSON.stringify(entry)).not.toContain(key);
  }
});
