/**
 * What an operator sees and relies on, over real HTTP: the operation deadline (a hanging
 * upstream), access and debug log lines with request ids, unexpected errors logged with their
 * cause, and Prometheus metrics after known traffic.
 */
import { startGateway, type RunningGateway } from '../../src/server';
import { gatewayConfigFromEnv } from '../../src/config';
import { startUpstream, json, type Upstream } from '../datasources/helpers/upstream';
import { captureLogs, keepLogs, type CapturedLogs } from '../helpers/logs';
import { startE2E, type E2E } from './harness';
import { keyCaller } from '../../src/auth/caller';
import { callerNamespace } from '../../src/auth/idempotency';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads of GraphQL JSON
const KEY = 'sk_test_operations_5e6f7a8b9c';

async function post(url: string, query: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Json; headers: Headers }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as Json, headers: res.headers };
}

describe('one deadline per operation, over every attempt and retry', () => {
  const DEADLINE_MS = 1500;
  let upstream: Upstream;
  let gateway: RunningGateway;
  let logs: CapturedLogs;

  beforeAll(async () => {
    upstream = await startUpstream();
    // Stripe never answers: the default 30 s header timeout and 2 retries would take 93 s.
    upstream.setHandler(() => undefined);
    logs = captureLogs();
    gateway = await startGateway(
      { ...gatewayConfigFromEnv({}), port: 0, operationTimeoutMs: DEADLINE_MS },
      { apiBase: upstream.baseUrl, apiKey: undefined, logger: logs.logger },
    );
  });
  afterAll(async () => {
    await gateway.close();
    await upstream.close();
    keepLogs(logs.lines);
  });

  it('answers a query with UPSTREAM_TIMEOUT within the deadline plus 1 s', async () => {
    const started = Date.now();
    const res = await post(gateway.url, '{ account(id: "acct_hangs") { id } }', { 'x-request-id': 'deadline-query' });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(DEADLINE_MS + 1000);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: { account: null },
      errors: [
        {
          message: "Stripe did not answer within the operation's deadline of 1500 ms (GET /v1/accounts/acct_hangs)",
          locations: [{ line: 1, column: 3 }],
          path: ['account'],
          extensions: { code: 'UPSTREAM_TIMEOUT', timeout: { phase: 'deadline', ms: DEADLINE_MS }, requestId: 'deadline-query' },
        },
      ],
    });
  });

  it('tells a mutation that its outcome is unknown, with the idempotency key to retry with', async () => {
    const before = upstream.received.length;
    const res = await post(gateway.url, 'mutation { createAccount(input: { type: CUSTOM }, idempotencyKey: "retry-me-1") { id } }');
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].message).toBe(
      "Stripe did not answer within the operation's deadline of 1500 ms (POST /v1/accounts). The outcome is unknown: retry with the same idempotencyKey, and Stripe applies it at most once",
    );
    // One attempt: the deadline ended it; there was no time left to retry.
    const sent = upstream.received.slice(before);
    expect(sent.map((r) => [r.method, r.url])).toEqual([['POST', '/v1/accounts']]);
    // The key sent to Stripe (the caller's key in the caller's namespace) is the one to retry with.
    const key = sent[0]!.headers['idempotency-key'] as string;
    expect(key).toBe(`${callerNamespace(keyCaller(KEY).sub)}retry-me-1`);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', idempotencyKey: key });
  });

  it('returns the generated key when the caller gave none', async () => {
    const res = await post(gateway.url, 'mutation { createAccount(input: { type: CUSTOM }) { id } }');
    const key = res.body.errors[0].extensions.idempotencyKey as string;
    expect(key).toMatch(/^c[A-Za-z0-9_-]{16}\.[0-9a-f-]{36}$/);
    expect(upstream.received.at(-1)!.headers['idempotency-key']).toBe(key);
  });
});

describe('logs and metrics after known traffic', () => {
  let e2e: E2E;
  let metricsPort: number;
  const METRICS_TOKEN = 'operations-metrics-token';
  let tokenGateway: RunningGateway;
  let upstream: Upstream;
  let broken: RunningGateway;
  const brokenLogs = captureLogs();

  beforeAll(async () => {
    e2e = await startE2E({ config: { metrics: { port: 0, token: undefined } } });
    metricsPort = e2e.gateway.metricsPort!;
    tokenGateway = await startGateway(
      { ...gatewayConfigFromEnv({ LOG_LEVEL: 'silent' }), port: 0, metrics: { port: undefined, token: METRICS_TOKEN } },
      { apiBase: e2e.emulator.url, apiKey: undefined },
    );
    upstream = await startUpstream();
    // An account whose boolean is not a boolean: the kind of surprise that is an internal error.
    upstream.setHandler((req, res) => json(res, 200, { id: 'acct_odd', object: 'account', charges_enabled: 'maybe' }, { 'request-id': 'req_odd' }));
    broken = await startGateway({ ...gatewayConfigFromEnv({}), port: 0 }, { apiBase: upstream.baseUrl, apiKey: undefined, logger: brokenLogs.logger });
  });
  afterAll(async () => {
    await broken.close();
    await upstream.close();
    await tokenGateway.close();
    await e2e.close();
    keepLogs(brokenLogs.lines);
  });

  it('writes one access line per operation and each upstream call at debug level, with the request id', async () => {
    const res = await post(e2e.gateway.url, 'query Accounts { accounts(first: 2) { nodes { id } } }', { 'x-request-id': 'ops-access-1' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('ops-access-1');
    const mine = e2e.logs.entries().filter((e) => e.requestId === 'ops-access-1');
    expect(mine.map((e) => [e.level, e.msg])).toEqual([
      ['debug', 'upstream request'],
      ['info', 'operation'],
    ]);
    const [upstreamLine, access] = mine as [Json, Json];
    expect(upstreamLine.upstream).toEqual({
      method: 'GET',
      endpoint: '/v1/accounts',
      status: 200,
      stripeRequestId: expect.stringMatching(/^req_/),
      attempt: 0,
      willRetry: false,
      durationMs: expect.any(Number),
    });
    expect(access).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      service: 'stripe-graph-gateway',
      requestId: 'ops-access-1',
      operation: { name: 'Accounts', type: 'query' },
      status: 200,
      outcome: 'ok',
      durationMs: expect.any(Number),
      upstreamRequests: 1,
      retries: 0,
      errorCodes: [],
      caller: keyCaller(KEY).sub,
      stripeAccount: null,
      msg: 'operation',
    });
  });

  it('generates a request id when the header is unusable, and names the connected account', async () => {
    const res = await post(e2e.gateway.url, '{ currentAccount { id } }', { 'x-request-id': 'bad id with spaces', 'stripe-account': 'acct_1SRJNsZ9WJI' });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const access = e2e.logs.entries().find((e) => e.requestId === id && e.msg === 'operation') as Json;
    expect(access.stripeAccount).toBe('acct_1SRJNsZ9WJI');
  });

  it('logs an unexpected error at error level with its cause, and answers without internals', async () => {
    const res = await post(broken.url, '{ account(id: "acct_odd") { id chargesEnabled } }', { 'x-request-id': 'ops-broken' });
    expect(res.body.errors.map((e: Json) => [e.message, e.extensions])).toEqual([
      ['Boolean cannot represent a non boolean value: "maybe"', { code: 'INTERNAL_SERVER_ERROR', requestId: 'ops-broken' }],
    ]);
    const errors = brokenLogs.entries().filter((e) => e.level === 'error') as Json[];
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ requestId: 'ops-broken', msg: 'unexpected error', path: ['account', 'chargesEnabled'] });
    expect(errors[0]!.err.message).toBe('Boolean cannot represent a non boolean value: "maybe"');
    expect(errors[0]!.err.stack).toContain('GraphQLError');
  });

  it('counts operations, errors, upstream requests and loads exactly', async () => {
    const before = await scrape(`http://127.0.0.1:${metricsPort}/metrics`);
    for (let i = 0; i < 2; i++) await post(e2e.gateway.url, 'query Counted { accounts(first: 3) { nodes { id } } }');
    await post(e2e.gateway.url, 'query CountedMissing { account(id: "acct_counted_missing") { id } }');
    await post(e2e.gateway.url, 'query CountedTwice { a: account(id: "acct_1SRJNsZ9WJI") { id } b: account(id: "acct_1SRJNsZ9WJI") { email } }');
    const after = await scrape(`http://127.0.0.1:${metricsPort}/metrics`);
    const delta = (line: string): number => (after.get(line) ?? 0) - (before.get(line) ?? 0);
    expect(delta('gateway_operations_total{operation="Counted",type="query",outcome="ok"}')).toBe(2);
    expect(delta('gateway_operations_total{operation="CountedMissing",type="query",outcome="partial"}')).toBe(1);
    expect(delta('gateway_operations_total{operation="CountedTwice",type="query",outcome="ok"}')).toBe(1);
    expect(delta('gateway_operation_errors_total{code="NOT_FOUND"}')).toBe(1);
    expect(delta('gateway_upstream_requests_total{method="GET",endpoint="/v1/accounts",status="200",retry="false"}')).toBe(2);
    expect(delta('gateway_upstream_requests_total{method="GET",endpoint="/v1/accounts/{account}",status="404",retry="false"}')).toBe(1);
    expect(delta('gateway_upstream_requests_total{method="GET",endpoint="/v1/accounts/{account}",status="200",retry="false"}')).toBe(1);
    // Two loads of one account: one went to Stripe, the other was answered by the loader.
    expect(delta('gateway_loader_loads_total{result="miss"}')).toBe(2);
    expect(delta('gateway_loader_loads_total{result="hit"}')).toBe(1);
    expect(delta('gateway_operation_duration_seconds_count{type="query"}')).toBe(4);
    for (const name of ['gateway_upstream_queue_depth', 'gateway_upstream_in_flight', 'nodejs_eventloop_lag_seconds', 'process_resident_memory_bytes']) {
      expect(after.has(name)).toBe(true);
    }
  });

  it('serves /metrics on the main port only behind its token', async () => {
    const base = tokenGateway.url.replace('/graphql', '');
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(401);
    const ok = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(await ok.text()).toContain('# TYPE gateway_operations_total counter');
    // Without a token, the main port has no /metrics at all.
    expect((await fetch(`${e2e.gateway.url.replace('/graphql', '')}/metrics`)).status).toBe(404);
  });

  it('puts the request id in errors refused before execution too', async () => {
    const noQuery = await fetch(e2e.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'ops-no-query' },
      body: '{}',
    });
    expect(noQuery.status).toBe(400);
    expect(((await noQuery.json()) as Json).errors.map((e: Json) => e.extensions)).toEqual([{ code: 'BAD_REQUEST', requestId: 'ops-no-query' }]);
    const huge = await fetch(e2e.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'ops-huge' },
      body: 'x'.repeat(1024 * 1024 + 1),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as Json).errors.map((e: Json) => e.extensions)).toEqual([{ code: 'BAD_REQUEST', requestId: 'ops-huge' }]);
    const access = e2e.logs.entries().find((e) => e.requestId === 'ops-no-query') as Json;
    expect([access.status, access.outcome, access.errorCodes]).toEqual([400, 'error', ['BAD_REQUEST']]);
  });

  it('answers /healthz and /readyz', async () => {
    const base = e2e.gateway.url.replace('/graphql', '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });
});

/** Prometheus text as a map from `name{labels}` to value. */
async function scrape(url: string): Promise<Map<string, number>> {
  const text = await (await fetch(url)).text();
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}
