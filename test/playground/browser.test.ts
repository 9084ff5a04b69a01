/**
 * The playground in a real headless Chromium (Debian's `chromium`, driven by playwright-core),
 * against a small Apollo server in this test that serves the playground through
 * `playgroundHandler`. Every request to anything but localhost is aborted and recorded, so the
 * page must work with no network, as it must behind a firewall.
 *
 * Skips, saying so, only when Chromium is not installed (`bash scripts/install-test-services.sh`).
 */
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ApolloServer, HeaderMap } from '@apollo/server';
import type { BrowserContext, Page } from 'playwright-core';
import { describeWithChromium, launchOfflineChromium, type OfflineBrowser } from './chromium';

import { playgroundHandler } from '../../src/playground';
import type { PlaygroundExample } from '../../src/playground';

/*
 * The callbacks given to page.evaluate run in the page. The project's tsconfig has no DOM lib
 * (it is a server), so these module-scoped declarations state the little of the DOM they use.
 */
interface CodeMirrorHost {
  CodeMirror?: { getValue(): string };
}
interface ViolationEvent {
  effectiveDirective: string;
  blockedURI: string;
}
declare const document: {
  querySelector(selector: string): unknown;
  addEventListener(type: 'securitypolicyviolation', listener: (event: ViolationEvent) => void): void;
};
declare const sessionStorage: { getItem(key: string): string | null };
declare const localStorage: { getItem(key: string): string | null };
declare const window: { violations: string[] };

const describeChromium = describeWithChromium('test/playground/browser.test.ts');

const TEST_KEY = 'sk_test_playground_0123456789';
/** Token-shaped credentials the test server refuses. */
const UNAUTHENTICATED_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJleHBpcmVkIn0.c2lnbmF0dXJl';
const FORBIDDEN_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhcHAifQ.c2lnbmF0dXJl';

const typeDefs = `#graphql
  """The root of the test graph."""
  type Query {
    "Greets the caller."
    hello: String!
    echo(text: String!): String!
    "Whether the request carried the test key as a Bearer token."
    authorized: Boolean!
  }
`;

interface Context {
  authorization: string | undefined;
}

const resolvers = {
  Query: {
    hello: () => 'hello from the test server',
    echo: (_: unknown, args: { text: string }) => args.text,
    authorized: (_: unknown, __: unknown, context: Context) => context.authorization === `Bearer ${TEST_KEY}`,
  },
};

const examples: PlaygroundExample[] = [
  { name: 'Say hello', query: 'query SayHello {\n  hello\n}\n' },
  {
    name: 'Echo with the key',
    query: 'query EchoWithKey($text: String!) {\n  echo(text: $text)\n  authorized\n}\n',
    variables: '{"text": "from the playground"}',
  },
];

interface TestGateway {
  server: Server;
  origin: string;
  /** The Authorization header of every GraphQL POST, in order (undefined when absent). */
  authorizations: Array<string | undefined>;
}

async function startGateway(embeddedMode: boolean): Promise<TestGateway> {
  const apollo = new ApolloServer<Context>({ typeDefs, resolvers });
  await apollo.start();
  const handlePlayground = playgroundHandler({ endpoint: '/graphql', embeddedMode, examples });
  const authorizations: Array<string | undefined> = [];

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    if (req.method === 'POST') authorizations.push(req.headers.authorization);
    // What a gateway that identifies callers answers a bad token (401) or a caller without the
    // right (403).
    const refusal = { [`Bearer ${UNAUTHENTICATED_TOKEN}`]: [401, 'UNAUTHENTICATED'], [`Bearer ${FORBIDDEN_TOKEN}`]: [403, 'FORBIDDEN'] }[
      req.headers.authorization ?? ''
    ];
    if (refusal) {
      res.writeHead(refusal[0] as number, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'refused by the test server', extensions: { code: refusal[1] } }] }));
      return;
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method ?? 'GET',
        headers,
        search: (req.url ?? '').split('?')[1] ?? '',
        body: raw === '' ? undefined : JSON.parse(raw),
      },
      context: async () => ({ authorization: req.headers.authorization }),
    });
    res.statusCode = result.status ?? 200;
    for (const [name, value] of result.headers) res.setHeader(name, value);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const server = createServer((req, res) => {
    if (handlePlayground(req, res)) return;
    if ((req.url ?? '').split('?')[0] === '/graphql') {
      handleGraphQL(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    res.statusCode = 404;
    res.end('not found');
  });
  server.on('close', () => void apollo.stop());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}`, authorizations };
}

describeChromium('playground in headless Chromium', () => {
  let browser: OfflineBrowser;
  let context: BrowserContext;
  /** Every request the page tried to send to a host other than this machine. */
  let outside: string[] = [];
  const gateways: TestGateway[] = [];

  beforeAll(async () => {
    browser = await launchOfflineChromium();
    context = browser.context;
    outside = browser.outside;
  });

  afterAll(async () => {
    /* eslint-disable @typescript-eslint/no-unnecessary-condition -- still unset when beforeAll failed */
    await browser?.close();
    /* eslint-enable @typescript-eslint/no-unnecessary-condition */
    for (const gateway of gateways) await new Promise((resolve) => gateway.server.close(resolve));
  });

  async function openPlayground(gateway: TestGateway): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(`${gateway.origin}/graphql`);
    // The query editor exists once GraphiQL has mounted; examples load into it.
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    return { page, problems };
  }

  /** The response pane's text, read from its CodeMirror instance once it is not empty. */
  async function responseText(page: Page): Promise<string> {
    const read = (): string => (document.querySelector('.graphiql-response .CodeMirror') as CodeMirrorHost | null)?.CodeMirror?.getValue() ?? '';
    await page.waitForFunction(read);
    return page.evaluate(read);
  }

  test('with a key: runs an example from the page, sends the key only as Bearer to the endpoint', async () => {
    const gateway = await startGateway(false);
    gateways.push(gateway);
    const { page, problems } = await openPlayground(gateway);

    await page.fill('#pg-key', TEST_KEY);
    await page.press('#pg-key', 'Enter');
    await page.click('#pg-key-status'); // blur, which fires `change` and refetches the schema
    expect(await page.textContent('#pg-key-status')).toBe('Test mode key, kept in this tab only.');

    await page.click('button[data-example="Echo with the key"]');
    await page.click('.graphiql-execute-button');
    const response = JSON.parse(await responseText(page)) as unknown;
    expect(response).toEqual({ data: { echo: 'from the playground', authorized: true } });

    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/playground.png' });

    // The docs explorer shows the schema, fetched from the endpoint too.
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.click('a.graphiql-doc-explorer-type-name:text-is("Query")');
    await page.locator('.graphiql-doc-explorer-field-name:text-is("authorized")').waitFor();
    expect(await page.textContent('.graphiql-doc-explorer-title')).toBe('Query');

    expect(gateway.authorizations.at(-1)).toBe(`Bearer ${TEST_KEY}`);

    // The key is kept for the tab (sessionStorage) only, never in localStorage, and gone when
    // forgotten.
    const stored = () =>
      page.evaluate(() => [sessionStorage.getItem('stripe-graph-gateway:stripe-key'), localStorage.getItem('stripe-graph-gateway:stripe-key')]);
    expect(await stored()).toEqual([TEST_KEY, null]);
    await page.reload();
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    expect(await page.inputValue('#pg-key')).toBe(TEST_KEY);
    expect(await stored()).toEqual([TEST_KEY, null]);
    expect(await page.textContent('#pg-auth-status')).toBe('');
    await page.click('#pg-forget');
    expect(await stored()).toEqual([null, null]);
    expect(await page.inputValue('#pg-key')).toBe('');
    expect(await page.textContent('#pg-key-status')).toBe('No key: requests go without Authorization.');

    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  test('a refused key or token: a clear message on 401 and on 403, gone once accepted', async () => {
    const gateway = await startGateway(false);
    gateways.push(gateway);
    const { page, problems } = await openPlayground(gateway);
    const authStatus = (): string => (document.querySelector('#pg-auth-status') as { textContent: string } | null)?.textContent ?? 'missing';
    /** Runs an example with this credential; answers the message once the page shows `expected`. */
    const run = async (credential: string, expected: string): Promise<string> => {
      await page.fill('#pg-key', credential);
      await page.press('#pg-key', 'Enter');
      await page.click('button[data-example="Say hello"]');
      await page.click('.graphiql-execute-button');
      await page.waitForFunction(
        (text) => ((document.querySelector('#pg-auth-status') as { textContent: string } | null)?.textContent ?? '') === text,
        expected,
      );
      return page.evaluate(authStatus);
    };
    const notAccepted = 'Not accepted (401): the gateway did not accept this key or token. Enter a valid one and run again.';
    expect(await run(UNAUTHENTICATED_TOKEN, notAccepted)).toBe(notAccepted);
    expect(await page.textContent('#pg-key-status')).toBe('Token, kept in this tab only.');
    const notAllowed = 'Not allowed (403): this key or token may not run this operation.';
    expect(await run(FORBIDDEN_TOKEN, notAllowed)).toBe(notAllowed);
    expect(await run(TEST_KEY, '')).toBe('');
    expect(gateway.authorizations).toEqual(expect.arrayContaining([`Bearer ${UNAUTHENTICATED_TOKEN}`, `Bearer ${FORBIDDEN_TOKEN}`, `Bearer ${TEST_KEY}`]));
    // The refusals are the server's answers, not page errors.
    expect(problems.filter((p) => !p.includes('the server responded with a status of 40'))).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  test('embedded mode: no key field, an example runs without Authorization', async () => {
    const gateway = await startGateway(true);
    gateways.push(gateway);
    const { page, problems } = await openPlayground(gateway);

    expect(await page.locator('#pg-key').count()).toBe(0);
    expect(await page.textContent('#pg-mode')).toBe('Embedded emulator: no Stripe key needed');

    await page.click('button[data-example="Say hello"]');
    await page.click('.graphiql-execute-button');
    expect(JSON.parse(await responseText(page))).toEqual({ data: { hello: 'hello from the test server' } });
    expect(gateway.authorizations.length).toBeGreaterThan(0);
    expect(gateway.authorizations.every((value) => value === undefined)).toBe(true);

    // GraphiQL's dialogs insert <style> elements: the CSP must allow them (a violation would
    // show up in `problems` as a console error).
    await page.click('[aria-label="Open settings dialog"]');
    await page.locator('.graphiql-dialog-title:text-is("Settings")').waitFor();
    await page.keyboard.press('Escape');

    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  test('the Content-Security-Policy stops the page from reaching any other host', async () => {
    const gateway = await startGateway(true);
    gateways.push(gateway);
    const { page } = await openPlayground(gateway);

    const fetched = await page.evaluate(async () => {
      const seen: string[] = [];
      window.violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
      });
      try {
        await fetch('https://example.com/steal');
        return 'sent';
      } catch {
        return 'refused';
      }
    });
    expect(fetched).toBe('refused');
    await page.waitForFunction(() => window.violations.length > 0);
    const violations = await page.evaluate(() => window.violations);
    expect(violations).toEqual(['connect-src https://example.com/steal']);
    // Refused by the browser itself: the request never reached the network layer.
    expect(outside).toEqual([]);
    await page.close();
  });
});
