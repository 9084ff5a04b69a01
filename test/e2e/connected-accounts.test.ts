/**
 * Acting for connected accounts (Stripe's `Stripe-Account`): for the whole request through the
 * same HTTP header on the GraphQL request, and inside one query through `asConnectedAccount`.
 * The emulator's request log shows which header went with each upstream call. Also: two API
 * keys in concurrent requests never see each other's data.
 */
import { startE2E, type E2E } from './harness';

const KEY = 'sk_test_e2e_connected';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads of GraphQL JSON

let e2e: E2E;
let rocket: string;
let kavholm: string;

beforeAll(async () => {
  e2e = await startE2E();
  const accounts = (await e2e.rest<{ data: Json[] }>('GET', '/v1/accounts', { key: KEY, params: { limit: '100' } })).body.data;
  rocket = accounts.find((a) => a.email === 'ops@rocketrides.example')!.id;
  kavholm = accounts.find((a) => a.email === 'host@kavholm.example')!.id;
});
afterAll(() => e2e.close());

/** `METHOD path -> Stripe-Account` of every upstream request since the last reset, sorted (concurrent calls finish in any order). */
function sent(): string[] {
  return e2e.emulator.control
    .requestLog()
    .map((l) => `${l.method} ${l.path} -> ${l.stripeAccount ?? 'platform'}`)
    .sort();
}

test('the Stripe-Account header on the GraphQL request goes with every upstream call of that request', async () => {
  e2e.emulator.control.resetLog();
  const res = await e2e.gql<Json>(
    `{ currentAccount { id email } terminalLocations { nodes { displayName } } identityVerificationSessions { nodes { metadata } } }`,
    {
      key: KEY,
      headers: { 'Stripe-Account': rocket },
    },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({
    currentAccount: { id: rocket, email: 'ops@rocketrides.example' },
    terminalLocations: { nodes: [{ displayName: 'Rocket Rides HQ' }] },
    identityVerificationSessions: { nodes: [{ metadata: { rider: 'r_42' } }] },
  });
  expect(sent()).toEqual([`GET /v1/account -> ${rocket}`, `GET /v1/identity/verification_sessions -> ${rocket}`, `GET /v1/terminal/locations -> ${rocket}`]);

  // Without the header the same query reads the platform, whose sessions are the demo's five.
  e2e.emulator.control.resetLog();
  const platform = await e2e.gql<Json>(`{ currentAccount { email } identityVerificationSessions { nodes { id } } }`, { key: KEY });
  expect(platform.data!.currentAccount).toEqual({ email: 'platform@gateway-demo.example' });
  expect(platform.data!.identityVerificationSessions.nodes).toHaveLength(5);
  expect(sent()).toEqual(['GET /v1/account -> platform', 'GET /v1/identity/verification_sessions -> platform']);
});

test('asConnectedAccount reads two connected accounts and the platform in one query, each call with its own header, nested loads included', async () => {
  e2e.emulator.control.resetLog();
  const res = await e2e.gql<Json>(
    `{
      rocket: asConnectedAccount(account: "${rocket}") { currentAccount { id } identityVerificationSessions { nodes { metadata } } terminalLocations { nodes { displayName } } }
      kavholm: asConnectedAccount(account: "${kavholm}") { currentAccount { id } identityVerificationSessions { nodes { id } } }
      platform: currentAccount { email }
    }`,
    { key: KEY },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({
    rocket: {
      currentAccount: { id: rocket },
      identityVerificationSessions: { nodes: [{ metadata: { rider: 'r_42' } }] },
      terminalLocations: { nodes: [{ displayName: 'Rocket Rides HQ' }] },
    },
    kavholm: { currentAccount: { id: kavholm }, identityVerificationSessions: { nodes: [] } },
    platform: { email: 'platform@gateway-demo.example' },
  });
  expect(sent()).toEqual(
    [
      `GET /v1/account -> ${rocket}`,
      `GET /v1/identity/verification_sessions -> ${rocket}`,
      `GET /v1/terminal/locations -> ${rocket}`,
      `GET /v1/account -> ${kavholm}`,
      `GET /v1/identity/verification_sessions -> ${kavholm}`,
      'GET /v1/account -> platform',
    ].sort(),
  );
});

test('objects read under asConnectedAccount carry the account to what is loaded below them', async () => {
  // A verification session inside the connected account, with a report only that account can see.
  const session = await e2e.rest<Json>('POST', '/v1/identity/verification_sessions', { key: KEY, params: { type: 'document' }, stripeAccount: kavholm });
  expect(session.status).toBe(200);
  e2e.emulator.control.resetLog();
  const res = await e2e.gql<Json>(
    `{ kavholm: asConnectedAccount(account: "${kavholm}") { identityVerificationSession(id: "${session.body.id}") { id status } identityVerificationSessions { nodes { id verificationReports { nodes { id } } } } } }`,
    { key: KEY },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.kavholm.identityVerificationSession).toEqual({ id: session.body.id, status: 'REQUIRES_INPUT' });
  expect(res.data!.kavholm.identityVerificationSessions.nodes).toEqual([{ id: session.body.id, verificationReports: { nodes: [] } }]);
  expect(sent()).toEqual(
    [
      `GET /v1/identity/verification_sessions/${session.body.id} -> ${kavholm}`,
      `GET /v1/identity/verification_sessions -> ${kavholm}`,
      `GET /v1/identity/verification_reports -> ${kavholm}`,
    ].sort(),
  );
  // The platform cannot see it: the same id without the account is NOT_FOUND.
  const platform = await e2e.gql<Json>(`{ identityVerificationSession(id: "${session.body.id}") { id } }`, { key: KEY });
  expect(platform.errors!.map((x) => x.extensions!.code)).toEqual(['NOT_FOUND']);
});

test('a singleton read under asConnectedAccount (currentAccount) carries the account to its children', async () => {
  e2e.emulator.control.resetLog();
  const res = await e2e.gql<Json>(`{ asConnectedAccount(account: "${kavholm}") { currentAccount { id persons { nodes { id } } } } }`, { key: KEY });
  expect(res.errors).toBeUndefined();
  expect(res.data!.asConnectedAccount.currentAccount.id).toBe(kavholm);
  expect(sent()).toEqual([`GET /v1/account -> ${kavholm}`, `GET /v1/accounts/${kavholm}/persons -> ${kavholm}`].sort());
});

test('asConnectedAccount inside a request that has a Stripe-Account header: the inner account wins below it', async () => {
  e2e.emulator.control.resetLog();
  const res = await e2e.gql<Json>(`{ currentAccount { id } inner: asConnectedAccount(account: "${kavholm}") { currentAccount { id } } }`, {
    key: KEY,
    headers: { 'Stripe-Account': rocket },
  });
  expect(res.data).toEqual({ currentAccount: { id: rocket }, inner: { currentAccount: { id: kavholm } } });
  expect(sent()).toEqual([`GET /v1/account -> ${kavholm}`, `GET /v1/account -> ${rocket}`].sort());
});

test('asConnectedAccount refuses something that is not an account id, before any upstream call', async () => {
  e2e.emulator.control.resetLog();
  const res = await e2e.gql<Json>(`{ asConnectedAccount(account: "cus_123") { currentAccount { id } } }`, { key: KEY });
  expect(res.errors!.map((x) => [x.extensions!.code, x.message])).toEqual([
    ['BAD_USER_INPUT', 'asConnectedAccount needs a connected account id (acct_...), got "cus_123"'],
  ]);
  expect(sent()).toEqual([]);
});

test('mutations act for a connected account through asConnectedAccount too', async () => {
  e2e.emulator.control.resetLog();
  const res = await e2e.gql<Json>(
    `mutation { asConnectedAccount(account: "${rocket}") { createTerminalLocation(input: {displayName: "Rocket Rides Airport", address: {line1: "1 Airport Way", city: "San Francisco", country: "US", postalCode: "94128", state: "CA"}}) { displayName } } }`,
    { key: KEY },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.asConnectedAccount.createTerminalLocation).toEqual({ displayName: 'Rocket Rides Airport' });
  expect(sent()).toEqual([`POST /v1/terminal/locations -> ${rocket}`]);
  const inside = await e2e.rest<{ data: Json[] }>('GET', '/v1/terminal/locations', { key: KEY, stripeAccount: rocket });
  expect(inside.body.data.map((l) => l.display_name).sort()).toEqual(['Rocket Rides Airport', 'Rocket Rides HQ']);
});

describe('two API keys in concurrent requests', () => {
  const KEY_A = 'sk_test_e2e_isolation_a';
  const KEY_B = 'sk_test_e2e_isolation_b';
  const emails = async (key: string): Promise<string[]> => {
    const res = await e2e.gql<Json>('{ accounts(first: 100) { nodes { email } } }', { key });
    expect(res.errors).toBeUndefined();
    return res.data!.accounts.nodes.map((n: Json) => n.email).sort();
  };

  test('an account one key creates is never seen by the other, even in requests running at the same time', async () => {
    const demo = await emails(KEY_B);
    expect(demo).toEqual(['admin@stellartours.example', 'books@pasha.example', 'host@kavholm.example', 'ops@rocketrides.example']);
    const created = await e2e.gql<Json>('mutation { createAccount(input: {type: CUSTOM, email: "only-a@e2e.example"}) { id } }', { key: KEY_A });
    expect(created.errors).toBeUndefined();

    e2e.emulator.control.resetLog();
    const results = await Promise.all([
      emails(KEY_A),
      emails(KEY_B),
      e2e.gql<Json>('mutation { createAccount(input: {type: CUSTOM, email: "also-a@e2e.example"}) { id } }', { key: KEY_A }),
      emails(KEY_B),
      emails(KEY_A),
      emails(KEY_B),
    ]);
    expect(results[0]).toEqual([...demo, 'only-a@e2e.example'].sort());
    for (const b of [results[1], results[3], results[5]]) expect(b).toEqual(demo);
    expect(results[4]).toEqual(expect.arrayContaining([...demo, 'only-a@e2e.example']));
    expect(await emails(KEY_B)).toEqual(demo);
    expect(await emails(KEY_A)).toEqual([...demo, 'also-a@e2e.example', 'only-a@e2e.example'].sort());
    // Each upstream call carried its own request's key (the emulator logs key fingerprints only).
    const byKey = new Map<string, string[]>();
    for (const l of e2e.emulator.control.requestLog()) byKey.set(l.apiKey!, [...(byKey.get(l.apiKey!) ?? []), `${l.method} ${l.path}`]);
    // A: two concurrent reads, the mutation and the last read; B: three concurrent reads and the last one.
    expect([...byKey.values()].map((v) => v.sort()).sort()).toEqual([
      ['GET /v1/accounts', 'GET /v1/accounts', 'GET /v1/accounts', 'GET /v1/accounts'],
      ['GET /v1/accounts', 'GET /v1/accounts', 'GET /v1/accounts', 'POST /v1/accounts'],
    ]);
  });
});
