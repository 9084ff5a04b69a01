/**
 * What callers may see and spend, end to end (jwt mode, the real emulator): callers of two
 * connected accounts never receive each other's objects, even in thousands of concurrent
 * requests; idempotency keys are per caller and returned to the client; each caller's budget;
 * an operator's policy file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, fetch } from 'undici';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { startGateway, type RunningGateway } from '../../src/server';
import { gatewayConfigFromEnv, type GatewayConfig } from '../../src/config';
import { closeAllPools } from '../../src/datasources/client';
import { callerNamespace } from '../../src/auth/idempotency';
import { hsToken, SECRET } from './auth-helpers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads of GraphQL JSON

const GATEWAY_KEY = 'sk_test_e2e_callers_gateway';
let emulator: RunningEmulator;
const started: RunningGateway[] = [];

async function gateway(env: NodeJS.ProcessEnv = {}, extra: Partial<GatewayConfig> = {}): Promise<RunningGateway> {
  const config = gatewayConfigFromEnv({
    STRIPE_API_KEY: GATEWAY_KEY,
    STRIPE_API_BASE: emulator.url,
    GATEWAY_AUTH: 'jwt',
    GATEWAY_JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    ...env,
  });
  const g = await startGateway({ ...config, port: 0, ...extra }, { apiBase: emulator.url, apiKey: GATEWAY_KEY });
  started.push(g);
  return g;
}

// The test's own connection pool: 2,000 requests issued at once share 256 sockets, as a busy
// client's would, rather than 2,000 simultaneous connects that overflow the listen backlog.
const client = new Agent({ connections: 256 });

async function post(g: RunningGateway, token: string, query: string): Promise<{ status: number; body: Json }> {
  const res = await fetch(g.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': REQUEST_ID },
    body: JSON.stringify({ query }),
    dispatcher: client,
  });
  return { status: res.status, body: (await res.json()) as Json };
}

const token = (claims: Json): Promise<string> => hsToken({ claims });
/** Every request of this file names itself; errors carry the id back. */
const REQUEST_ID = 'e2e-callers';

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(async () => {
  for (const g of started) await g.close();
  await emulator.close();
  await closeAllPools();
  await client.close();
});

describe('two connected-account callers', () => {
  let g: RunningGateway;
  const ids: Record<'A' | 'B', { account: string; objects: Set<string> }> = {} as never;
  const tokens: Record<'A' | 'B', string> = {} as never;

  beforeAll(async () => {
    // A deep per-caller queue: this test is about isolation, not about refusing load.
    g = await gateway({}, { dataSource: { ...gatewayConfigFromEnv({}).dataSource, maxQueuedPerCredential: 10_000 } });
    const platform = await token({ sub: 'ops', gateway_role: 'platform', scope: 'read write' });
    const accounts = (await post(g, platform, '{ accounts(first: 10) { nodes { id email } } }')).body.data.accounts.nodes as Json[];
    ids.A = { account: accounts.find((a) => a.email === 'ops@rocketrides.example')!.id, objects: new Set() };
    ids.B = { account: accounts.find((a) => a.email === 'host@kavholm.example')!.id, objects: new Set() };
    for (const side of ['A', 'B'] as const) {
      tokens[side] = await token({ sub: `app-${side}`, stripe_account: ids[side].account, scope: 'read write' });
      for (let i = 0; i < 2; i++) {
        const created = await post(
          g,
          tokens[side],
          `mutation { createIdentityVerificationSession(input: {type: DOCUMENT, metadata: {owner: "${side}"}}) { id } }`,
        );
        expect(created.status).toBe(200);
      }
      const own = await post(
        g,
        tokens[side],
        '{ currentAccount { id } identityVerificationSessions(first: 100) { nodes { id } } terminalLocations(first: 100) { nodes { id } } }',
      );
      const data = own.body.data;
      ids[side].objects = new Set([
        data.currentAccount.id,
        ...data.identityVerificationSessions.nodes.map((n: Json) => n.id),
        ...data.terminalLocations.nodes.map((n: Json) => n.id),
      ]);
      expect(ids[side].objects.size).toBeGreaterThanOrEqual(3);
    }
  });

  test('2,000 concurrent mixed requests: no response carries an object of the other account', async () => {
    const queries = (other: 'A' | 'B'): string[] => {
      const otherSession = [...ids[other].objects].find((id) => id.startsWith('vs_'))!;
      return [
        '{ currentAccount { id email } }',
        '{ identityVerificationSessions(first: 10) { nodes { id metadata } } }',
        `{ account(id: "${ids[other].account}") { id email } }`,
        `{ node(id: "${otherSession}") { id } }`,
        `{ nodes(ids: ["${otherSession}", "${ids[other].account}"]) { id } }`,
        '{ accounts(first: 10) { nodes { id } } }',
        '{ terminalLocations { nodes { id displayName } } }',
        '{ currentAccount { id persons(first: 3) { nodes { id } } } }',
      ];
    };
    emulator.control.resetLog();
    const sides = Array.from({ length: 2000 }, (_, i) => (i % 2 === 0 ? 'A' : 'B'));
    const answers = await Promise.all(
      sides.map(async (side, i) => {
        const other: 'A' | 'B' = side === 'A' ? 'B' : 'A';
        const list = queries(other);
        return { side, other, res: await post(g, tokens[side], list[Math.floor(i / 2) % list.length]!) };
      }),
    );
    let leaks = 0;
    let served = 0;
    for (const { other, res } of answers) {
      expect(res.status).toBe(200);
      const data = JSON.stringify(res.body.data ?? null);
      for (const id of ids[other].objects) if (data.includes(id)) leaks += 1;
      for (const error of res.body.errors ?? []) expect(error.extensions.code).toBe('NOT_FOUND');
      if (res.body.data) served += 1;
    }
    expect(leaks).toBe(0);
    expect(served).toBe(2000);
    // Every upstream request went out as the caller's own account, none as the platform.
    const log = emulator.control.requestLog();
    expect(log.length).toBeGreaterThanOrEqual(2000);
    expect(log.filter((e) => e.stripeAccount !== ids.A.account && e.stripeAccount !== ids.B.account)).toEqual([]);
  }, 120_000); // about 10 s alone; the bound leaves room for a busy shared machine
});

describe('idempotency keys per caller', () => {
  let g: RunningGateway;
  beforeAll(async () => {
    g = await gateway();
  });
  const create = (key: string | null, type = 'DOCUMENT'): string =>
    `mutation { created: createIdentityVerificationSession(${key ? `idempotencyKey: "${key}", ` : ''}input: {type: ${type}}) { id } }`;

  test('two callers with the same key get two objects; the same caller again gets a replay; the key sent comes back', async () => {
    const x = await token({ sub: 'caller-x', gateway_role: 'platform', scope: 'read write' });
    const y = await token({ sub: 'caller-y', gateway_role: 'platform', scope: 'read write' });
    emulator.control.resetLog();
    const fromX = await post(g, x, create('order-42'));
    const fromY = await post(g, y, create('order-42'));
    const again = await post(g, x, create('order-42'));
    expect(fromX.body.extensions).toEqual({ idempotencyKeys: { created: `${callerNamespace('caller-x')}order-42` } });
    expect(fromY.body.extensions).toEqual({ idempotencyKeys: { created: `${callerNamespace('caller-y')}order-42` } });
    expect(fromX.body.data.created.id).not.toBe(fromY.body.data.created.id);
    expect(again.body.data.created.id).toBe(fromX.body.data.created.id);
    expect(emulator.control.requestLog().map((e) => e.idempotentReplay)).toEqual([false, false, true]);

    // Without a key: a generated one, in the caller's namespace, returned all the same.
    const generated = await post(g, x, create(null));
    expect(generated.body.extensions.idempotencyKeys.created).toMatch(new RegExp(`^${callerNamespace('caller-x').replace('.', '\\.')}[0-9a-f-]{36}$`));

    // An error carries the key it was sent with (here Stripe's idempotency error: other parameters).
    const clash = await post(g, x, create('order-42', 'ID_NUMBER'));
    expect(clash.body.data).toEqual({ created: null });
    expect(clash.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      stripe: { type: 'idempotency_error' },
      idempotencyKey: `${callerNamespace('caller-x')}order-42`,
    });
  });

  test('a client key too long for the namespace is BAD_USER_INPUT, nothing sent', async () => {
    const x = await token({ sub: 'caller-x', gateway_role: 'platform', scope: 'read write' });
    emulator.control.resetLog();
    const res = await post(g, x, create('k'.repeat(238)));
    expect(res.body.errors.map((e: Json) => [e.extensions.code, e.message])).toEqual([['BAD_USER_INPUT', 'idempotencyKey is at most 237 characters']]);
    expect(emulator.control.requestLog()).toEqual([]);
  });
});

describe("each caller's budget (GATEWAY_CALLER_RATE)", () => {
  test('the request over budget is RATE_LIMITED with retryAfter; another caller is not affected', async () => {
    const g = await gateway({ GATEWAY_CALLER_RATE: '0.5,2' });
    const busy = await token({ sub: 'busy', gateway_role: 'platform', scope: 'read' });
    const calm = await token({ sub: 'calm', gateway_role: 'platform', scope: 'read' });
    const three =
      '{ a: terminalLocations(first: 1) { nodes { id } } b: terminalLocations(first: 2) { nodes { id } } c: terminalLocations(first: 3) { nodes { id } } }';
    emulator.control.resetLog();
    const res = await post(g, busy, three);
    expect(res.body.errors.map((e: Json) => e.extensions)).toEqual([{ code: 'RATE_LIMITED', retryAfter: 2, requestId: REQUEST_ID }]);
    expect(emulator.control.requestLog()).toHaveLength(2);
    // The next operation could need 3, capped at the burst of 2, and the bucket is empty: it is
    // refused whole before it runs, HTTP 429, after the 4 s two tokens take at 0.5 per second.
    const raw = await fetch(g.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${busy}`, 'x-request-id': REQUEST_ID },
      body: JSON.stringify({ query: three }),
      dispatcher: client,
    });
    expect([raw.status, raw.headers.get('retry-after'), await raw.json()]).toEqual([
      429,
      '4',
      {
        errors: [
          {
            message: 'This caller has used its budget of requests to Stripe; retry in 4 s',
            extensions: { code: 'RATE_LIMITED', retryAfter: 4, requestId: REQUEST_ID },
          },
        ],
      },
    ]);
    expect(emulator.control.requestLog()).toHaveLength(2);
    const other = await post(g, calm, '{ a: terminalLocations(first: 1) { nodes { id } } b: terminalLocations(first: 2) { nodes { id } } }');
    expect(other.body.errors).toBeUndefined();
    expect(emulator.control.requestLog()).toHaveLength(4);
  });
});

describe('an operator policy file (GATEWAY_POLICY)', () => {
  test('finer grants by domain and by root field, checked before any upstream request, inside asConnectedAccount too', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'policy-')), 'policy.json');
    writeFileSync(
      file,
      JSON.stringify({
        rules: [
          { domain: 'Identity', operation: 'mutation', scope: 'identity:write' },
          { field: 'terminalLocations', scope: 'terminal:read' },
        ],
      }),
    );
    const g = await gateway({ GATEWAY_POLICY: file });
    const plain = await token({ sub: 'plain', gateway_role: 'platform', scope: 'read write' });
    const granted = await token({ sub: 'granted', gateway_role: 'platform', scope: 'read write identity:write terminal:read' });
    const mutation = 'mutation { createIdentityVerificationSession(input: {type: DOCUMENT}) { id } }';
    emulator.control.resetLog();
    expect(await post(g, plain, mutation)).toEqual({
      status: 403,
      body: {
        errors: [
          {
            message: 'createIdentityVerificationSession needs the "identity:write" scope, which this caller lacks',
            extensions: { code: 'FORBIDDEN', requestId: REQUEST_ID },
          },
        ],
      },
    });
    const nested = await post(g, plain, '{ currentAccount { id } asConnectedAccount(account: "acct_x") { terminalLocations { nodes { id } } } }');
    expect(nested.body.errors[0].message).toBe('terminalLocations needs the "terminal:read" scope, which this caller lacks');
    expect(emulator.control.requestLog()).toEqual([]);
    expect((await post(g, plain, '{ identityVerificationSessions(first: 1) { nodes { id } } }')).status).toBe(200);
    const allowed = await post(g, granted, mutation);
    expect([allowed.status, allowed.body.errors]).toEqual([200, undefined]);
  });
});
