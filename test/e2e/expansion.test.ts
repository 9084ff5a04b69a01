/**
 * Expansion planning, shown with the emulator's request log: a selection that reaches through an
 * expandable reference is answered by the same upstream request (`expand[]`), not by a second
 * round trip; a selection of the reference's id alone expands nothing.
 */
import { startE2E, type E2E } from './harness';

const KEY = 'sk_test_e2e_expansion';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads of GraphQL JSON

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

/** Runs a query on a fresh log; answers its data and the upstream requests as `METHOD path?query`. */
async function run(query: string): Promise<{ data: Json; requests: string[] }> {
  e2e.emulator.control.resetLog();
  const res = await e2e.gql<Json>(query, { key: KEY });
  expect(res.errors).toBeUndefined();
  const requests = e2e.emulator.control.requestLog().map((e) => `${e.method} ${e.path}${e.query ? `?${decodeURIComponent(e.query)}` : ''}`);
  return { data: res.data!, requests };
}

async function firstId(path: string): Promise<string> {
  const list = await e2e.rest<Json>('GET', path, { key: KEY });
  return list.body.data[0].id as string;
}

test('an identity verification session with its last report: one request, expanded', async () => {
  const sessions = await e2e.rest<Json>('GET', '/v1/identity/verification_sessions', { key: KEY });
  const session = (sessions.body.data as Json[]).find((s) => typeof s.last_verification_report === 'string')!;
  const { data, requests } = await run(`{ identityVerificationSession(id: "${session.id}") { id lastVerificationReport { id type } } }`);
  expect(data.identityVerificationSession.lastVerificationReport.id).toBe(session.last_verification_report);
  expect(requests).toEqual([`GET /v1/identity/verification_sessions/${session.id}?expand[0]=last_verification_report`]);
});

test('only the id of a reference: nothing expanded', async () => {
  const transfer = await firstId('/v1/transfers');
  const { data, requests } = await run(`{ transfer(id: "${transfer}") { id destinationId } }`);
  expect(data.transfer.destinationId).toMatch(/^acct_/);
  expect(requests).toEqual([`GET /v1/transfers/${transfer}`]);
});

test('a list whose items reach through a reference: one request with data.-prefixed expansion', async () => {
  const { data, requests } = await run(`{ transfers(first: 3) { nodes { id destination { id email } } } }`);
  expect((data.transfers.nodes as Json[]).every((t) => typeof t.destination.email === 'string')).toBe(true);
  expect(requests).toEqual(['GET /v1/transfers?limit=3&expand[0]=data.destination']);
});

test('a reference asked for only by id costs nothing beyond the list', async () => {
  const { data, requests } = await run(`{ transfers(first: 3) { nodes { id destination { id __typename } } } }`);
  expect((data.transfers.nodes as Json[]).every((t) => /^acct_/.test(t.destination.id) && t.destination.__typename === 'Account')).toBe(true);
  expect(requests).toEqual(['GET /v1/transfers?limit=3']);
});

test("a relation selected twice under one response key is one request with both selections' expansions", async () => {
  const account = (await e2e.rest<Json>('GET', '/v1/transfers', { key: KEY })).body.data[0].destination as string;
  const { requests } = await run(
    `{ account(id: "${account}") { transfers { nodes { id } } ... on Account { transfers { nodes { destination { email } } } } } }`,
  );
  expect(requests.sort()).toEqual([`GET /v1/accounts/${account}`, `GET /v1/transfers?limit=10&destination=${account}&expand[0]=data.destination`].sort());
});

test('look-ahead leaves out what @skip leaves out', async () => {
  const account = (await e2e.rest<Json>('GET', '/v1/transfers', { key: KEY })).body.data[0].destination as string;
  const { requests } = await run(`{ account(id: "${account}") { id persons @skip(if: true) { nodes { id } } } }`);
  expect(requests).toEqual([`GET /v1/accounts/${account}`]);
});
