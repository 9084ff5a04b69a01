/**
 * The server's small policies: how errors are formatted (where a request's credential comes
 * from is test/auth/).
 */
import { GraphQLError } from 'graphql';
import { formatError } from '../src/server';

describe('formatError', () => {
  test('keeps the code and Stripe details, drops stack traces and the http extension, redacts keys', () => {
    const error = new GraphQLError('Invalid API Key provided: sk_test_****abcd', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 }, stacktrace: ['x'] },
    });
    const out = formatError(
      {
        message: 'Invalid API Key provided: sk_test_4eC39HqLyjWDarjtT1zdp7dc',
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 }, stacktrace: ['x'] },
      },
      error,
    );
    expect(out.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(out.message).not.toContain('4eC39HqLyjWDarjtT1zdp7dc');
  });
  test('an unexpected error keeps no message of its own', () => {
    const out = formatError({ message: 'Cannot read properties of undefined (reading sk_live_secret)' }, new TypeError('boom'));
    expect(out).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
