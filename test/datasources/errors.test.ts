import { GraphQLError } from 'graphql';
import {
  ConcurrencyLimitError,
  MissingCredentialsError,
  RequestCancelledError,
  StripeApiError,
  UpstreamConnectionError,
  UpstreamTimeoutError,
  codeForStatus,
  redact,
  toGraphQLError,
} from '../../src/datasources/errors';

describe('codeForStatus', () => {
  it.each([
    [400, 'BAD_USER_INPUT'],
    [401, 'UNAUTHENTICATED'],
    [402, 'BAD_USER_INPUT'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [405, 'BAD_USER_INPUT'],
    [409, 'CONFLICT'],
    [424, 'UPSTREAM_ERROR'],
    [429, 'RATE_LIMITED'],
    [500, 'UPSTREAM_ERROR'],
    [503, 'UPSTREAM_ERROR'],
    [200, 'UPSTREAM_ERROR'],
  ])('%i -> %s', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });
});

describe('StripeApiError.fromResponse', () => {
  it('reads every field of Stripe error JSON', () => {
    const error = StripeApiError.fromResponse(
      402,
      {
        error: {
          type: 'card_error',
          code: 'card_declined',
          decline_code: 'insufficient_funds',
          param: 'source',
          message: 'Your card has insufficient funds.',
          doc_url: 'https://stripe.com/docs/error-codes/card-declined',
        },
      },
      'req_123',
    );
    expect(error.fields).toEqual({
      type: 'card_error',
      code: 'card_declined',
      declineCode: 'insufficient_funds',
      param: 'source',
      docUrl: 'https://stripe.com/docs/error-codes/card-declined',
      requestId: 'req_123',
      statusCode: 402,
    });
    expect(error.message).toBe('Your card has insufficient funds.');
    expect(error.code).toBe('BAD_USER_INPUT');
  });

  it('gives a clear error for a body that is not Stripe error JSON', () => {
    const error = StripeApiError.fromResponse(502, undefined, undefined);
    expect(error.message).toBe('Stripe answered HTTP 502 without an error object');
    expect(error.type).toBe('api_error');
    expect(error.code).toBe('UPSTREAM_ERROR');
  });

  it('redacts keys Stripe echoes in a message', () => {
    const error = StripeApiError.fromResponse(
      401,
      { error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_test_abcdEFGH1234' } },
      'req_1',
    );
    expect(error.message).toBe('Invalid API Key provided: sk_test_[REDACTED]');
  });
});

describe('toGraphQLError', () => {
  it('maps a 400 to BAD_USER_INPUT with the Stripe fields under extensions.stripe', () => {
    const error = toGraphQLError(
      StripeApiError.fromResponse(
        400,
        { error: { type: 'invalid_request_error', code: 'parameter_invalid_integer', param: 'amount', message: 'Invalid integer: abc' } },
        'req_9',
      ),
      ['createPaymentIntent'],
    );
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe('Invalid integer: abc');
    expect(error.path).toEqual(['createPaymentIntent']);
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      http: { status: 400 },
      stripe: {
        type: 'invalid_request_error',
        code: 'parameter_invalid_integer',
        param: 'amount',
        requestId: 'req_9',
        statusCode: 400,
      },
    });
  });

  it('maps timeouts, connection errors, cancellation and a full queue to their codes', () => {
    expect(toGraphQLError(new UpstreamTimeoutError('headers', 250, 'GET /v1/accounts/acct_1')).extensions).toEqual({
      code: 'UPSTREAM_TIMEOUT',
      timeout: { phase: 'headers', ms: 250 },
    });
    expect(toGraphQLError(new UpstreamTimeoutError('headers', 250, 'GET /v1/accounts/acct_1')).message).toBe(
      'Stripe did not answer within 250 ms (GET /v1/accounts/acct_1)',
    );
    expect(toGraphQLError(new UpstreamConnectionError('refused', 'ECONNREFUSED')).extensions).toEqual({ code: 'UPSTREAM_ERROR' });
    const detailed = new UpstreamConnectionError('Could not reach Stripe: ECONNREFUSED (GET /v1/balance)', 'ECONNREFUSED', {
      origin: 'http://127.0.0.1:9',
      cause: new Error('connect ECONNREFUSED 127.0.0.1:9'),
    });
    expect([detailed.origin, (detailed.cause as Error).message]).toEqual(['http://127.0.0.1:9', 'connect ECONNREFUSED 127.0.0.1:9']);
    expect(toGraphQLError(detailed).message).toBe('Could not reach Stripe: ECONNREFUSED (GET /v1/balance)');
    expect(toGraphQLError(new RequestCancelledError('gone')).extensions).toEqual({ code: 'REQUEST_CANCELLED' });
    expect(toGraphQLError(new ConcurrencyLimitError(2, 3)).extensions).toEqual({ code: 'RATE_LIMITED' });
    expect(toGraphQLError(new MissingCredentialsError('no key')).extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('hides the message of an unknown error', () => {
    const error = toGraphQLError(new Error('token sk_live_secret at /etc/x'));
    expect(error.message).toBe('Internal error while calling Stripe');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('passes a GraphQLError through unchanged', () => {
    const original = new GraphQLError('x', { extensions: { code: 'NOT_FOUND' } });
    expect(toGraphQLError(original)).toBe(original);
  });
});

describe('redact', () => {
  it.each([
    ['key sk_test_51HxYzAbC123 here', 'key sk_test_[REDACTED] here'],
    ['rk_live_abc123DEF and pk_test_xyz', 'rk_live_[REDACTED] and pk_test_[REDACTED]'],
    ['emulator key sk_emu12345678abc', 'emulator key sk_[REDACTED]'],
    ['ek_test_YWNjdF8x', 'ek_test_[REDACTED]'],
    ['secret whsec_abcDEF123', 'secret whsec_[REDACTED]'],
    ['pi_3Mtw_secret_YrKJUKribcBjcG8HVhfZluoGH', 'pi_3Mtw_secret_[REDACTED]'],
    ['seti_1Abc_secret_Zz9', 'seti_1Abc_secret_[REDACTED]'],
    ['Authorization: Bearer sk_test_123abc', 'Authorization: Bearer [REDACTED]'],
    ['No such account: acct_1Abc', 'No such account: acct_1Abc'],
    ['param card_payments[requested]', 'param card_payments[requested]'],
    ['abc_sk_test_123xyz', 'abc_sk_test_[REDACTED]'],
    ['id=cus_1_rk_live_9Zz9Zz and x_pk_test_1', 'id=cus_1_rk_live_[REDACTED] and x_pk_test_[REDACTED]'],
    ['glued_sk_emu12345678abc', 'glued_sk_[REDACTED]'],
    ['hook_whsec_abc123', 'hook_whsec_[REDACTED]'],
    ['risk_test_case and desk_live_demo stay', 'risk_test_case and desk_live_demo stay'],
  ])('%s', (input, output) => {
    expect(redact(input)).toBe(output);
  });
});
