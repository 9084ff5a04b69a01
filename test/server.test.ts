/**
 * The server's small policies: where a request's key comes from, and how errors are formatted.
 */
import { GraphQLError } from 'graphql';
import { formatError, keyFromHeaders } from '../src/server';

describe('keyFromHeaders', () => {
  test('Bearer', () => expect(keyFromHeaders('Bearer sk_test_abc')).toBe('sk_test_abc'));
  test('Basic, as `curl -u sk_test_abc:` sends it', () => expect(keyFromHeaders(`Basic ${Buffer.from('sk_test_abc:').toString('base64')}`)).toBe('sk_test_abc'));
  test('none, empty or another scheme: no key', () => {
    expect(keyFromHeaders(undefined)).toBeUndefined();
    expect(keyFromHeaders('')).toBeUndefined();
    expect(keyFromHeaders('Token sk_test_abc')).toBeUndefined();
    expect(keyFromHeaders(`Basic ${Buffer.from(':').toString('base64')}`)).toBeUndefined();
  });
});

describe('formatError', () => {
  test('keeps the code and Stripe details, drops stack traces and the http extension, redacts keys', () => {
    const error = new GraphQLError('Invalid API Key provided: sk_test_****abcd', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 }, stacktrace: ['x'] } });
    const out = formatError({ message: 'Invalid API Key provided: sk_test_4eC39HqLyjWDarjtT1zdp7dc', extensions: { code: 'UNAUTHENTICATED', http: { status: 401 }, stacktrace: ['x'] } }, error);
    expect(out.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(out.message).not.toContain('4eC39HqLyjWDarjtT1zdp7dc');
  });
  test('an unexpected error keeps no message of its own', () => {
    const out = formatError({ message: 'Cannot read properties of undefined (reading sk_live_secret)' }, new TypeError('boom'));
    expect(out).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
