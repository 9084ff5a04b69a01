/**
 * Exact tests of the small policies behind logs, metrics and shutdown.
 */
import { requestIdFrom } from '../../src/observability/request-id';
import { endpointTemplates, UNKNOWN_ENDPOINT } from '../../src/observability/endpoint-template';
import { operationLabel } from '../../src/observability/metrics';
import { accessLine, newTrace } from '../../src/observability/operation';
import { bearerMatches } from '../../src/http/metrics-endpoint';
import { InFlight } from '../../src/http/in-flight';
import { rootCause } from '../../src/plugins/observability';
import { refusedBeforeApollo } from '../../src/server';
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { loadMetadata } from '../../src/metadata/load';
import { toGraphQLError, StripeApiError } from '../../src/datasources/errors';

describe('requestIdFrom', () => {
  const generate = (): string => 'generated';
  it.each([
    ['abc-123', 'abc-123'],
    ['req_01H:trace/1+x=y@host.local', 'req_01H:trace/1+x=y@host.local'],
    [['first', 'second'], 'first'],
    [undefined, 'generated'],
    ['', 'generated'],
    ['has space', 'generated'],
    ['line\nbreak', 'generated'],
    ['é', 'generated'],
    ['x'.repeat(128), 'x'.repeat(128)],
    ['x'.repeat(129), 'generated'],
  ] as Array<[string | string[] | undefined, string]>)('%j -> %s', (header, expected) => {
    expect(requestIdFrom(header, generate)).toBe(expected);
  });

  it('generates a UUID by default', () => {
    expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('endpointTemplates', () => {
  const templateOf = endpointTemplates(loadMetadata().metadata);
  it.each([
    ['/v1/accounts', '/v1/accounts'],
    ['/v1/accounts/acct_1Nv0FGQ9RKHgCVdK', '/v1/accounts/{account}'],
    ['/v1/accounts/acct_1/persons/person_2', '/v1/accounts/{account}/persons/{person}'],
    ['/v1/accounts/acct_1/capabilities', '/v1/accounts/{account}/capabilities'],
    ['/v1/account', '/v1/account'],
    ['/v1/financial_connections/accounts/fca_1/refresh', '/v1/financial_connections/accounts/{account}/refresh'],
    ['/v1/identity/verification_sessions/vs_1/cancel', '/v1/identity/verification_sessions/{verification_session}/cancel'],
    ['/v1/nothing/here', UNKNOWN_ENDPOINT],
    ['/v1/accounts/', UNKNOWN_ENDPOINT],
    ['', UNKNOWN_ENDPOINT],
  ])('%s -> %s', (path, template) => {
    expect(templateOf(path)).toBe(template);
  });
});

describe('operationLabel', () => {
  it('keeps plain names, up to the cap, and folds the rest', () => {
    const seen = new Set<string>();
    expect(operationLabel('GetAccount', seen, 2)).toBe('GetAccount');
    expect(operationLabel(undefined, seen, 2)).toBe('anonymous');
    expect(operationLabel('', seen, 2)).toBe('anonymous');
    expect(operationLabel('bad name', seen, 2)).toBe('other');
    expect(operationLabel('x'.repeat(65), seen, 2)).toBe('other');
    expect(operationLabel('Second', seen, 2)).toBe('Second');
    expect(operationLabel('Third', seen, 2)).toBe('other');
    expect(operationLabel('GetAccount', seen, 2)).toBe('GetAccount');
    expect([...seen]).toEqual(['GetAccount', 'Second']);
  });
});

describe('bearerMatches', () => {
  const token = 'metrics-token-0123456789';
  it.each([
    [`Bearer ${token}`, true],
    [`Bearer ${token}x`, false],
    [`bearer ${token}`, false],
    [token, false],
    [`Bearer  ${token}`, false],
    [undefined, false],
    ['Bearer ', false],
  ])('%j -> %s', (header, expected) => {
    expect(bearerMatches(header, token)).toBe(expected);
  });
});

describe('accessLine', () => {
  it('holds exactly the operation fields', () => {
    const trace = newTrace('rid-1', 'acct_123');
    trace.name = 'Q';
    trace.type = 'query';
    trace.outcome = 'partial';
    trace.upstreamRequests = 3;
    trace.retries = 1;
    trace.errorCodes = ['NOT_FOUND'];
    trace.caller = 'dev';
    expect(accessLine(trace, 200, trace.started + 12.3456)).toEqual({
      requestId: 'rid-1',
      operation: { name: 'Q', type: 'query' },
      status: 200,
      outcome: 'partial',
      durationMs: 12.35,
      upstreamRequests: 3,
      retries: 1,
      errorCodes: ['NOT_FOUND'],
      caller: 'dev',
      stripeAccount: 'acct_123',
    });
  });
});

describe('rootCause', () => {
  it('follows originalError and cause to the deepest error', () => {
    const deepest = new TypeError('boom');
    const middle = new Error('middle', { cause: deepest });
    const graphql = toGraphQLError(middle);
    expect(graphql.message).toBe('Internal error while calling Stripe');
    expect(rootCause(graphql)).toBe(deepest);
    expect(rootCause('text')).toBe('text');
  });
  it('keeps the Stripe error as the cause of its GraphQL error', () => {
    const stripe = StripeApiError.fromResponse(404, { error: { type: 'invalid_request_error', message: 'No such account' } }, 'req_1');
    expect(rootCause(toGraphQLError(stripe))).toBe(stripe);
  });
});

describe('refusedBeforeApollo', () => {
  const complete = (status: number, body: string): HTTPGraphQLResponse => ({ status, headers: new HeaderMap(), body: { kind: 'complete', string: body } });
  it('gives the request id to errors Apollo answered before its plugins ran, and their codes to the trace', () => {
    const trace = newTrace('rid-2', undefined);
    const answer = refusedBeforeApollo(trace, complete(400, '{"errors":[{"message":"x","extensions":{"code":"BAD_REQUEST"}},{"message":"y"}]}'));
    expect(answer.body).toEqual({
      kind: 'complete',
      string: '{"errors":[{"message":"x","extensions":{"code":"BAD_REQUEST","requestId":"rid-2"}},{"message":"y","extensions":{"requestId":"rid-2"}}]}',
    });
    expect([trace.outcome, trace.errorCodes]).toEqual(['error', ['BAD_REQUEST', 'INTERNAL_SERVER_ERROR']]);
  });
  it('leaves answers alone that the plugins saw, that succeeded, or that are not JSON', () => {
    const seen = newTrace('rid-3', undefined);
    seen.errorCodes = ['GRAPHQL_PARSE_FAILED'];
    for (const [trace, result] of [
      [seen, complete(400, '{"errors":[]}')],
      [newTrace('rid-4', undefined), complete(200, '{"data":{}}')],
      [newTrace('rid-5', undefined), complete(400, 'not json')],
    ] as const) {
      expect(refusedBeforeApollo(trace, result)).toBe(result);
    }
  });
});

describe('InFlight', () => {
  it('drains at once when nothing runs', async () => {
    const inFlight = new InFlight();
    expect(await inFlight.drain(10_000)).toBe(0);
    expect(inFlight.draining).toBe(true);
  });
  it('waits for running operations to finish', async () => {
    const inFlight = new InFlight();
    const controller = new AbortController();
    const done = inFlight.track(controller);
    setTimeout(done, 20);
    expect(await inFlight.drain(10_000)).toBe(0);
    expect(controller.signal.aborted).toBe(false);
    expect(inFlight.size).toBe(0);
  });
  it('cancels what is still running when the timeout passes', async () => {
    const inFlight = new InFlight();
    const controller = new AbortController();
    inFlight.track(controller);
    expect(await inFlight.drain(20)).toBe(1);
    expect(controller.signal.aborted).toBe(true);
  });
});
