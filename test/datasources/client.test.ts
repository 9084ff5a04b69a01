import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { StripeClient, USER_AGENT, closeAllPools, type StripeClientOptions } from '../../src/datasources/client';
import {
  ConcurrencyLimitError,
  MissingCredentialsError,
  RequestCancelledError,
  StripeApiError,
  UpstreamConnectionError,
  UpstreamProtocolError,
  UpstreamTimeoutError,
  toGraphQLError,
} from '../../src/datasources/errors';
import { json, startUpstream, type Upstream } from './helpers/upstream';

const API_VERSION = '2026-10-28.endive';
const KEY = 'sk_test_clientTest123';
const credentials = { apiKey: KEY };

let upstream: Upstream;

beforeEach(async () => {
  upstream = await startUpstream();
});

afterEach(async () => {
  await closeAllPools();
  await upstream.close();
});

function client(options: Partial<StripeClientOptions> = {}): StripeClient {
  return new StripeClient({
    apiVersion: API_VERSION,
    apiBase: upstream.baseUrl,
    retryInitialMs: 5,
    retryMaxMs: 20,
    retryAfterMaxMs: 50,
    random: () => 0,
    ...options,
  });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('StripeClient headers and encoding', () => {
  it('sends the key, connected account, pinned version and user agent; GET params in the query', async () => {
    upstream.setHandler((_req, res) => json(res, 200, { id: 'acct_1', object: 'account' }));
    const result = await client().request({
      method: 'GET',
      path: '/v1/accounts/acct_1',
      params: { expand: ['capabilities', 'external_accounts'] },
      credentials: { apiKey: KEY, stripeAccount: 'acct_connected1' },
    });
    expect(result).toEqual({ id: 'acct_1', object: 'account' });
    expect(upstream.received).toHaveLength(1);
    const [received] = upstream.received;
    expect(received?.method).toBe('GET');
    expect(received?.url).toBe('/v1/accounts/acct_1?expand[0]=capabilities&expand[1]=external_accounts');
    expect(received?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(received?.headers['stripe-account']).toBe('acct_connected1');
    expect(received?.headers['stripe-version']).toBe(API_VERSION);
    expect(received?.headers['user-agent']).toBe(USER_AGENT);
    const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(USER_AGENT).toBe(`stripe-graph-gateway/${version}`);
    expect(received?.headers['idempotency-key']).toBeUndefined();
    expect(received?.body).toBe('');
  });

  it('appends a preview version, and lets a request override the pinned one', async () => {
    upstream.setHandler((_req, res) => json(res, 200, { object: 'ok' }));
    const c = client();
    await c.request({ method: 'GET', path: '/v1/preview', credentials, previewVersion: 'crypto_onramp_beta=v2' });
    await c.request({ method: 'GET', path: '/v1/x', credentials, stripeVersion: '2024-06-20' });
    expect(upstream.received.map((r) => r.headers['stripe-version'])).toEqual([`${API_VERSION}; crypto_onramp_beta=v2`, '2024-06-20']);
    expect(upstream.received[0]?.headers['stripe-account']).toBeUndefined();
  });

  it("POSTs a form body with a generated idempotency key, or the caller's", async () => {
    upstream.setHandler((_req, res) => json(res, 200, { id: 'acct_1', object: 'account' }));
    const c = client();
    await c.request({
      method: 'POST',
      path: '/v1/accounts/acct_1',
      params: { metadata: { tier: 'gold' }, business_profile: { url: '' }, tos_acceptance: null },
      credentials,
    });
    await c.request({ method: 'POST', path: '/v1/accounts/acct_1/reject', params: { reason: 'fraud' }, credentials, idempotencyKey: 'caller-key-1' });
    const [first, second] = upstream.received;
    expect(first?.body).toBe('metadata[tier]=gold&business_profile[url]=');
    expect(first?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(first?.headers['idempotency-key']).toMatch(/^sgg-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second?.headers['idempotency-key']).toBe('caller-key-1');
    expect(second?.body).toBe('reason=fraud');
  });

  it('DELETE sends params in the query string', async () => {
    upstream.setHandler((_req, res) => json(res, 200, { id: 'person_1', object: 'person', deleted: true }));
    await client().request({ method: 'DELETE', path: '/v1/accounts/acct_1/persons/person_1', params: { x: 1 }, credentials });
    expect(upstream.received[0]?.url).toBe('/v1/accounts/acct_1/persons/person_1?x=1');
    expect(upstream.received[0]?.headers['idempotency-key']).toBeUndefined();
  });

  it('keeps a path prefix of the API base', async () => {
    upstream.setHandler((_req, res) => json(res, 200, { object: 'balance' }));
    await client({ apiBase: `${upstream.baseUrl}/stripe/` }).request({ method: 'GET', path: '/v1/balance', credentials });
    expect(upstream.received[0]?.url).toBe('/stripe/v1/balance');
  });

  it('reuses one keep-alive connection per origin across clients', async () => {
    upstream.setHandler((_req, res) => json(res, 200, { object: 'balance' }));
    await client().request({ method: 'GET', path: '/v1/balance', credentials });
    // undici hands the socket back to the pool on the tick after the body ends.
    await new Promise((resolve) => setImmediate(resolve));
    await client().request({ method: 'GET', path: '/v1/balance', credentials });
    const ports = upstream.received.map((r) => r.remotePort);
    expect(ports).toHaveLength(2);
    expect(ports[1]).toBe(ports[0]);
  });

  it('refuses to call Stripe without a key, or with a malformed connected account', async () => {
    const c = client();
    await expect(c.request({ method: 'GET', path: '/v1/balance', credentials: { apiKey: '' } })).rejects.toThrow(MissingCredentialsError);
    await expect(c.request({ method: 'GET', path: '/v1/balance', credentials: { apiKey: KEY, stripeAccount: 'acct_1\r\nX-Evil: 1' } })).rejects.toThrow(
      'Invalid connected account id',
    );
    expect(upstream.received).toHaveLength(0);
  });
});

describe('StripeClient retries', () => {
  it('retries a 429 and succeeds, with the same idempotency key on both attempts', async () => {
    upstream.setHandler((_req, res, index) =>
      index === 0
        ? json(res, 429, { error: { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests' } })
        : json(res, 200, { id: 'acct_1', object: 'account' }),
    );
    const attempts: number[] = [];
    const result = await client({ onRequest: (info) => attempts.push(info.attempt) }).request({
      method: 'POST',
      path: '/v1/accounts/acct_1',
      params: { metadata: { a: '1' } },
      credentials,
    });
    expect(result).toEqual({ id: 'acct_1', object: 'account' });
    expect(upstream.received).toHaveLength(2);
    const keys = upstream.received.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^sgg-/);
    expect(keys[1]).toBe(keys[0]);
    expect(upstream.received[1]?.body).toBe('metadata[a]=1');
    expect(attempts).toEqual([0, 1]);
  });

  it('does not retry when Stripe-Should-Retry is false, even on a 503', async () => {
    upstream.setHandler((_req, res) => json(res, 503, { error: { type: 'api_error', message: 'Try later' } }, { 'stripe-should-retry': 'false' }));
    const error = await rejection(client().request({ method: 'POST', path: '/v1/accounts', credentials }));
    expect(error).toBeInstanceOf(StripeApiError);
    expect((error as StripeApiError).statusCode).toBe(503);
    expect(upstream.received).toHaveLength(1);
  });

  it('retries a 400 when Stripe-Should-Retry is true', async () => {
    upstream.setHandler((_req, res, index) =>
      index === 0
        ? json(res, 400, { error: { type: 'invalid_request_error', message: 'lock' } }, { 'stripe-should-retry': 'true' })
        : json(res, 200, { object: 'ok' }),
    );
    await expect(client().request({ method: 'GET', path: '/v1/x', credentials })).resolves.toEqual({ object: 'ok' });
    expect(upstream.received).toHaveLength(2);
  });

  it('does not retry a 400, which maps to BAD_USER_INPUT with param', async () => {
    upstream.setHandler((_req, res) =>
      json(
        res,
        400,
        {
          error: {
            type: 'invalid_request_error',
            code: 'parameter_unknown',
            param: 'individual[dob][yaer]',
            message: 'Received unknown parameter: individual[dob][yaer]',
          },
        },
        { 'request-id': 'req_abc' },
      ),
    );
    const error = await rejection(client().request({ method: 'POST', path: '/v1/accounts/acct_1', credentials }));
    expect(upstream.received).toHaveLength(1);
    const graphql = toGraphQLError(error);
    expect(graphql.message).toBe('Received unknown parameter: individual[dob][yaer]');
    expect(graphql.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      http: { status: 400 },
      stripe: {
        type: 'invalid_request_error',
        code: 'parameter_unknown',
        param: 'individual[dob][yaer]',
        requestId: 'req_abc',
        statusCode: 400,
      },
    });
  });

  it('retries 5xx up to maxRetries, then surfaces the last error', async () => {
    upstream.setHandler((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>bad gateway</html>');
    });
    const error = await rejection(client({ maxRetries: 3 }).request({ method: 'GET', path: '/v1/balance', credentials }));
    expect(upstream.received).toHaveLength(4);
    expect((error as Error).message).toBe('Stripe answered HTTP 502 without an error object');
    expect(toGraphQLError(error).extensions.code).toBe('UPSTREAM_ERROR');
  });

  it('retries a 409 conflict, and honours Retry-After (capped) without failing', async () => {
    upstream.setHandler((_req, res, index) =>
      index === 0
        ? json(res, 409, { error: { type: 'idempotency_error', message: 'in progress' } }, { 'retry-after': '3600' })
        : json(res, 200, { object: 'ok' }),
    );
    await expect(client().request({ method: 'POST', path: '/v1/x', credentials })).resolves.toEqual({ object: 'ok' });
    expect(upstream.received).toHaveLength(2);
  });

  it('retries connection errors, then fails with a clear error', async () => {
    const port = await closedPort();
    const error = await rejection(client({ apiBase: `http://127.0.0.1:${port}`, maxRetries: 1 }).request({ method: 'GET', path: '/v1/balance', credentials }));
    expect(error).toBeInstanceOf(UpstreamConnectionError);
    // The address is for logs (origin, cause), never in the message a client sees.
    expect((error as Error).message).toBe('Could not reach Stripe: ECONNREFUSED (GET /v1/balance)');
    expect((error as UpstreamConnectionError).origin).toBe(`http://127.0.0.1:${port}`);
    expect(((error as Error).cause as Error).message).toContain(`127.0.0.1:${port}`);
    expect((error as UpstreamConnectionError).causeCode).toBe('ECONNREFUSED');
  });

  it('never puts the API key in an error message', async () => {
    upstream.setHandler((_req, res) => json(res, 401, { error: { type: 'invalid_request_error', message: `Invalid API Key provided: ${KEY}` } }));
    const error = await rejection(client().request({ method: 'GET', path: '/v1/balance', credentials }));
    expect(upstream.received).toHaveLength(1);
    expect((error as Error).message).toBe('Invalid API Key provided: sk_test_[REDACTED]');
    expect(toGraphQLError(error).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('fails clearly on a 200 that is not JSON, without retrying', async () => {
    upstream.setHandler((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('hello');
    });
    const error = await rejection(client().request({ method: 'GET', path: '/v1/balance', credentials }));
    expect(error).toBeInstanceOf(UpstreamProtocolError);
    expect((error as Error).message).toBe('Stripe answered HTTP 200 with a body that is not JSON (GET /v1/balance)');
    expect(upstream.received).toHaveLength(1);
  });
});

describe('StripeClient timeouts and cancellation', () => {
  it('times out a hung upstream with a clear error', async () => {
    upstream.setHandler(() => undefined); // never answers
    const error = await rejection(client({ headersTimeoutMs: 150, maxRetries: 0 }).request({ method: 'GET', path: '/v1/accounts/acct_1', credentials }));
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
    expect((error as Error).message).toBe('Stripe did not answer within 150 ms (GET /v1/accounts/acct_1)');
    expect(toGraphQLError(error).extensions).toEqual({ code: 'UPSTREAM_TIMEOUT', timeout: { phase: 'headers', ms: 150 } });
  });

  it('retries a timed-out request once when allowed, reusing the idempotency key', async () => {
    upstream.setHandler(() => undefined);
    await expect(client({ headersTimeoutMs: 100, maxRetries: 1 }).request({ method: 'POST', path: '/v1/accounts', credentials })).rejects.toThrow(
      UpstreamTimeoutError,
    );
    expect(upstream.received).toHaveLength(2);
    expect(upstream.received[1]?.headers['idempotency-key']).toBe(upstream.received[0]?.headers['idempotency-key']);
  });

  it('times out a body that stalls halfway', async () => {
    upstream.setHandler((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"object":');
    });
    const error = await rejection(client({ bodyTimeoutMs: 150, maxRetries: 0 }).request({ method: 'GET', path: '/v1/balance', credentials }));
    expect((error as Error).message).toBe('Stripe did not finish sending its answer within 150 ms (GET /v1/balance)');
  });

  it('cancels the upstream request when the caller aborts, without retrying', async () => {
    upstream.setHandler(() => undefined);
    const controller = new AbortController();
    const pending = client({ headersTimeoutMs: 10_000, maxRetries: 3 }).request({
      method: 'GET',
      path: '/v1/balance',
      credentials,
      signal: controller.signal,
    });
    await waitFor(() => upstream.received.length === 1);
    controller.abort();
    const error = await rejection(pending);
    expect(error).toBeInstanceOf(RequestCancelledError);
    expect(toGraphQLError(error).extensions.code).toBe('REQUEST_CANCELLED');
    expect(upstream.received).toHaveLength(1);
  });
});

describe('StripeClient concurrency limit', () => {
  it('never has more than N requests of one credential at the server at once', async () => {
    upstream.setHandler((_req, res) => {
      setTimeout(() => json(res, 200, { object: 'ok' }), 30);
    });
    const c = client({ maxInFlightPerCredential: 3 });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => c.request({ method: 'GET', path: `/v1/customers/cus_${i}`, credentials })));
    expect(results).toHaveLength(12);
    expect(upstream.received).toHaveLength(12);
    expect(upstream.maxConcurrent).toBe(3);
  });

  it('limits each credential separately', async () => {
    upstream.setHandler((_req, res) => {
      setTimeout(() => json(res, 200, { object: 'ok' }), 30);
    });
    const c = client({ maxInFlightPerCredential: 2 });
    const other = { apiKey: KEY, stripeAccount: 'acct_other' };
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => c.request({ method: 'GET', path: `/v1/customers/cus_${i}`, credentials: i % 2 === 0 ? credentials : other })),
    );
    expect(upstream.maxConcurrent).toBe(4);
  });

  it('rejects at once when the wait queue is full', async () => {
    upstream.setHandler((_req, res) => {
      setTimeout(() => json(res, 200, { object: 'ok' }), 50);
    });
    const c = client({ maxInFlightPerCredential: 1, maxQueuedPerCredential: 1 });
    const settled = await Promise.allSettled([0, 1, 2].map((i) => c.request({ method: 'GET', path: `/v1/customers/cus_${i}`, credentials })));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    const reason = (settled[2] as PromiseRejectedResult).reason as Error;
    expect(reason).toBeInstanceOf(ConcurrencyLimitError);
    expect(toGraphQLError(reason).extensions.code).toBe('RATE_LIMITED');
    expect(upstream.received).toHaveLength(2);
  });
});

describe('StripeClient observation hooks', () => {
  it('keeps working when an observation hook throws', async () => {
    upstream.setHandler((_req, res) => json(res, 200, { object: 'ok' }));
    const c = client({
      onRequest: () => {
        throw new Error('hook bug');
      },
      onResponse: () => {
        throw new Error('hook bug');
      },
    });
    await expect(c.request({ method: 'GET', path: '/v1/x', credentials })).resolves.toEqual({ object: 'ok' });
    expect(upstream.received).toHaveLength(1);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  if (!condition()) throw new Error('condition not met');
}
