/**
 * `playgroundHandler` behind a real `node:http` server, spoken to over real HTTP with
 * `node:http` requests (so paths are sent byte for byte, unnormalised, and no encoding is
 * negotiated unless a test asks for it).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { CONTENT_SECURITY_POLICY, playgroundHandler } from '../../src/playground';
import type { PlaygroundExample, PlaygroundOptions } from '../../src/playground';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

/** The status the test server answers with when the handler says a request is not its own. */
const FELL_THROUGH = 418;

const examples: PlaygroundExample[] = [
  { name: 'Create an account', query: 'mutation CreateAccount {\n  createAccount { id }\n}\n' },
  {
    name: 'Read an account',
    query: 'query ReadAccount($id: ID!) {\n  account(id: $id) { id }\n}\n',
    variables: '{"id": "acct_123"}',
  },
  // Text that would close the config's <script> element if it were not escaped.
  { name: 'Hostile </script><script>alert(1)</script>', query: '# </script><!-- & \u2028\n{ __typename }' },
];

interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let server: Server;
let port: number;

function startServer(options: PlaygroundOptions): Promise<Server> {
  const handler = playgroundHandler(options);
  const started = createServer((req, res) => {
    if (handler(req, res)) return;
    res.writeHead(FELL_THROUGH, { 'content-type': 'text/plain' });
    res.end('not the playground');
  });
  return new Promise((resolve) => started.listen(0, '127.0.0.1', () => resolve(started)));
}

function send(method: string, path: string, headers: Record<string, string> = {}, onPort = port): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: onPort, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{"query":"{ __typename }"}' : undefined);
  });
}

const get = (path: string, headers: Record<string, string> = {}) => send('GET', path, headers);

/** Every asset URL the page references, in order. */
function assetUrls(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1] ?? '');
}

/** The configuration the page hands to its script. */
function pageConfig(html: string): unknown {
  const match = /<script id="pg-config" type="application\/json">([^<]*)<\/script>/.exec(html);
  if (match === null) throw new Error('no config in the page');
  return JSON.parse(match[1] ?? '');
}

function sha16(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}

const root = join(__dirname, '..', '..');
const EXPECTED_ASSETS: Array<[string, string, string]> = [
  ['react.production.min.js', 'node_modules/react/umd/react.production.min.js', 'text/javascript; charset=utf-8'],
  ['react-dom.production.min.js', 'node_modules/react-dom/umd/react-dom.production.min.js', 'text/javascript; charset=utf-8'],
  ['graphiql.min.js', 'node_modules/graphiql/graphiql.min.js', 'text/javascript; charset=utf-8'],
  ['graphiql.min.css', 'node_modules/graphiql/graphiql.min.css', 'text/css; charset=utf-8'],
  ['graphql-ws.min.js', 'node_modules/graphql-ws/umd/graphql-ws.min.js', 'text/javascript; charset=utf-8'],
  ['playground.js', 'src/playground/browser/playground.js', 'text/javascript; charset=utf-8'],
  ['playground.css', 'src/playground/browser/playground.css', 'text/css; charset=utf-8'],
];

beforeAll(async () => {
  server = await startServer({ endpoint: '/graphql', embeddedMode: false, examples });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('the page', () => {
  test('a browser opening the endpoint gets the page, with its security headers', async () => {
    const res = await get('/graphql', { accept: BROWSER_ACCEPT });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers.vary).toBe('Accept');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    const html = res.body.toString('utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<main id="graphiql" class="pg-graphiql">');
    expect(pageConfig(html)).toEqual({ endpoint: '/graphql', embeddedMode: false, examples });
  });

  test('the policy allows nothing but this origin (and data: for fonts and images)', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  test('the root is the same page, for GET and HEAD', async () => {
    const fromEndpoint = await get('/graphql', { accept: BROWSER_ACCEPT });
    const fromRoot = await get('/');
    expect(fromRoot.status).toBe(200);
    expect(fromRoot.body.equals(fromEndpoint.body)).toBe(true);
    const head = await send('HEAD', '/');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(fromEndpoint.body.length);
  });

  test('outside embedded mode the page has the key field; in embedded mode it has none', async () => {
    const keyed = (await get('/')).body.toString('utf8');
    expect(keyed).toContain('<input id="pg-key" class="pg-key" type="password" autocomplete="off"');
    expect(keyed).not.toContain('id="pg-mode"');

    const embedded = await startServer({ endpoint: '/api/graphql', embeddedMode: true, examples: [] });
    try {
      const embeddedPort = (embedded.address() as AddressInfo).port;
      const res = await send('GET', '/api/graphql', { accept: BROWSER_ACCEPT }, embeddedPort);
      const html = res.body.toString('utf8');
      expect(html).not.toContain('pg-key');
      expect(html).toContain('<span class="pg-mode" id="pg-mode">Embedded emulator: no Stripe key needed</span>');
      expect(pageConfig(html)).toEqual({ endpoint: '/api/graphql', embeddedMode: true, examples: [] });
      expect((await send('GET', '/graphql', { accept: BROWSER_ACCEPT }, embeddedPort)).status).toBe(FELL_THROUGH);
    } finally {
      await new Promise((resolve) => embedded.close(resolve));
    }
  });

  test('nothing from the request is written into the page: a key sent along is not echoed', async () => {
    const plain = await get('/graphql', { accept: BROWSER_ACCEPT });
    const withSecrets = await get('/graphql?key=sk_test_fromquery&authorization=sk_test_q2', {
      accept: BROWSER_ACCEPT,
      authorization: 'Bearer sk_test_fromheader',
      cookie: 'key=sk_test_fromcookie',
    });
    expect(withSecrets.status).toBe(200);
    expect(withSecrets.body.equals(plain.body)).toBe(true);
    expect(withSecrets.body.toString('utf8')).not.toMatch(/sk_test_from|sk_test_q2/);
  });

  test('example text cannot break out of the config script element', async () => {
    const html = (await get('/')).body.toString('utf8');
    // Five asset scripts and the config: exactly six elements, each closed once.
    expect(html.match(/<script/g)).toHaveLength(6);
    expect(html.match(/<\/script>/g)).toHaveLength(6);
    expect(html).not.toContain('<!--');
    expect(pageConfig(html)).toEqual({ endpoint: '/graphql', embeddedMode: false, examples });
  });

  test('the page loads only its own assets, each with the current version', async () => {
    const html = (await get('/')).body.toString('utf8');
    const expected = [
      'data:,',
      ...[
        'graphiql.min.css',
        'playground.css',
        'react.production.min.js',
        'react-dom.production.min.js',
        'graphiql.min.js',
        'graphql-ws.min.js',
        'playground.js',
      ].map((name) => {
        const file = EXPECTED_ASSETS.find(([asset]) => asset === name)?.[1] ?? '';
        return `/playground/assets/${name}?v=${sha16(readFileSync(join(root, file)))}`;
      }),
    ];
    expect(assetUrls(html)).toEqual(expected);
  });

  test('no URL to another host in the page, our script or our stylesheet', async () => {
    const html = (await get('/')).body.toString('utf8');
    const script = (await get('/playground/assets/playground.js')).body.toString('utf8');
    const style = (await get('/playground/assets/playground.css')).body.toString('utf8');
    const external = (text: string) =>
      [...text.matchAll(/(?:https?:)?\/\/([a-z0-9.-]+)/gi)].map((match) => match[1] ?? '').filter((host) => host !== 'localhost' && host !== '127.0.0.1');
    expect(external(html)).toEqual([]);
    expect(external(style)).toEqual([]);
    // `//` also starts comments in JavaScript; only real URLs count there.
    expect([...script.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1])).toEqual([]);
    expect(script).not.toMatch(/['"`]\/\/[a-z]/i);
  });
});

describe('assets', () => {
  test.each(EXPECTED_ASSETS)('%s is served from %s as %s', async (name, file, contentType) => {
    const onDisk = readFileSync(join(root, file));
    const res = await get(`/playground/assets/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(contentType);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers.etag).toBe(`"${sha16(onDisk)}"`);
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(Number(res.headers['content-length'])).toBe(onDisk.length);
    expect(res.body.equals(onDisk)).toBe(true);
  });

  test('the versioned URL the page uses is cacheable for good; any other must revalidate', async () => {
    const version = sha16(readFileSync(join(root, 'node_modules/graphiql/graphiql.min.js')));
    const current = await get(`/playground/assets/graphiql.min.js?v=${version}`);
    expect(current.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const stale = await get('/playground/assets/graphiql.min.js?v=0000000000000000');
    expect(stale.headers['cache-control']).toBe('no-cache');
    const bare = await get('/playground/assets/graphiql.min.js');
    expect(bare.headers['cache-control']).toBe('no-cache');
  });

  test('gzip when asked for, with its own ETag', async () => {
    const onDisk = readFileSync(join(root, 'node_modules/graphiql/graphiql.min.css'));
    const res = await get('/playground/assets/graphiql.min.css', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.etag).toBe(`"${sha16(onDisk)}-gz"`);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(onDisk.length);
    expect(gunzipSync(res.body).equals(onDisk)).toBe(true);
  });

  test('a matching If-None-Match gets 304 with no body', async () => {
    const first = await get('/playground/assets/playground.js');
    const again = await get('/playground/assets/playground.js', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    const other = await get('/playground/assets/playground.js', { 'if-none-match': '"0000"' });
    expect(other.status).toBe(200);
  });

  test('HEAD gives the headers without the body', async () => {
    const res = await send('HEAD', '/playground/assets/react.production.min.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.body.length).toBe(0);
  });

  test.each([
    '/playground/assets/',
    '/playground/assets/nope.js',
    '/playground/assets/graphiql.min.js.map',
    '/playground/assets/../../package.json',
    '/playground/assets/../index.ts',
    '/playground/assets/%2e%2e/%2e%2e/package.json',
    '/playground/assets/..%2f..%2fpackage.json',
    '/playground/assets/..%5c..%5cpackage.json',
    '/playground/assets/./playground.js',
    '/playground/assets/browser/playground.js',
    '/playground/assets/playground.js/',
    '/playground/assets/playground%2ejs',
    '/playground/assets/playground.js%00.png',
    '/playground/assets//etc/passwd',
  ])('%s is 404', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body.toString('utf8')).toBe('Not found');
  });

  test('writing to an asset is 405, naming the allowed methods', async () => {
    const res = await send('POST', '/playground/assets/playground.js', { 'content-type': 'application/json' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.body.toString('utf8')).toBe('Method not allowed');
  });
});

describe('requests that are not for the playground', () => {
  test.each<[string, string, Record<string, string>]>([
    ['POST', '/graphql', { accept: BROWSER_ACCEPT, 'content-type': 'application/json' }],
    ['POST', '/', { 'content-type': 'application/json' }],
    ['GET', '/graphql', { accept: 'application/graphql-response+json, application/json' }],
    ['GET', '/graphql?query=%7B__typename%7D', { accept: '*/*' }],
    ['GET', '/graphql', {}],
    ['GET', '/graphql/', { accept: BROWSER_ACCEPT }],
    ['GET', '/health', { accept: BROWSER_ACCEPT }],
    ['GET', '/playground', { accept: BROWSER_ACCEPT }],
    ['OPTIONS', '/graphql', { accept: BROWSER_ACCEPT }],
  ])('%s %s %j falls through', async (method, path, headers) => {
    const res = await send(method, path, headers);
    expect(res.status).toBe(FELL_THROUGH);
    expect(res.body.toString('utf8')).toBe('not the playground');
  });
});

describe('options', () => {
  const valid: PlaygroundOptions = { endpoint: '/graphql', embeddedMode: false, examples: [] };

  test.each(['http://evil.example/graphql', '//evil.example/graphql', 'graphql', '', '/graphql?x=1', '/a b'])(
    'endpoint %j is refused: it must be a same-origin path',
    (endpoint) => {
      expect(() => playgroundHandler({ ...valid, endpoint })).toThrow(
        expect.objectContaining({
          code: 'PLAYGROUND_BAD_OPTIONS',
          message: `playground endpoint must be a path such as /graphql, got ${JSON.stringify(endpoint)}`,
        }),
      );
    },
  );

  test.each<[PlaygroundExample[], string]>([
    [[{ name: ' ', query: '{ a }' }], 'playground example has an empty name'],
    [
      [
        { name: 'A', query: '{ a }' },
        { name: 'A', query: '{ b }' },
      ],
      'playground example name "A" is repeated',
    ],
    [[{ name: 'A', query: '  ' }], 'playground example "A" has no query'],
    [[{ name: 'A', query: '{ a }', variables: '{id: 1}' }], 'playground example "A" has variables that are not JSON'],
  ])('examples %j are refused: %s', (bad, message) => {
    expect(() => playgroundHandler({ ...valid, examples: bad })).toThrow(expect.objectContaining({ code: 'PLAYGROUND_BAD_OPTIONS', message }));
  });
});
