/**
 * Batching, shown with the emulator's request log: "10 accounts, each with persons, capabilities
 * and external accounts" costs an exact, known number of upstream requests, and asking for the
 * same objects again in the same query (aliases, a retrieve of a listed object) costs none.
 */
import { startGateway, type RunningGateway } from '../../src/server';
import { gatewayConfigFromEnv } from '../../src/config';
import { startE2E, logLines, type E2E } from './harness';

const KEY = 'sk_test_e2e_batching';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads of GraphQL JSON

const ACCOUNT_TREE = `nodes { id email
  persons { nodes { id firstName } }
  capabilities { nodes { id status } }
  externalAccounts { nodes { __typename ... on BankAccount { id last4 } ... on Card { id last4 } } } }`;

let e2e: E2E;
let naive: RunningGateway;

beforeAll(async () => {
  e2e = await startE2E();
  naive = await startGateway(
    { ...gatewayConfigFromEnv({ LOG_LEVEL: 'warn' }), port: 0, loadersEnabled: false },
    { apiBase: e2e.emulator.url, apiKey: undefined },
  );
  // The demo has 4 connected accounts; 6 more, each with a person, make 10.
  for (let i = 0; i < 6; i++) {
    const account = await e2e.rest<Json>('POST', '/v1/accounts', {
      key: KEY,
      params: { type: 'custom', email: `shop${i}@batch.example`, 'capabilities[transfers][requested]': 'true' },
    });
    expect(account.status).toBe(200);
    const person = await e2e.rest<Json>('POST', `/v1/accounts/${account.body.id}/persons`, { key: KEY, params: { first_name: `Owner${i}` } });
    expect(person.status).toBe(200);
  }
});
afterAll(async () => {
  await naive.close();
  await e2e.close();
});

async function run(query: string): Promise<Json> {
  e2e.emulator.control.resetLog();
  const res = await e2e.gql<Json>(query, { key: KEY });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

function count(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of logLines(e2e.emulator)) {
    const shape = line.replace(/acct_[A-Za-z0-9]+/, '{account}');
    out[shape] = (out[shape] ?? 0) + 1;
  }
  return out;
}

test('10 accounts with persons, capabilities and external accounts: exactly 21 upstream requests', async () => {
  const data = await run(`{ accounts(first: 10) { ${ACCOUNT_TREE} } }`);
  const accounts = data.accounts.nodes as Json[];
  expect(accounts).toHaveLength(10);
  expect(accounts.filter((a) => a.persons.nodes.length > 0)).toHaveLength(10);
  expect(
    accounts
      .find((a) => a.email === 'ops@rocketrides.example')!
      .externalAccounts.nodes.map((x: Json) => x.__typename)
      .sort(),
  ).toEqual(['BankAccount', 'Card']);
  // One list of accounts; per account one persons list and one capabilities list (Stripe has no
  // batch endpoint for children of several parents); external accounts come embedded in each
  // account, so they cost nothing.
  expect(count()).toEqual({
    'GET /v1/accounts': 1,
    'GET /v1/accounts/{account}/persons': 10,
    'GET /v1/accounts/{account}/capabilities': 10,
  });
  expect(e2e.emulator.control.requestLog()).toHaveLength(21);
});

test('the same objects asked for twice in one query (aliases, a retrieve of a listed account) add no request', async () => {
  const first = await run(`{ accounts(first: 10) { nodes { id } } }`);
  const someId = first.accounts.nodes[3].id as string;
  const data = await run(`{
    a: accounts(first: 10) { ${ACCOUNT_TREE} }
    b: accounts(first: 10) { ${ACCOUNT_TREE} }
    one: account(id: "${someId}") { id email persons { nodes { id } } capabilities { nodes { id } } }
    again: account(id: "${someId}") { businessType }
  }`);
  expect(data.b).toEqual(data.a);
  expect(data.one.id).toBe(someId);
  // The two retrieves of one id share one request. It runs alongside the list (root fields
  // resolve at once), so the list's copy is not there yet to save it.
  expect(count()).toEqual({
    'GET /v1/accounts': 1,
    'GET /v1/accounts/{account}': 1,
    'GET /v1/accounts/{account}/persons': 10,
    'GET /v1/accounts/{account}/capabilities': 10,
  });
});

test('an object already listed is not fetched again when reached through another path (capability -> account)', async () => {
  const data = await run(`{ accounts(first: 10) { nodes { id capabilities { nodes { id account { id email } } } } } }`);
  for (const a of data.accounts.nodes as Json[]) for (const c of a.capabilities.nodes as Json[]) expect(c.account.id).toBe(a.id);
  expect(count()).toEqual({
    'GET /v1/accounts': 1,
    'GET /v1/accounts/{account}/capabilities': 10,
  });
});

test('the naive baseline (loaders off) pays for every repetition', async () => {
  e2e.emulator.control.resetLog();
  const res = await fetch(naive.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query: `{ a: accounts(first: 10) { ${ACCOUNT_TREE} } b: accounts(first: 10) { ${ACCOUNT_TREE} } }` }),
  });
  const body = (await res.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(count()).toEqual({
    'GET /v1/accounts': 2,
    'GET /v1/accounts/{account}/persons': 20,
    'GET /v1/accounts/{account}/capabilities': 20,
  });
});
