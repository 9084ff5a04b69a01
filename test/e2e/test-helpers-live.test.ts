/**
 * Test helpers are refused with FORBIDDEN for live keys, before any upstream request: a caller's
 * own `sk_live_`/`rk_live_` key, or the gateway's live key lent to a JWT caller. The upstream is
 * a small node:http server on a loopback port that counts what reaches it and answers every
 * request with one issuing card, so a request that does get through is counted and succeeds.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gatewayConfigFromEnv } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server';
import { hsToken, SECRET } from './auth-helpers';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const CARD = { id: 'ic_live1', object: 'issuing.card' };
const FORBIDDEN_MESSAGE = 'Test helpers simulate test-mode events and cannot run with a live-mode key (testHelperShipIssuingCard); use a test-mode key';
const SHIP = 'mutation { testHelperShipIssuingCard(id: "ic_live1") { id } }';

let server: http.Server;
let apiBase: string;
const seen: string[] = [];
const gateways: RunningGateway[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(`${req.method} ${(req.url ?? '').split('?')[0]}`);
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_live' });
    res.end(JSON.stringify(CARD));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => {
  seen.length = 0;
});
afterAll(async () => {
  for (const g of gateways) await g.close();
  await new Promise((resolve) => server.close(resolve));
});

async function gateway(env: Record<string, string>, apiKey?: string): Promise<RunningGateway> {
  const g = await startGateway(
    { ...gatewayConfigFromEnv({ STRIPE_API_BASE: apiBase, LOG_LEVEL: 'warn', ...env }), port: 0 },
    { apiBase, ...(apiKey ? { apiKey } : {}) },
  );
  gateways.push(g);
  return g;
}

async function post(
  g: RunningGateway,
  query: string,
  bearer: string,
): Promise<{ status: number; body: { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> }; text: string }> {
  const res = await fetch(g.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text), text };
}

describe('callers with their own key (GATEWAY_AUTH=stripe-key)', () => {
  let g: RunningGateway;
  beforeAll(async () => {
    g = await gateway({ GATEWAY_AUTH: 'stripe-key' });
  });

  test.each(['sk_live_abc123', 'rk_live_abc123'])('%s: FORBIDDEN, 403, no upstream request, the key nowhere in the answer', async (key) => {
    const res = await post(g, SHIP, key);
    expect(res.status).toBe(403);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.map((e) => [e.extensions.code, e.message])).toEqual([['FORBIDDEN', FORBIDDEN_MESSAGE]]);
    expect(res.text).not.toContain(key);
    expect(seen).toEqual([]);
  });

  test('a live key: the whole operation is refused, a mutation beside the helper included', async () => {
    const res = await post(
      g,
      'mutation { a: updateIssuingCard(id: "ic_live1") { id } b: testHelperShipIssuingCard(id: "ic_live1") { id } c: asConnectedAccount(account: "acct_1") { testHelperDeliverIssuingCard(id: "ic_live1") { id } } }',
      'sk_live_abc123',
    );
    expect(res.body.errors?.map((e) => [e.extensions.code, e.message])).toEqual([
      [
        'FORBIDDEN',
        'Test helpers simulate test-mode events and cannot run with a live-mode key (testHelperShipIssuingCard, testHelperDeliverIssuingCard); use a test-mode key',
      ],
    ]);
    expect(seen).toEqual([]);
  });

  test('a live key may still do what is not a test helper; a test key may run the helper (one upstream request each)', async () => {
    const live = await post(g, 'mutation { updateIssuingCard(id: "ic_live1") { id } }', 'sk_live_abc123');
    expect(live.body).toEqual({ data: { updateIssuingCard: { id: 'ic_live1' } }, extensions: expect.any(Object) });
    const test = await post(g, SHIP, 'sk_test_abc123');
    expect(test.body.errors).toBeUndefined();
    expect(test.body.data).toEqual({ testHelperShipIssuingCard: { id: 'ic_live1' } });
    expect(seen).toEqual(['POST /v1/issuing/cards/ic_live1', 'POST /v1/test_helpers/issuing/cards/ic_live1/shipping/ship']);
  });
});

test("a JWT caller on the gateway's live key: FORBIDDEN, no upstream request", async () => {
  const liveKey = 'sk_live_gateway123';
  const g = await gateway({ GATEWAY_AUTH: 'jwt', GATEWAY_JWT_SECRET: SECRET, STRIPE_API_KEY: liveKey }, liveKey);
  const token = await hsToken({ claims: { sub: 'frontend-1', gateway_role: 'platform', scope: 'read write' } });
  const res = await post(g, SHIP, token);
  expect(res.body.errors?.map((e) => [e.extensions.code, e.message])).toEqual([['FORBIDDEN', FORBIDDEN_MESSAGE]]);
  expect(res.text).not.toContain(liveKey);
  expect(seen).toEqual([]);
});

test('over the WebSocket endpoint: queries and mutations are refused there (BAD_REQUEST), no upstream request', async () => {
  const g = await gateway({ GATEWAY_AUTH: 'stripe-key' });
  const client = createClient({
    url: g.url.replace('http:', 'ws:'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: 'Bearer sk_test_ws123' },
  });
  try {
    for (const query of [SHIP, '{ issuingCard(id: "ic_live1") { id } }']) {
      const refused = await new Promise<unknown>((resolve) => {
        client.subscribe({ query }, { next: () => resolve('answered'), error: resolve, complete: () => resolve('completed') });
      });
      expect((refused as Array<{ message: string; extensions: { code: string } }>).map((e) => [e.extensions.code, e.message])).toEqual([
        ['BAD_REQUEST', 'Only subscriptions run over WebSocket: send queries and mutations as an HTTP POST'],
      ]);
    }
    expect(seen).toEqual([]);
  } finally {
    await client.dispose();
  }
});
