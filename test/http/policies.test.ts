/**
 * The pure policies for browser and mobile clients: CORS, trusted documents, compression and
 * introspection, with exact inputs and outputs.
 */
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { parse } from 'graphql';
import { ALLOWED_HEADERS, allowedOrigin, corsHeaders, parseCorsOrigins } from '../../src/http/cors';
import { parseManifest, resolveTrustedDocument, sha256, trustedDocumentsOf, applyTrustedDocuments } from '../../src/http/trusted-documents';
import { chooseEncoding, compressAnswer, compressOnce, REMEMBERED_BYTES, varyWith, worthCompressing } from '../../src/http/compression';
import { defaultIntrospection, introspectionAllowed, isIntrospection } from '../../src/plugins/introspection-policy';

describe('CORS_ORIGINS', () => {
  test('exact origins, trimmed; unset is no CORS at all', () => {
    expect(parseCorsOrigins(' https://app.example.com , http://127.0.0.1:5173 ', 'open')).toEqual({
      origins: ['https://app.example.com', 'http://127.0.0.1:5173'],
      anyOrigin: false,
    });
    expect(parseCorsOrigins(undefined, 'open')).toEqual({ origins: [], anyOrigin: false });
  });
  test('`*` only in open mode, and alone', () => {
    expect(parseCorsOrigins('*', 'open')).toEqual({ origins: [], anyOrigin: true });
    expect(parseCorsOrigins('*', 'jwt')).toBe("CORS_ORIGINS=* is only allowed when GATEWAY_AUTH is open, not jwt; list the web apps' origins");
    expect(parseCorsOrigins('*', 'stripe-key')).toBe("CORS_ORIGINS=* is only allowed when GATEWAY_AUTH is open, not stripe-key; list the web apps' origins");
    expect(parseCorsOrigins('*, https://a.example', 'open')).toBe('CORS_ORIGINS: `*` cannot be combined with other origins');
  });
  test('a path, a trailing slash, a default port or no scheme is not an origin', () => {
    expect(parseCorsOrigins('https://a.example/, https://a.example/app, a.example, https://a.example:443, https://A.example', 'open')).toBe(
      'CORS_ORIGINS must be exact origins like https://app.example.com (scheme, host, optional port; no path or trailing slash), got "https://a.example/", "https://a.example/app", "a.example", "https://a.example:443", "https://A.example"',
    );
  });
  test('the allowed origin is echoed; others and no Origin get none', () => {
    const policy = { origins: ['https://app.example.com'], anyOrigin: false };
    expect(allowedOrigin(policy, 'https://app.example.com')).toBe('https://app.example.com');
    expect(allowedOrigin(policy, 'https://evil.example')).toBeUndefined();
    expect(allowedOrigin(policy, undefined)).toBeUndefined();
    expect(allowedOrigin({ origins: [], anyOrigin: true }, 'https://any.example')).toBe('*');
  });
  test('preflight and request headers', () => {
    const policy = { origins: ['https://app.example.com'], anyOrigin: false };
    expect(corsHeaders(policy, 'https://app.example.com', true)).toEqual({
      'access-control-allow-origin': 'https://app.example.com',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers':
        'authorization, content-type, stripe-account, x-request-id, apollo-require-preflight, apollographql-client-name, apollographql-client-version',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
    expect(corsHeaders(policy, 'https://app.example.com', false)).toEqual({
      'access-control-allow-origin': 'https://app.example.com',
      'access-control-expose-headers': 'x-request-id',
      vary: 'Origin',
    });
    expect(corsHeaders(policy, 'https://evil.example', true)).toEqual({ vary: 'Origin' });
    expect(ALLOWED_HEADERS.split(', ')).toHaveLength(7);
  });
});

describe('trusted documents', () => {
  const read = 'query A { account(id: "acct_1") { id } }';
  const other = 'query B { balance { livemode } }';
  const docs = trustedDocumentsOf([
    [sha256(read), read],
    ['app-v1-b', other],
  ]);

  test('a manifest is an object of id -> document text', () => {
    expect(parseManifest({ abc: read }, 'm.json')).toEqual([['abc', read]]);
    expect(() => parseManifest([read], 'm.json')).toThrow('GATEWAY_TRUSTED_DOCUMENTS: m.json is not a manifest (an object of document id -> document text)');
    expect(() => parseManifest({ abc: 3 }, 'm.json')).toThrow('GATEWAY_TRUSTED_DOCUMENTS: m.json has an entry that is not a non-empty document text: "abc"');
    expect(() =>
      trustedDocumentsOf([
        ['x', read],
        ['x', other],
      ]),
    ).toThrow('GATEWAY_TRUSTED_DOCUMENTS: document id x is given two different documents');
  });

  test('documentId: a known id runs its document, an unknown one is PERSISTED_QUERY_NOT_FOUND', () => {
    expect(resolveTrustedDocument({ documentId: 'app-v1-b', variables: { a: 1 } }, docs, 'only')).toEqual({
      kind: 'run',
      params: { query: other, variables: { a: 1 } },
    });
    expect(resolveTrustedDocument({ documentId: 'nope' }, docs, 'allow')).toEqual({
      kind: 'refuse',
      status: 400,
      code: 'PERSISTED_QUERY_NOT_FOUND',
      message: 'No trusted document has the id "nope"',
    });
    expect(resolveTrustedDocument({ documentId: 'nope' }, undefined, 'allow')).toMatchObject({ kind: 'refuse', code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(resolveTrustedDocument({ documentId: 'app-v1-b', query: other }, docs, 'allow')).toEqual({
      kind: 'refuse',
      status: 400,
      code: 'BAD_REQUEST',
      message: 'Send either `documentId` or `query`, not both',
    });
    expect(resolveTrustedDocument({ documentId: 7 }, docs, 'allow')).toEqual({
      kind: 'refuse',
      status: 400,
      code: 'BAD_REQUEST',
      message: '`documentId` must be a string',
    });
  });

  test("Apollo's persistedQuery hash: a manifest hash runs its document, other extensions kept", () => {
    const params = { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(read) }, other: true } };
    expect(resolveTrustedDocument(params, docs, 'only')).toEqual({ kind: 'run', params: { query: read, extensions: { other: true } } });
  });

  test('allow: anything else is left to Apollo (inline documents, APQ hashes)', () => {
    const apq = { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } };
    expect(resolveTrustedDocument(apq, docs, 'allow')).toEqual({ kind: 'run', params: apq });
    const inline = { query: '{ balance { livemode } }' };
    expect(resolveTrustedDocument(inline, docs, 'allow')).toEqual({ kind: 'run', params: inline });
  });

  test('only: an unknown hash is not found, an inline document runs only when it is a trusted text', () => {
    const apq = { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } };
    expect(resolveTrustedDocument(apq, docs, 'only')).toMatchObject({ kind: 'refuse', code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(resolveTrustedDocument({ ...apq, query: '{ balance { livemode } }' }, docs, 'only')).toEqual({
      kind: 'refuse',
      status: 400,
      code: 'TRUSTED_DOCUMENT_REQUIRED',
      message: 'This gateway runs only trusted documents: send the id of a registered document (documentId or extensions.persistedQuery.sha256Hash)',
    });
    expect(resolveTrustedDocument({ query: other, operationName: 'B' }, docs, 'only')).toEqual({ kind: 'run', params: { query: other, operationName: 'B' } });
    // Nothing to run at all: Apollo answers that with its own 400.
    expect(resolveTrustedDocument({}, docs, 'only')).toEqual({ kind: 'run', params: {} });
  });

  test('GET: the query string is read and rewritten', () => {
    const search = `?documentId=app-v1-b&variables=${encodeURIComponent('{"a":1}')}`;
    expect(applyTrustedDocuments('GET', undefined, search, docs, 'only')).toEqual({
      body: undefined,
      search: `?variables=${encodeURIComponent('{"a":1}')}&query=${encodeURIComponent(other).replace(/%20/g, '+')}`,
    });
    const refused = applyTrustedDocuments('GET', undefined, `?query=${encodeURIComponent('{ balance { livemode } }')}`, docs, 'only');
    expect('refused' in refused && refused.refused.status).toBe(400);
  });
});

describe('compression', () => {
  test('brotli first, then gzip, honouring q=0 and *', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*, br;q=0')).toBe('gzip');
    expect(chooseEncoding('identity')).toBe('identity');
    expect(chooseEncoding('gzip;q=0')).toBe('identity');
    expect(chooseEncoding(undefined)).toBe('identity');
  });
  test('only above the threshold, only when on', () => {
    expect(worthCompressing({ enabled: true, minBytes: 1024 }, 1023)).toBe(false);
    expect(worthCompressing({ enabled: true, minBytes: 1024 }, 1024)).toBe(true);
    expect(worthCompressing({ enabled: false, minBytes: 0 }, 10_000)).toBe(false);
  });
  test('each encoding decodes to exactly the text', async () => {
    const text = JSON.stringify({ data: { accounts: Array.from({ length: 50 }, (_, i) => ({ id: `acct_${i}`, email: `é${i}@example.com` })) } });
    const br = await compressAnswer(text, 'br', { enabled: true, minBytes: 10 });
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body as Buffer).toString('utf8')).toBe(text);
    const gz = await compressAnswer(text, 'gzip', { enabled: true, minBytes: 10 });
    expect(gz.encoding).toBe('gzip');
    expect(gunzipSync(gz.body as Buffer).toString('utf8')).toBe(text);
    expect(await compressAnswer('{"data":{}}', 'br', { enabled: true, minBytes: 12 })).toEqual({ encoding: 'identity', body: '{"data":{}}' });
  });
  test('a large answer that repeats is compressed once per encoding; small ones every time', async () => {
    const large = JSON.stringify({ data: { x: 'y'.repeat(REMEMBERED_BYTES) } });
    const first = await compressOnce(large, 'br');
    expect(await compressOnce(large, 'br')).toBe(first);
    expect(brotliDecompressSync(first).toString('utf8')).toBe(large);
    const gz = await compressOnce(large, 'gzip');
    expect(gz).not.toBe(first);
    expect(gunzipSync(gz).toString('utf8')).toBe(large);
    const small = '{"data":{"a":1}}';
    expect(await compressOnce(small, 'br')).not.toBe(await compressOnce(small, 'br'));
  });
  test('Vary keeps what is there, each name once', () => {
    expect(varyWith('Origin', 'Accept', 'Accept-Encoding')).toBe('Origin, Accept, Accept-Encoding');
    expect(varyWith(undefined, 'Accept')).toBe('Accept');
    expect(varyWith('accept, Origin', 'Accept')).toBe('accept, Origin');
  });
});

describe('introspection policy', () => {
  test('on, off, platform', () => {
    expect(introspectionAllowed('on', undefined)).toBe(true);
    expect(introspectionAllowed('off', 'platform')).toBe(false);
    expect(introspectionAllowed('platform', 'platform')).toBe(true);
    expect(introspectionAllowed('platform', 'app')).toBe(false);
    expect(introspectionAllowed('platform', undefined)).toBe(false);
  });
  test('default: on for open gateways and the demo, platform with JWT callers', () => {
    expect(defaultIntrospection('open', false)).toBe('on');
    expect(defaultIntrospection('jwt', true)).toBe('on');
    expect(defaultIntrospection('jwt', false)).toBe('platform');
    expect(defaultIntrospection('stripe-key', false)).toBe('on');
  });
  test('what counts as introspection', () => {
    expect(isIntrospection(parse('{ __schema { types { name } } }'))).toBe(true);
    expect(isIntrospection(parse('query { ...F } fragment F on Query { __type(name: "Account") { name } }'))).toBe(true);
    expect(isIntrospection(parse('{ account(id: "a") { __typename id } }'))).toBe(false);
  });
});
test('no CORS_ORIGINS: no CORS header, not even Vary', () => {
  expect(corsHeaders({ origins: [], anyOrigin: false }, 'https://app.example.com', true)).toEqual({});
});
test('an unknown id that is a pasted key is not echoed', () => {
  const refused = resolveTrustedDocument({ documentId: 'sk_live_51Habcdefghijklmnop' }, undefined, 'only');
  expect(refused).toEqual({ kind: 'refuse', status: 400, code: 'PERSISTED_QUERY_NOT_FOUND', message: 'No trusted document has the id "sk_live_[REDACTED]"' });
});
