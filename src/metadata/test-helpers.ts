/**
 * Stripe's test helpers: `/v1/test_helpers/...` endpoints that move test-mode objects through
 * states a real card network, reader or bank would (a card ships, an outbound payment posts).
 * One rule decides what is a test helper, shared by the generator (their mutation names) and
 * the runtime (live keys may not call them: src/auth/test-helpers.ts).
 */

const TEST_HELPER_PATH = /^\/v1\/test_helpers\//;

/** True for an endpoint path under `/v1/test_helpers/`. */
export function isTestHelperPath(path: string): boolean {
  return TEST_HELPER_PATH.test(path);
}

/**
 * A test helper's mutation name: `testHelper` and the operation's usual name
 * (`shipIssuingCard` -> `testHelperShipIssuingCard`), so every helper starts alike, is found
 * together in a client's completion list, and never takes a real operation's name.
 */
export function testHelperFieldName(operationName: string): string {
  return `testHelper${operationName[0]!.toUpperCase()}${operationName.slice(1)}`;
}

/** A test helper's description: says where it works before the SDK's own text. */
export function testHelperDescription(sdkDoc: string | undefined): string {
  const note = 'Test helper: test mode only (a live key is refused with FORBIDDEN).';
  if (sdkDoc?.startsWith(note)) return sdkDoc;
  return sdkDoc ? `${note} ${sdkDoc}` : note;
}
