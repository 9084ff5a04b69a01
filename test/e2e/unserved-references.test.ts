/**
 * A reference to an object this graph does not serve (a customer behind a Financial Connections
 * account holder): the id stays readable, and the object field's error says the limit is the
 * graph's (Stripe can fetch customers; this graph does not). The upstream is a small node:http
 * server on a loopback port that answers one account and refuses everything else.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gatewayConfigFromEnv } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server';

const FCA = { id: 'fca_unserved1', object: 'financial_connections.account', category: 'cash', account_holder: { type: 'customer', customer: 'cus_unserved7' } };

let server: http.Server;
let gateway: RunningGateway;
const seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(`${req.method} ${decodeURIComponent(req.url ?? '')}`);
    const found = (req.url ?? '').split('?')[0] === '/v1/financial_connections/accounts/fca_unserved1';
    res.writeHead(found ? 200 : 404, { 'content-type': 'application/json', 'request-id': 'req_unserved' });
    res.end(JSON.stringify(found ? FCA : { error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such object' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  gateway = await startGateway({ ...gatewayConfigFromEnv({}), port: 0 }, { apiBase });
});

afterAll(async () => {
  await gateway.close();
  await new Promise((resolve) => server.close(resolve));
});

test('accountHolder.customer: the id is there, the object is a clear NOT_LOADABLE naming the graph, and nothing is asked of Stripe for it', async () => {
  const query = '{ financialConnectionsAccount(id: "fca_unserved1") { id accountHolder { type customerId customer { email } } } }';
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk_test_unserved' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data: unknown; errors: Array<{ message: string; path: unknown; extensions: Record<string, unknown> }> };
  expect(body.data).toEqual({
    financialConnectionsAccount: { id: 'fca_unserved1', accountHolder: { type: 'CUSTOMER', customerId: 'cus_unserved7', customer: null } },
  });
  expect(body.errors.map((e) => [e.path, e.message, e.extensions.code, e.extensions.id])).toEqual([
    [
      ['financialConnectionsAccount', 'accountHolder', 'customer'],
      'This graph does not serve Customer objects, so "cus_unserved7" cannot be loaded through it; the id is in customerId',
      'NOT_LOADABLE',
      'cus_unserved7',
    ],
  ]);
  expect(seen.map((line) => line.split('?')[0])).toEqual(['GET /v1/financial_connections/accounts/fca_unserved1']);
});
