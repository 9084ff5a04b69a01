/**
 * The real gateway, in embedded mode in front of the real emulator, opened in headless Chromium
 * (Debian's `chromium`, driven by playwright-core): the page offers the operations of
 * `examples/`, one of them runs from the page with no key entered, and the result the page shows
 * is the emulator's demo data. Every request to anything but localhost is aborted and recorded.
 * A screenshot is kept in test-artifacts/playground-gateway.png.
 *
 * Skips, saying so, only when Chromium is not installed (`bash scripts/install-test-services.sh`).
 */
import { mkdirSync } from 'node:fs';

import type { BrowserContext, Page } from 'playwright-core';
import { describeWithChromium, launchOfflineChromium, type OfflineBrowser } from './chromium';

import { gatewayConfigFromEnv } from '../../src/config';
import { closeAllPools } from '../../src/datasources/client';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { loadExamples } from '../../src/examples';
import { startGateway, type RunningGateway } from '../../src/server';

/*
 * The callbacks given to page.evaluate run in the page. The project's tsconfig has no DOM lib
 * (it is a server), so this declaration states the little of the DOM they use.
 */
interface CodeMirrorHost {
  CodeMirror?: { getValue(): string };
}
declare const document: { querySelector(selector: string): unknown };

const describeChromium = describeWithChromium('test/playground/gateway-browser.test.ts');

/** The key `npm start` uses against its embedded emulator. */
const EMBEDDED_DEMO_KEY = 'sk_test_embedded_demo';
/** The demo connected account "Rocket Rides", which the nested-read example reads by default. */
const ROCKET_RIDES = 'acct_1QTKu5QaZd2';
const EXAMPLE = 'read account with everything nested';

interface AccountResult {
  data: {
    account: {
      id: string;
      businessProfile: { name: string };
      persons: { nodes: Array<{ firstName: string; lastName: string }> };
      capabilities: { nodes: Array<{ stripeId: string; status: string }> };
      externalAccounts: { nodes: Array<{ __typename: string; last4: string }> };
    };
  };
  errors?: unknown;
}

describeChromium('the gateway playground in headless Chromium', () => {
  let emulator: RunningEmulator;
  let gateway: RunningGateway;
  let browser: OfflineBrowser;
  let context: BrowserContext;
  /** Every request the page tried to send to a host other than this machine. */
  let outside: string[] = [];
  /** The Authorization header of every GraphQL POST the page sent (undefined when absent). */
  const authorizations: Array<string | undefined> = [];

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    gateway = await startGateway(
      { ...gatewayConfigFromEnv({ LOG_LEVEL: 'warn' }), port: 0, embedded: true },
      { apiBase: emulator.url, apiKey: EMBEDDED_DEMO_KEY },
    );
    browser = await launchOfflineChromium((request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') authorizations.push(request.headers().authorization);
    });
    context = browser.context;
    outside = browser.outside;
  });

  afterAll(async () => {
    /* eslint-disable @typescript-eslint/no-unnecessary-condition -- still unset when beforeAll failed */
    await browser?.close();
    await gateway?.close();
    await emulator?.close();
    /* eslint-enable @typescript-eslint/no-unnecessary-condition */
    await closeAllPools();
  });

  async function openPlayground(): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(`http://127.0.0.1:${gateway.port}/graphql`);
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

  test('runs a subscription example over WebSocket: an update appears in the result pane', async () => {
    const { page, problems } = await openPlayground();
    await page.click('button[data-example="watch identity verification session"]');
    await page.click('.graphiql-execute-button');
    const read = (): string => (document.querySelector('.graphiql-response .CodeMirror') as CodeMirrorHost | null)?.CodeMirror?.getValue() ?? '';
    const session = (await (
      await fetch(`${emulator.url}/v1/identity/verification_sessions/vs_1K5aWYqvBbw`, { headers: { authorization: `Bearer ${EMBEDDED_DEMO_KEY}` } })
    ).json()) as Record<string, unknown>;
    // Published until the page's subscription is listening (it opens its WebSocket on run).
    for (let n = 0; n < 150 && (await page.evaluate(read)) === ''; n++) {
      await gateway.events.publishOnce({
        id: `evt_playground_${n}`,
        type: 'identity.verification_session.processing',
        account: null,
        created: n,
        object: session,
        previousAttributes: null,
      });
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    const result = JSON.parse(await responseText(page)) as { data: { identityVerificationSessionUpdated: { id: string; status: string } } };
    expect(result.data.identityVerificationSessionUpdated).toMatchObject({ id: 'vs_1K5aWYqvBbw', status: String(session.status).toUpperCase() });
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  test('runs an example from the Examples panel with no key and shows the emulator demo data', async () => {
    const { page, problems } = await openPlayground();

    // Embedded mode: no key to enter.
    expect(await page.locator('#pg-key').count()).toBe(0);
    expect(await page.textContent('#pg-mode')).toBe('Embedded emulator: no Stripe key needed');

    // The Examples panel lists the operations of examples/, in file order.
    const offered = await page.locator('button.pg-example').allTextContents();
    expect(offered).toEqual(loadExamples().map((e) => e.name));

    emulator.control.resetLog();
    await page.click(`button[data-example="${EXAMPLE}"]`);
    await page.click('.graphiql-execute-button');
    const result = JSON.parse(await responseText(page)) as AccountResult;

    expect(result.errors).toBeUndefined();
    const account = result.data.account;
    expect(account.id).toBe(ROCKET_RIDES);
    expect(account.businessProfile.name).toBe('Rocket Rides');
    expect(account.persons.nodes.map((p) => `${p.firstName} ${p.lastName}`).sort()).toEqual(['Jenny Rosen', 'Kai Nakamura']);
    expect(account.capabilities.nodes.map((c) => `${c.stripeId} ${c.status}`).sort()).toEqual(['card_payments ACTIVE', 'transfers ACTIVE']);
    expect(account.externalAccounts.nodes.map((e) => `${e.__typename} ${e.last4}`).sort()).toEqual(['BankAccount 6789', 'Card 5556']);

    // The data came from the emulator, asked with the gateway's embedded key.
    const log = emulator.control.requestLog();
    expect(log.some((entry) => entry.method === 'GET' && entry.path === `/v1/accounts/${ROCKET_RIDES}` && entry.status === 200)).toBe(true);
    expect(log.every((entry) => entry.apiKey !== null)).toBe(true);
    // The page sent no key of its own.
    expect(authorizations.length).toBeGreaterThan(0);
    expect(authorizations.every((value) => value === undefined)).toBe(true);

    // The Examples panel, the loaded operation and the top of its result, as a user sees them.
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/playground-gateway.png' });

    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  test("the Documentation Explorer shows a root field's description, from Stripe's JSDoc", async () => {
    const { page, problems } = await openPlayground();
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    // Root Types: `query: Query`, the link beside the label.
    await page
      .locator('.graphiql-doc-explorer-section-content a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ })
      .first()
      .click();
    await page
      .locator('a.graphiql-doc-explorer-field-name', { hasText: /^account$/ })
      .first()
      .click();
    await page.locator('.graphiql-doc-explorer-title', { hasText: /^account$/ }).waitFor();
    const content = (await page.locator('.graphiql-doc-explorer-content').innerText()).replace(/\s+/g, ' ');
    expect(content).toContain('Retrieves the details of an account. Pass null as the account id to retrieve details about your own account.');
    expect(content).toContain('The id of the Account.');
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  test("an example's headers go into the headers editor and with the request (Stripe-Account)", async () => {
    const { page, problems } = await openPlayground();
    emulator.control.resetLog();
    await page.click('button[data-example="connected account through the header"]');
    await page.click('.graphiql-execute-button');
    const result = JSON.parse(await responseText(page)) as { data: { currentAccount: { id: string; email: string } } };
    expect(result.data.currentAccount).toEqual({ id: ROCKET_RIDES, email: 'ops@rocketrides.example' });
    const log = emulator.control.requestLog();
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((entry) => entry.stripeAccount === ROCKET_RIDES)).toBe(true);

    // The next example has no headers: the connected account's header is gone with it.
    emulator.control.resetLog();
    await page.click(`button[data-example="${EXAMPLE}"]`);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      () => (document.querySelector('.graphiql-response .CodeMirror') as CodeMirrorHost | null)?.CodeMirror?.getValue().includes('persons') === true,
    );
    const after = emulator.control.requestLog();
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((entry) => entry.stripeAccount === null)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
