/**
 * The test-helper policy: which paths are test helpers, their mutation names, and when a key
 * may not call them. Pure functions, exact answers; the data source's use of the rule is tested
 * against a real HTTP upstream that counts requests.
 */
import { isLiveKey, testHelperRefusal, upstreamTestHelperRefusal } from '../../src/auth/test-helpers';
import { isTestHelperPath, testHelperDescription, testHelperFieldName } from '../../src/metadata/test-helpers';
import { StripeClient, closeAllPools } from '../../src/datasources/client';
import { ForbiddenRequestError, toGraphQLError } from '../../src/datasources/errors';
import { json, startUpstream } from '../datasources/helpers/upstream';

test('isTestHelperPath: only paths under /v1/test_helpers/', () => {
  expect(isTestHelperPath('/v1/test_helpers/issuing/cards/{card}/shipping/ship')).toBe(true);
  expect(isTestHelperPath('/v1/test_helpers/treasury/received_credits')).toBe(true);
  expect(isTestHelperPath('/v1/issuing/cards/{card}')).toBe(false);
  expect(isTestHelperPath('/v1/test_helpers')).toBe(false);
  expect(isTestHelperPath('/v2/test_helpers/x')).toBe(false);
  expect(isTestHelperPath('/v1/accounts/test_helpers/x')).toBe(false);
});

test('testHelperFieldName: the operation name behind `testHelper`', () => {
  expect(testHelperFieldName('shipIssuingCard')).toBe('testHelperShipIssuingCard');
  expect(testHelperFieldName('createTreasuryReceivedCredit')).toBe('testHelperCreateTreasuryReceivedCredit');
});

test('testHelperDescription: our note first, then the SDK doc; applied twice, still once', () => {
  const once = testHelperDescription('Capture a test-mode authorization.');
  expect(once).toBe('Test helper: test mode only (a live key is refused with FORBIDDEN). Capture a test-mode authorization.');
  expect(testHelperDescription(once)).toBe(once);
  expect(testHelperDescription(undefined)).toBe('Test helper: test mode only (a live key is refused with FORBIDDEN).');
});

test('isLiveKey: secret and restricted live keys only', () => {
  expect(isLiveKey('sk_live_abc')).toBe(true);
  expect(isLiveKey('rk_live_abc')).toBe(true);
  expect(isLiveKey('sk_test_abc')).toBe(false);
  expect(isLiveKey('rk_test_abc')).toBe(false);
  expect(isLiveKey('pk_live_abc')).toBe(false);
  expect(isLiveKey('xsk_live_abc')).toBe(false);
  expect(isLiveKey(undefined)).toBe(false);
});

test('testHelperRefusal: live key and at least one helper; names each helper once, never the key', () => {
  const both =
    'Test helpers simulate test-mode events and cannot run with a live-mode key (testHelperShipIssuingCard, testHelperPostTreasuryOutboundPayment); use a test-mode key';
  expect(testHelperRefusal(['testHelperShipIssuingCard', 'testHelperPostTreasuryOutboundPayment', 'testHelperShipIssuingCard'], 'sk_live_secret1')).toBe(both);
  expect(testHelperRefusal(['testHelperShipIssuingCard'], 'rk_live_secret1')).toContain('(testHelperShipIssuingCard)');
  expect(testHelperRefusal(['testHelperShipIssuingCard'], 'sk_live_secret1')).not.toContain('secret1');
  expect(testHelperRefusal([], 'sk_live_secret1')).toBeUndefined();
  expect(testHelperRefusal(['testHelperShipIssuingCard'], 'sk_test_secret1')).toBeUndefined();
  expect(testHelperRefusal(['testHelperShipIssuingCard'], undefined)).toBeUndefined();
});

test('upstreamTestHelperRefusal: a test-helper path with a live key', () => {
  expect(upstreamTestHelperRefusal('/v1/test_helpers/issuing/cards/ic_1/shipping/ship', 'sk_live_x')).toBe(
    'Test helpers simulate test-mode events and cannot run with a live-mode key (/v1/test_helpers/issuing/cards/ic_1/shipping/ship); use a test-mode key',
  );
  expect(upstreamTestHelperRefusal('/v1/issuing/cards/ic_1', 'sk_live_x')).toBeUndefined();
  expect(upstreamTestHelperRefusal('/v1/test_helpers/issuing/cards/ic_1/shipping/ship', 'sk_test_x')).toBeUndefined();
});

test('the data source refuses a test helper with a live key before sending it (0 upstream requests), and sends it with a test key', async () => {
  const upstream = await startUpstream();
  try {
    upstream.setHandler((_req, res) => json(res, 200, { id: 'ic_1', object: 'issuing.card' }));
    const client = new StripeClient({ apiVersion: '2026-10-28.endive', apiBase: upstream.baseUrl });
    const path = '/v1/test_helpers/issuing/cards/ic_1/shipping/ship';
    const refused = await client.request({ method: 'POST', path, params: {}, credentials: { apiKey: 'sk_live_x1' } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ForbiddenRequestError);
    expect(toGraphQLError(refused).extensions.code).toBe('FORBIDDEN');
    expect(upstream.received).toHaveLength(0);
    await expect(client.request({ method: 'POST', path, params: {}, credentials: { apiKey: 'sk_test_x1' } })).resolves.toEqual({
      id: 'ic_1',
      object: 'issuing.card',
    });
    expect(upstream.received.map((r) => `${r.method} ${r.url}`)).toEqual([`POST ${path}`]);
  } finally {
    await closeAllPools();
    await upstream.close();
  }
});
