/**
 * An expansion Stripe answers with a bare id (an older API version, a missing permission, a
 * property the key may not expand) is loaded by id, at every depth, in a retrieve and in a
 * list. The upstream is a small node:http server the test starts on a loopback port: it
 * ignores `expand[]` on purpose, which the emulator never does.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gatewayConfigFromEnv } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server';
import { startE2E, type E2E } from './harness';

const CHARGE = { id: 'ch_bare1', object: 'charge', amount: 500, transfer_data: { amount: null, destination: 'acct_bare9' } };
const REVIEW = { id: 'prv_bare1', object: 'review', charge: 'ch_bare1', open: true, reason: 'rule' };
const ACCOUNT = { id: 'acct_bare9', object: 'account', charges_enabled: true };

const answers: Record<string, unknown> = {
  '/v1/reviews/prv_bare1': REVIEW,
  '/v1/reviews': { object: 'list', has_more: false, url: '/v1/reviews', data: [REVIEW] },
  '/v1/charges/ch_bare1': CHARGE,
  '/v1/accounts/acct_bare9': ACCOUNT,
};

let server: http.Server;
let gateway: RunningGateway;
const seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(`${req.method} ${decodeURIComponent(req.url ?? '')}`);
    const body = answers[(req.url ?? '').split('?')[0]!];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json', 'request-id': 'req_bare' });
    res.end(JSON.stringify(body ?? { error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such object' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  gateway = await startGateway({ ...gatewayConfigFromEnv({}), port: 0 }, { apiBase });
});

afterAll(async () => {
  await gateway.close();
  await new Promise((resolve) => server.close(resolve));
});

async function gql(query: string): Promise<{ data?: unknown; errors?: unknown }> {
  seen.length = 0;
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk_test_bare' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: unknown; errors?: unknown };
}

const selection = 'id charge { id amount transferData { destination { id chargesEnabled } } }';
const expected = { id: 'prv_bare1', charge: { id: 'ch_bare1', amount: 500, transferData: { destination: { id: 'acct_bare9', chargesEnabled: true } } } };

test('a retrieve whose expansions come back as ids: each level is loaded by id', async () => {
  expect(await gql(`{ review(id: "prv_bare1") { ${selection} } }`)).toEqual({ data: { review: expected } });
  expect(seen).toEqual([
    'GET /v1/reviews/prv_bare1?expand[0]=charge&expand[1]=charge.transfer_data.destination',
    'GET /v1/charges/ch_bare1?expand[0]=transfer_data.destination',
    'GET /v1/accounts/acct_bare9',
  ]);
});

test('a list whose item expansions come back as ids: the same', async () => {
  expect(await gql(`{ reviews(first: 1) { nodes { ${selection} } } }`)).toEqual({ data: { reviews: { nodes: [expected] } } });
  expect(seen).toEqual([
    'GET /v1/reviews?limit=1&expand[0]=data.charge&expand[1]=data.charge.transfer_data.destination',
    'GET /v1/charges/ch_bare1?expand[0]=transfer_data.destination',
    'GET /v1/accounts/acct_bare9',
  ]);
});

describe('the same selection against the emulator, which expands as Stripe does', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e.close();
  });

  test('one request; the destination is the demo account the charge pays', async () => {
    const key = 'sk_test_e2e_review_chain';
    const review = (await e2e.rest<{ data: Array<{ id: string; charge: string | null }> }>('GET', '/v1/reviews', { key })).body.data.find(
      (r) => r.charge !== null,
    )!;
    const charge = (await e2e.rest<{ transfer_data: { destination: string } }>('GET', `/v1/charges/${review.charge}`, { key })).body;
    e2e.emulator.control.resetLog();
    const res = await e2e.gql(`{ review(id: "${review.id}") { ${selection} } }`, { key });
    expect(res.data).toEqual({
      review: {
        id: review.id,
        charge: { id: review.charge, amount: 8900, transferData: { destination: { id: charge.transfer_data.destination, chargesEnabled: true } } },
      },
    });
    expect(e2e.emulator.control.requestLog().map((e) => `${e.method} ${e.path}?${decodeURIComponent(e.query)}`)).toEqual([
      `GET /v1/reviews/${review.id}?expand[0]=charge&expand[1]=charge.transfer_data.destination`,
    ]);
  });
});
