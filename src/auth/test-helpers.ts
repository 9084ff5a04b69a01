/**
 * Test helpers (`/v1/test_helpers/...`, the `testHelper...` mutations) simulate what a card
 * network, a reader or a bank would do, and exist only in test mode. A live key never reaches
 * Stripe with one: Stripe would refuse it anyway, and a refusal here costs no upstream request
 * and cannot be mistaken for a failed real operation. Pure policy; hooked in before execution
 * (src/plugins/auth.ts) and before any request leaves the data source (src/datasources/client.ts).
 */
import { isTestHelperPath } from '../metadata/test-helpers';

/** A Stripe live-mode secret or restricted key (`sk_live_...`, `rk_live_...`). */
export function isLiveKey(key: string | undefined): boolean {
  return key !== undefined && /^(sk|rk)_live_/.test(key);
}

/**
 * Why an operation may not run, or undefined: `testHelperFields` are the test-helper root
 * fields it selects, `apiKey` the key its upstream requests would carry (the caller's own or
 * the gateway's). The message names the fields, never the key.
 */
export function testHelperRefusal(testHelperFields: readonly string[], apiKey: string | undefined): string | undefined {
  if (testHelperFields.length === 0 || !isLiveKey(apiKey)) return undefined;
  const names = [...new Set(testHelperFields)].join(', ');
  return `Test helpers simulate test-mode events and cannot run with a live-mode key (${names}); use a test-mode key`;
}

/** The same rule for one upstream request: its path and the key it would carry. */
export function upstreamTestHelperRefusal(path: string, apiKey: string | undefined): string | undefined {
  return isTestHelperPath(path) ? testHelperRefusal([path], apiKey) : undefined;
}
