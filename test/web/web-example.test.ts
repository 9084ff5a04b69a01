/**
 * The web example (examples/web/) in real headless Chromium, with real CORS: the page is served
 * by its own server on one loopback port and calls the gateway on another, by persisted
 * document ids only, against a gateway that runs trusted documents only.
 *
 * Listed origin: the account, its persons, capabilities and external accounts appear on the
 * page. Unlisted origin (a second page server, another port): the browser refuses the
 * preflight, the page says the call was blocked, and the emulator saw no request at all.
 * Playwright's request interception is off here (it would answer preflights itself).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeWithChromium, launchOfflineChromium, type OfflineBrowser } from '../playground/chromium';

import { gatewayConfigFromEnv } from '../../src/config';
import { closeAllPools } from '../../src/datasources/client';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { startGateway, type RunningGateway } from '../../src/server';
import { hsToken, SECRET } from '../e2e/auth-helpers';
import { startWebExample, type RunningWebExample } from '../../examples/web/serve';

const describeChromium = describeWithChromium('test/web/web-example.test.ts');

const MANIFEST = join(__dirname, '..', '..', 'examples', 'client', 'gql', 'persisted-documents.json');
/** The gateway runs in jwt mode: the page holds a caller's token, never a Stripe key. */
const GATEWAY_KEY = 'sk_test_web_example_gateway';
let TOKEN = '';

describeChromium('the web example in headless Chromium, from another origin', () => {
  let emulator: RunningEmulator;
  let gateway: RunningGateway;
  let listed: RunningWebExample;
  let unlisted: RunningWebExample;
  let browser: OfflineBrowser;
  /** Every request the pages made to the gateway (preflights are the browser's, not listed). */
  const sent: Array<{ method: string; body: string | null; failure?: string }> = [];

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    listed = await startWebExample(0);
    unlisted = await startWebExample(0);
    const env = {
      LOG_LEVEL: 'warn',
      STRIPE_API_KEY: GATEWAY_KEY,
      STRIPE_API_BASE: emulator.url,
      GATEWAY_AUTH: 'jwt',
      GATEWAY_JWT_SECRET: SECRET,
      CORS_ORIGINS: listed.origin,
      GATEWAY_TRUSTED_DOCUMENTS: MANIFEST,
      GATEWAY_TRUSTED_DOCUMENTS_MODE: 'only',
    };
    gateway = await startGateway({ ...gatewayConfigFromEnv(env), port: 0 }, { apiBase: emulator.url, apiKey: GATEWAY_KEY });
    TOKEN = await hsToken({ claims: { sub: 'web-example', gateway_role: 'platform', scope: 'read' } });
    browser = await launchOfflineChromium(
      (request) => {
        if (new URL(request.url()).port === String(gateway.port)) sent.push({ method: request.method(), body: request.postData() });
      },
      { realCors: true },
    );
    browser.context.on('requestfailed', (request) => {
      const entry = sent.find((r) => r.body === request.postData() && r.failure === undefined);
      if (entry) entry.failure = request.failure()?.errorText ?? 'unknown';
    });
  });

  afterAll(async () => {
    /* eslint-disable @typescript-eslint/no-unnecessary-condition -- still unset when beforeAll failed */
    await browser?.close();
    await gateway?.close();
    await listed?.close();
    await unlisted?.close();
    await emulator?.close();
    /* eslint-enable @typescript-eslint/no-unnecessary-condition */
    await closeAllPools();
  });

  async function loadAccount(origin: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(`${origin}/?gateway=${encodeURIComponent(gateway.url)}`);
    await page.fill('#key', TOKEN);
    await page.click('#load');
    await page.waitForSelector('#status[data-state="loaded"], #status[data-state="blocked"], #status[data-state="error"]');
    return { page, problems };
  }

  test('listed origin: the account, its persons, capabilities and external accounts appear', async () => {
    sent.length = 0;
    const { page, problems } = await loadAccount(listed.origin);
    expect(await page.getAttribute('#status', 'data-state')).toBe('loaded');
    expect(await page.textContent('#status')).toBe('Loaded acct_1QTKu5QaZd2');
    expect(await page.textContent('#account-name')).toBe('Rocket Rides');
    expect((await page.locator('#persons li').allTextContents()).sort()).toEqual(['Jenny Rosen', 'Kai Nakamura']);
    expect((await page.locator('#capabilities li').allTextContents()).sort()).toEqual(['card_payments: ACTIVE', 'transfers: ACTIVE']);
    expect((await page.locator('#external-accounts li').allTextContents()).sort()).toEqual(['Bank account ···· 6789', 'Card ···· 5556']);
    // By persisted id only: one POST that carries no document text.
    expect(sent).toEqual([{ method: 'POST', body: expect.any(String) }]);
    expect(JSON.parse(sent[0]?.body ?? '{}')).toEqual({ documentId: expect.stringMatching(/^[0-9a-f]{64}$/), variables: { id: 'acct_1QTKu5QaZd2' } });
    // The key stays in the tab's session storage.
    expect(await page.evaluate(() => [sessionStorage.getItem('gateway-example-key'), localStorage.length])).toEqual([TOKEN, 0]);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/web-example.png', fullPage: true });
    expect(problems).toEqual([]);
    expect(browser.outside).toEqual([]);
    await page.close();
  });

  test('unlisted origin: the browser blocks the call, the page says so, and nothing reached Stripe', async () => {
    sent.length = 0;
    emulator.control.resetLog();
    const { page } = await loadAccount(unlisted.origin);
    expect(await page.getAttribute('#status', 'data-state')).toBe('blocked');
    expect(await page.textContent('#status')).toBe(
      `The browser blocked the call to ${gateway.url}: this page's origin (${unlisted.origin}) is not allowed by the gateway's CORS_ORIGINS, or the gateway cannot be reached.`,
    );
    expect(await page.isHidden('#account-view')).toBe(true);
    // The preflight was refused, so the POST failed in the browser, and the gateway asked Stripe nothing.
    expect(sent).toEqual([{ method: 'POST', body: expect.any(String), failure: 'net::ERR_FAILED' }]);
    expect(emulator.control.requestLog()).toEqual([]);
    await page.close();
  });
});

/* page.evaluate callbacks run in the page; the project's tsconfig has no DOM lib. */
declare const sessionStorage: { getItem(key: string): string | null };
declare const localStorage: { length: number };
