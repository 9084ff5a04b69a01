/**
 * Look-ahead, shown without timing: a stand-in Stripe (node:http) holds its answer for
 * `GET /v1/accounts/{id}` until it has also received the request for that account's persons.
 * A gateway that waited for the account before asking for its persons would never get the
 * account (the stand-in gives up after a while with a 500), so the query only succeeds when
 * both requests are in flight at once: one round trip instead of two.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gatewayConfigFromEnv } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server';
import { closeAllPools } from '../../src/datasources/client';

const ACCOUNT = 'acct_1LookAhead';
let server: http.Server;
let gateway: RunningGateway;
const received: string[] = [];
let personsArrived: () => void;
const personsSeen = new Promise<void>((resolve) => (personsArrived = resolve));

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_lookahead' });
  res.end(JSON.stringify(body));
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    received.push(`${req.method} ${path}`);
    if (path === `/v1/accounts/${ACCOUNT}/persons`) {
      personsArrived();
      json(res, 200, { object: 'list', url: path, has_more: false, data: [{ id: 'person_1', object: 'person', first_name: 'Ada' }] });
    } else if (path === `/v1/accounts/${ACCOUNT}`) {
      const giveUp = setTimeout(() => json(res, 500, { error: { type: 'api_error', message: 'persons were never asked for alongside the account' } }), 3000);
      void personsSeen.then(() => {
        clearTimeout(giveUp);
        json(res, 200, { id: ACCOUNT, object: 'account', email: 'ada@lookahead.example' });
      });
    } else {
      json(res, 404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such route ${path}` } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  gateway = await startGateway(
    { ...gatewayConfigFromEnv({ LOG_LEVEL: 'warn' }), port: 0, dataSource: { ...gatewayConfigFromEnv({}).dataSource, maxRetries: 0 } },
    {
      apiBase: `http://127.0.0.1:${port}`,
      apiKey: 'sk_test_lookahead',
    },
  );
});

afterAll(async () => {
  await gateway.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await closeAllPools();
});

test('an account by id and its persons are requested together', async () => {
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ account(id: "${ACCOUNT}") { id email persons { nodes { id firstName } } } }` }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  expect(body).toEqual({ data: { account: { id: ACCOUNT, email: 'ada@lookahead.example', persons: { nodes: [{ id: 'person_1', firstName: 'Ada' }] } } } });
  expect(received.sort()).toEqual([`GET /v1/accounts/${ACCOUNT}`, `GET /v1/accounts/${ACCOUNT}/persons`]);
});
