/**
 * What the gateway sends upstream, seen by a stand-in Stripe (node:http): the pinned
 * `Stripe-Version` (the preview flag appended for preview resources), the override from
 * STRIPE_API_VERSION, the request's key and `Stripe-Account`, and the gateway's User-Agent.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gatewayConfigFromEnv } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server';
import { closeAllPools } from '../../src/datasources/client';
import { loadMetadata } from '../../src/metadata/load';

const { metadata } = loadMetadata();
let server: http.Server;
let pinned: RunningGateway;
let overridden: RunningGateway;
const seen: Array<{ path: string; headers: http.IncomingHttpHeaders }> = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    seen.push({ path, headers: req.headers });
    const object = path.startsWith('/v1/crypto/') ? 'crypto.onramp_session' : 'account';
    res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_headers' });
    res.end(JSON.stringify({ id: path.split('/').pop(), object }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  pinned = await startGateway({ ...gatewayConfigFromEnv({ LOG_LEVEL: 'warn' }), port: 0 }, { apiBase, apiKey: undefined });
  overridden = await startGateway(
    { ...gatewayConfigFromEnv({ STRIPE_API_VERSION: '2099-01-01.test', LOG_LEVEL: 'warn' }), port: 0 },
    { apiBase, apiKey: undefined },
  );
});

afterAll(async () => {
  await pinned.close();
  await overridden.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await closeAllPools();
});

async function ask(gateway: RunningGateway, query: string, headers: Record<string, string>): Promise<http.IncomingHttpHeaders> {
  seen.length = 0;
  const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
  expect(seen).toHaveLength(1);
  return seen[0]!.headers;
}

test('the pinned version, the key, the connected account and the User-Agent arrive', async () => {
  const headers = await ask(pinned, '{ account(id: "acct_1H") { id } }', { authorization: 'Bearer sk_test_headers', 'stripe-account': 'acct_1Connected' });
  expect(headers['stripe-version']).toBe(metadata.apiVersion);
  expect(headers.authorization).toBe('Bearer sk_test_headers');
  expect(headers['stripe-account']).toBe('acct_1Connected');
  expect(headers['user-agent']).toMatch(/^stripe-graph-gateway\/\d+\.\d+\.\d+$/);
});

test('a preview resource appends its preview flag to the version', async () => {
  const headers = await ask(pinned, '{ cryptoOnrampSession(id: "cos_1H") { id } }', { authorization: 'Bearer sk_test_headers' });
  const preview = metadata.resources.CryptoOnrampSession!.endpoints.find((e) => e.kind === 'retrieve')!.previewVersion;
  expect(headers['stripe-version']).toBe(`${metadata.apiVersion}; ${preview}`);
});

test('STRIPE_API_VERSION overrides the pinned version', async () => {
  const headers = await ask(overridden, '{ account(id: "acct_1H") { id } }', { authorization: 'Bearer sk_test_headers' });
  expect(headers['stripe-version']).toBe('2099-01-01.test');
  expect(headers['stripe-account']).toBeUndefined();
});
