/**
 * Headless Debian Chromium for the playground's browser tests, with the network cut off: any
 * request to a host other than this machine is refused and recorded. Playwright's own browser
 * download is not used (only Debian's packages are reachable); `scripts/install-test-services.sh`
 * installs it, and a test file skips with a message naming that script when it is absent.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Request } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `describe` when Chromium is installed, else `describe.skip` after saying why. */
export function describeWithChromium(testFile: string): jest.Describe {
  if (existsSync(CHROMIUM)) return describe;
  console.warn(`SKIPPED ${testFile}: no Chromium at ${CHROMIUM}. Install it with \`bash scripts/install-test-services.sh\` (or set CHROMIUM_PATH).`);
  return describe.skip;
}

export interface OfflineBrowser {
  context: BrowserContext;
  /** Every request the pages tried to send to a host other than this machine. */
  outside: string[];
  close(): Promise<void>;
}

const isLocal = (url: string): boolean => ['127.0.0.1', 'localhost'].includes(new URL(url).hostname);

/**
 * Launches Chromium with a fresh profile; `onLocalRequest` sees each request to this machine.
 *
 * `realCors`: Playwright answers CORS preflights itself (allowing everything) whenever requests
 * are intercepted, so a test of a server's CORS policy must not intercept. Then other hosts are
 * cut off by Chromium's host resolver instead, and requests are only observed.
 */
export async function launchOfflineChromium(onLocalRequest?: (request: Request) => void, options: { realCors?: boolean } = {}): Promise<OfflineBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'playground-chromium-'));
  const offline = options.realCors ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    // Without the background-networking flags Chromium keeps dialling Google's hosts.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...offline,
    ],
  });
  // Fail a step in seconds, with the selector in the message, rather than at the test timeout.
  context.setDefaultTimeout(10_000);
  const outside: string[] = [];
  if (options.realCors) {
    context.on('request', (request) => (isLocal(request.url()) ? onLocalRequest?.(request) : outside.push(request.url())));
    return { context, outside, close: closer(context, profile) };
  }
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (!isLocal(request.url())) {
      outside.push(request.url());
      return route.abort('blockedbyclient');
    }
    onLocalRequest?.(request);
    return route.continue();
  });
  return { context, outside, close: closer(context, profile) };
}

function closer(context: BrowserContext, profile: string): () => Promise<void> {
  return async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
}
