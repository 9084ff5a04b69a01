/**
 * Browser and mobile clients against the real gateway and emulator, over HTTP: CORS preflights
 * and answers, Apollo's CSRF prevention behind them, trusted documents by id, automatic
 * persisted queries, the introspection policy, and compressed answers. "0 upstream requests" is
 * read from the emulator's own request log.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request as undiciRequest } from 'undici';
import { closeAllPools } from '../../src/datasources/client';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { gatewayConfigFromEnv } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server';
import { sha256 } from '../../src/http/trusted-documents';

const KEY = 'sk_test_clients_policies';
const APP = 'http://127.0.0.1:5173';
/** A demo connected account every emulator platform starts with. */
const BALANCE = 'query Rocket { account(id: "acct_1QTKu5QaZd2") { id businessProfile { name } } }';
const ROCKET = { data: { account: { id: 'acct_1QTKu5QaZd2', businessProfile: { name: 'Rocket Rides' } } } };
const ACCOUNTS = 'query Accounts { accounts(first: 3) { nodes { id } } }';

let emulator: RunningEmulator;
const gateways: RunningGateway[] = [];
let manifestDir: string;

async function gateway(env: NodeJS.ProcessEnv): Promise<RunningGateway> {
  const started = await startGateway({ ...gatewayConfigFromEnv({ LOG_LEVEL: 'warn', ...env }), port: 0 }, { apiBase: emulator.url, apiKey: undefined });
  gateways.push(started);
  return started;
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  manifestDir = mkdtempSync(join(tmpdir(), 'trusted-documents-'));
  writeFileSync(join(manifestDir, 'app.json'), JSON.stringify({ [sha256(BALANCE)]: BALANCE }));
  writeFileSync(join(manifestDir, 'other-app.json'), JSON.stringify({ 'accounts-v1': ACCOUNTS }));
});

afterAll(async () => {
  for (const g of gateways) await g.close();
  await emulator.close();
  await closeAllPools();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await undiciRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.statusCode, headers: response.headers, json: (await response.body.json()) as Answer['json'] };
}

function upstreamRequests(): number {
  return emulator.control.requestLog().length;
}

describe('CORS', () => {
  let g: RunningGateway;
  beforeAll(async () => {
    g = await gateway({ CORS_ORIGINS: `${APP}, https://app.example.com` });
  });

  test('a preflight from a listed origin: 204, methods, headers, max-age, Vary: Origin', async () => {
    const response = await undiciRequest(g.url, {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    await response.body.dump();
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(APP);
    expect(response.headers['access-control-allow-methods']).toBe('GET, POST, OPTIONS');
    expect(response.headers['access-control-allow-headers']).toBe(
      'authorization, content-type, stripe-account, x-request-id, apollo-require-preflight, apollographql-client-name, apollographql-client-version',
    );
    expect(response.headers['access-control-max-age']).toBe('600');
    expect(response.headers.vary).toBe('Origin');
  });

  test('a preflight from another origin gets no CORS header', async () => {
    const response = await undiciRequest(g.url, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:6666', 'access-control-request-method': 'POST' } });
    await response.body.dump();
    expect(response.statusCode).toBe(204);
    expect(Object.keys(response.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect(response.headers.vary).toBe('Origin');
  });

  test('an answer to a listed origin names it, and Vary keeps Origin, Accept and Accept-Encoding', async () => {
    const answer = await post(g.url, { query: BALANCE }, { origin: APP });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual(ROCKET);
    expect(answer.headers['access-control-allow-origin']).toBe(APP);
    expect(answer.headers['access-control-expose-headers']).toBe('x-request-id');
    expect(answer.headers.vary).toBe('Origin, Accept, Accept-Encoding');
    const other = await post(g.url, { query: BALANCE }, { origin: 'https://evil.example' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  test("Apollo's CSRF prevention stays on: a simple text/plain POST from a listed origin is refused", async () => {
    const before = upstreamRequests();
    const answer = await post(g.url, { query: BALANCE }, { origin: APP, 'content-type': 'text/plain' });
    expect(answer.status).toBe(400);
    expect(upstreamRequests()).toBe(before);
  });

  test('`*` (open mode, the demo): any origin may read answers', async () => {
    const open = await gateway({ CORS_ORIGINS: '*' });
    const answer = await post(open.url, { query: BALANCE }, { origin: 'https://anywhere.example' });
    expect(answer.json).toEqual(ROCKET);
    expect(answer.headers['access-control-allow-origin']).toBe('*');
  });

  test('no CORS_ORIGINS: no CORS headers at all', async () => {
    const plain = await gateway({});
    const answer = await post(plain.url, { query: BALANCE }, { origin: APP });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('trusted documents and persisted queries', () => {
  let allow: RunningGateway;
  let only: RunningGateway;
  beforeAll(async () => {
    allow = await gateway({ GATEWAY_TRUSTED_DOCUMENTS: manifestDir });
    only = await gateway({ GATEWAY_TRUSTED_DOCUMENTS: manifestDir, GATEWAY_TRUSTED_DOCUMENTS_MODE: 'only' });
  });

  test('a persisted document runs by documentId and by Apollo sha256Hash, from every manifest of the folder', async () => {
    expect((await post(only.url, { documentId: sha256(BALANCE) })).json).toEqual(ROCKET);
    const byHash = await post(only.url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(BALANCE) } } });
    expect(byHash.json).toEqual(ROCKET);
    const accounts = await post(only.url, { documentId: 'accounts-v1' });
    expect(accounts.status).toBe(200);
    expect((accounts.json.data as { accounts: { nodes: unknown[] } }).accounts.nodes).toHaveLength(3);
  });

  test('an unknown id is PERSISTED_QUERY_NOT_FOUND', async () => {
    for (const url of [only.url, allow.url]) {
      const answer = await post(url, { documentId: 'no-such-document' }, { 'x-request-id': 'unknown-document' });
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({
        errors: [
          { message: 'No trusted document has the id "no-such-document"', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', requestId: 'unknown-document' } },
        ],
      });
    }
  });

  test('only: an inline document is refused with TRUSTED_DOCUMENT_REQUIRED and 0 upstream requests', async () => {
    emulator.control.resetLog();
    const answer = await post(only.url, { query: '{ accounts(first: 1) { nodes { id } } }' });
    expect(answer.status).toBe(400);
    expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    // APQ registration is no way around it either.
    const q = '{ accounts(first: 2) { nodes { id } } }';
    const register = await post(only.url, { query: q, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(q) } } });
    expect(register.json.errors?.map((e) => e.extensions?.code)).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    expect(upstreamRequests()).toBe(0);
    // The exact text of a trusted document is that document.
    expect((await post(only.url, { query: BALANCE })).json).toEqual(ROCKET);
  });

  test('allow: inline documents run, and APQ registers a document then runs it by hash', async () => {
    const q = '{ accounts(first: 1) { nodes { id } } }';
    const hash = { persistedQuery: { version: 1, sha256Hash: sha256(q) } };
    const first = await post(allow.url, { extensions: hash });
    expect(first.status).toBe(200);
    expect(first.json.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const registered = await post(allow.url, { query: q, extensions: hash });
    expect(registered.json.errors).toBeUndefined();
    const again = await post(allow.url, { extensions: hash });
    expect(again.json).toEqual(registered.json);
    expect((await post(allow.url, { query: BALANCE })).json).toEqual(ROCKET);
  });

  test('APQ off (GATEWAY_APQ_CACHE_BYTES=0): a hash gets PERSISTED_QUERY_NOT_SUPPORTED', async () => {
    const off = await gateway({ GATEWAY_APQ_CACHE_BYTES: '0' });
    const answer = await post(off.url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ a }') } } });
    expect(answer.json.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
  });
});

describe('GATEWAY_INTROSPECTION', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';
  test.each([
    ['on', 200, { data: { __schema: { queryType: { name: 'Query' } } } }],
    [
      'off',
      403,
      { errors: [{ message: 'Introspection is turned off on this gateway', extensions: { code: 'INTROSPECTION_DISABLED', requestId: expect.any(String) } }] },
    ],
    // This gateway is in open mode, where every caller acts for the platform (jwt mode: test/e2e/auth.test.ts).
    ['platform', 200, { data: { __schema: { queryType: { name: 'Query' } } } }],
  ])('%s', async (mode, status, body) => {
    const g = await gateway({ GATEWAY_INTROSPECTION: mode });
    const answer = await post(g.url, { query: INTROSPECT });
    expect(answer.status).toBe(status);
    expect(answer.json).toEqual(body);
    // Ordinary operations, __typename included, are not introspection.
    expect((await post(g.url, { query: '{ account(id: "acct_1QTKu5QaZd2") { __typename id } }' })).json).toEqual({
      data: { account: { __typename: 'Account', id: 'acct_1QTKu5QaZd2' } },
    });
  });
});

describe('compressed answers', () => {
  const NESTED =
    '{ accounts(first: 20) { nodes { id email businessProfile { name url } capabilities { nodes { id status } } persons(first: 5) { nodes { id firstName lastName } } } } }';

  async function raw(url: string, acceptEncoding: string | undefined): Promise<{ headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
    const response = await undiciRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
      body: JSON.stringify({ query: NESTED }),
    });
    return { headers: response.headers, bytes: Buffer.from(await response.body.arrayBuffer()) };
  }

  test('brotli and gzip answers decode to exactly the uncompressed answer', async () => {
    const g = await gateway({});
    const plain = await raw(g.url, undefined);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept, Accept-Encoding');
    expect(plain.bytes.length).toBeGreaterThan(1024);
    const br = await raw(g.url, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept, Accept-Encoding');
    expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
    expect(br.bytes.length).toBeLessThan(plain.bytes.length);
    const gz = await raw(g.url, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.bytes).equals(plain.bytes)).toBe(true);
    // Every answer says its length (no chunked framing) and is never stored by a cache.
    for (const answer of [plain, br, gz]) {
      expect(answer.headers['content-length']).toBe(String(answer.bytes.length));
      expect(answer.headers['transfer-encoding']).toBeUndefined();
      expect(answer.headers['cache-control']).toBe('no-store');
    }
  });

  test('a small answer, or GATEWAY_COMPRESSION=off, goes uncompressed', async () => {
    const off = await gateway({ GATEWAY_COMPRESSION: 'off' });
    expect((await raw(off.url, 'br')).headers['content-encoding']).toBeUndefined();
    const g = await gateway({});
    const small = await post(g.url, { query: BALANCE }, { 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});
