import { parseAuthorization } from '../../src/auth/header';
import { stepFor } from '../../src/auth/authenticate';

const basic = (text: string): string => `Basic ${Buffer.from(text).toString('base64')}`;

describe('parseAuthorization', () => {
  test('no header: none', () => expect(parseAuthorization(undefined)).toEqual({ kind: 'none' }));
  test('Bearer with one token, any scheme case', () => {
    expect(parseAuthorization('Bearer sk_test_abc')).toEqual({ kind: 'bearer', token: 'sk_test_abc' });
    expect(parseAuthorization('bearer eyJ.eyJ.sig-_')).toEqual({ kind: 'bearer', token: 'eyJ.eyJ.sig-_' });
  });
  test('Basic with the key as user and no password, as curl -u key: sends it', () => {
    expect(parseAuthorization(basic('sk_test_abc:'))).toEqual({ kind: 'bearer', token: 'sk_test_abc' });
  });
  test.each([
    ['empty', ''],
    ['Bearer alone', 'Bearer'],
    ['Bearer and a space', 'Bearer '],
    ['two tokens', 'Bearer a b'],
    ['two spaces', 'Bearer  a'],
    ['another scheme', 'Token x'],
    ['Basic that is not base64', 'Basic !!!'],
    ['Basic with a password', basic('sk_test_abc:secret')],
    ['Basic with no user', basic(':')],
    ['Basic without a colon', basic('sk_test_abc')],
    ['a bare key', 'sk_test_abc'],
    ['a token with a quote', 'Bearer ab"c'],
    ['a trailing space', 'Bearer abc '],
  ])('%s: malformed', (_name, header) => expect(parseAuthorization(header)).toEqual({ kind: 'malformed' }));
});

describe('stepFor: what each mode does with what the header carries', () => {
  const malformed = { kind: 'reject', message: 'The Authorization header is malformed: send "Bearer <credential>" with one credential, or no header' };
  test('malformed is refused in every mode', () => {
    for (const mode of ['jwt', 'stripe-key', 'open'] as const) expect(stepFor(mode, { kind: 'malformed' })).toEqual(malformed);
  });
  test('jwt: a bearer token is verified; no header is refused', () => {
    expect(stepFor('jwt', { kind: 'bearer', token: 't' })).toEqual({ kind: 'verify-jwt', token: 't' });
    expect(stepFor('jwt', { kind: 'none' })).toEqual({ kind: 'reject', message: 'This gateway needs a bearer token: Authorization: Bearer <JWT>' });
  });
  test("stripe-key: the caller's own key; no header or a non-key is refused", () => {
    expect(stepFor('stripe-key', { kind: 'bearer', token: 'rk_live_abc' })).toEqual({ kind: 'own-key', key: 'rk_live_abc' });
    expect(stepFor('stripe-key', { kind: 'none' })).toEqual({
      kind: 'reject',
      message: 'This gateway needs your own Stripe secret or restricted key: Authorization: Bearer <key>',
    });
    expect(stepFor('stripe-key', { kind: 'bearer', token: 'pk_test_abc' })).toEqual({
      kind: 'reject',
      message: 'The bearer credential is not a Stripe secret or restricted key',
    });
  });
  test("open: no header is the anonymous caller; a key is the caller's own; a token is refused", () => {
    expect(stepFor('open', { kind: 'none' })).toEqual({ kind: 'anonymous' });
    expect(stepFor('open', { kind: 'bearer', token: 'sk_test_x' })).toEqual({ kind: 'own-key', key: 'sk_test_x' });
    expect(stepFor('open', { kind: 'bearer', token: 'eyJ.eyJ.sig' })).toEqual({
      kind: 'reject',
      message: 'The bearer credential is not a Stripe secret or restricted key',
    });
  });
});
