/**
 * The gateway's HTTP server: a plain `node:http` server in front of Apollo.
 *   GET /healthz            -> alive
 *   GET /readyz             -> ready to take operations (503 while draining)
 *   GET /metrics            -> Prometheus text (own port, or behind METRICS_TOKEN)
 *   GET /, GET /graphql     -> the offline playground (browsers)
 *   POST/GET /graphql       -> Apollo -> resolvers -> loaders -> StripeClient -> Stripe/emulator
 *   POST /webhooks/stripe   -> Stripe's events, signature checked, onto the event bus (src/events/)
 *   WebSocket /graphql      -> subscriptions (graphql-ws) fed by the event bus
 */
import { setMaxListeners } from 'node:events';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { StripeClient } from './datasources/client';
import { SharedLimits } from './datasources/shared-limits';
import { SharedKeyValueCache } from './http/shared-cache';
import { OperationDeadline, redact } from './datasources/errors';
import { createContext, type GatewayContext } from './context';
import { buildGatewaySchema } from './schema';
import { queryLimitsPlugin } from './plugins/limits';
import { stringifyResult } from './plugins/introspection';
import { partialDataStatusPlugin } from './plugins/status';
import { observabilityPlugin } from './plugins/observability';
import { authorizationPlugin } from './plugins/auth';
import { authenticationFailureBody, createAuthenticator, type Authenticator } from './auth/authenticate';
import { authorize, type Policy } from './auth/policy';
import type { Caller } from './auth/caller';
import { playgroundHandler } from './playground';
import { loadExamples } from './examples';
import type { GatewayConfig } from './config';
import { createLogger, type Logger } from './observability/logger';
import { GatewayMetrics } from './observability/metrics';
import { endpointTemplates } from './observability/endpoint-template';
import { accessLine, newTrace, traceObserver, type OperationTrace } from './observability/operation';
import { requestIdFrom } from './observability/request-id';
import { MAX_BODY_BYTES, readBody, sendError, TOO_LARGE } from './http/body';
import { headerValue } from './shared/http';
import { InFlight } from './http/in-flight';
import { metricsHandler } from './http/metrics-endpoint';
import { applyCors } from './http/cors';
import { applyTrustedDocuments } from './http/trusted-documents';
import { compressAnswer, varyWith, type CompressionSettings } from './http/compression';
import { introspectionPolicyPlugin } from './plugins/introspection-policy';
import { createEventBus, type EventBus } from './events/bus';
import { webhookIntake } from './events/intake';
import { attachSubscriptions } from './events/websocket';

export interface RunningGateway {
  url: string;
  port: number;
  /** The port `/metrics` is served on when METRICS_PORT is set. */
  metricsPort: number | undefined;
  client: StripeClient;
  /** Where webhook intake publishes Stripe's events and subscriptions listen. */
  events: EventBus;
  /** Stops taking operations, lets running ones finish (up to the shutdown timeout), then closes. */
  close(): Promise<void>;
}

export interface GatewayOptions {
  apiBase: string;
  apiKey?: string | undefined;
  /** Where log lines go; by default a logger made from `config.log`. */
  logger?: Logger | undefined;
}

/** Who opened a subscription connection: the caller, and the account its events are read for. */
export interface ConnectionIdentity {
  caller: Caller;
  stripeAccount: string | undefined;
}

/**
 * Authenticates a WebSocket connection from its `connection_init` payload, read like an HTTP
 * request's headers (`authorization`, `stripe-account`), with the same caller identity and the
 * same rules as a query: the `read` scope, a connected-account caller only as itself. Null
 * refuses the connection.
 */
export async function authenticateConnection(
  params: Readonly<Record<string, unknown>>,
  authenticator: Authenticator,
  policy: Policy | undefined,
): Promise<ConnectionIdentity | null> {
  const text = (name: string): string | undefined => {
    const value = params[name] ?? params[name.toLowerCase()];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const auth = await authenticator.authenticate(text('Authorization'));
  if (!auth.ok) return null;
  const headerAccount = text('Stripe-Account');
  if (authorize(auth.caller, { kind: 'subscription', rootFields: [], accounts: [], headerAccount }, policy) !== undefined) return null;
  return { caller: auth.caller, stripeAccount: auth.caller.stripeAccount ?? headerAccount };
}

/**
 * One home for error formatting: a stable code on every error, no stack traces, and no secret
 * in any message. An unexpected error keeps no message of its own (its cause is logged by the
 * observability plugin, from the unformatted error).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = (formatted.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
  const known = original instanceof GraphQLError || code !== 'INTERNAL_SERVER_ERROR';
  const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
  return {
    ...formatted,
    message: known ? redact(formatted.message) : 'Internal server error',
    extensions: { ...extensions, code },
  };
}

export async function startGateway(config: GatewayConfig, options: GatewayOptions): Promise<RunningGateway> {
  const { schema, index } = buildGatewaySchema();
  const log = options.logger ?? createLogger(config.log);
  const templateOf = endpointTemplates(index.metadata);
  // One budget for every replica: with REDIS_URL the Stripe and caller limits are kept in Redis.
  const shared = config.events.redisUrl === undefined ? undefined : new SharedLimits(config.events.redisUrl, { onProblem: (message) => log.warn(message) });
  const apqCache =
    config.apqCacheBytes === 0 || config.trustedDocuments.mode === 'only' ? undefined : persistedQueryCache(config.apqCacheBytes, config.events.redisUrl);
  const client: StripeClient = new StripeClient({
    ...config.dataSource,
    shared,
    apiBase: options.apiBase,
    apiVersion: config.stripeVersion ?? index.metadata.apiVersion,
    callerRate: config.auth.callerRate,
    onResponse: (info) =>
      metrics.upstream({
        method: info.method,
        endpoint: templateOf(info.path),
        status: info.statusCode === undefined ? (info.errorCode ?? 'none') : String(info.statusCode),
        retry: info.attempt > 0,
        seconds: info.durationMs / 1000,
      }),
  });
  const metrics = new GatewayMetrics(() => client.queue);
  const authenticator = createAuthenticator(config.auth);
  const apollo = new ApolloServer<GatewayContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts owns the signals: one handler, which drains before Apollo stops.
    stopOnTerminationSignals: false,
    stringifyResult,
    // Automatic persisted queries, in a bounded LRU cache. Off when only trusted documents run:
    // registering a document by sending it would defeat the list.
    // With REDIS_URL the cache is shared, so a hash registered on one replica runs on every one.
    persistedQueries: apqCache === undefined ? false : { cache: apqCache },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin would visit every resolved field to compute a cache hint
      // this graph never gives (answers are per caller): `no-store` is set once, in serveGraphQL.
      ApolloServerPluginCacheControlDisabled(),
      authorizationPlugin(index, config.auth.policy, config.auth.callerRate !== undefined),
      introspectionPolicyPlugin<GatewayContext>(config.introspection, (context) => context.caller.role),
      queryLimitsPlugin(index, config.limits),
      partialDataStatusPlugin(),
      observabilityPlugin(log),
    ],
  });
  await apollo.start();

  const playground = playgroundHandler({ endpoint: '/graphql', embeddedMode: options.apiKey !== undefined && config.embedded, examples: loadExamples() });
  // stripe-key mode never lends the gateway's key, whatever the environment holds.
  const gatewayKey = config.auth.mode === 'stripe-key' ? undefined : options.apiKey;
  const inFlight = new InFlight();
  const serveMetrics = metricsHandler(metrics, config.metrics.token);
  const events = createEventBus(config.events.redisUrl, { onProblem: (message) => log.warn(message) });
  const webhooks = webhookIntake({ secret: config.events.webhookSecret, bus: events, log });

  /** One GraphQL operation: request id, deadline, context, Apollo, the answer, its access line. */
  async function serveGraphQL(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const body = await readBody(req);
    if (body === TOO_LARGE) {
      sendError(res, 413, `Request body too large; the limit is ${MAX_BODY_BYTES} bytes`, 'BAD_REQUEST', { connection: 'close' }, requestId);
      // The rest of the body is never read: once the answer is out, the connection goes.
      res.on('finish', () => req.destroy());
      return;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const stripeAccount = headerValue(req.headers['stripe-account']);
    const trace = newTrace(requestId, stripeAccount);
    // Who is calling, before Apollo runs: a refused request costs no upstream call.
    const auth = await authenticator.authenticate(req.headers.authorization);
    // Answers given before Apollo runs still get the request id, an access line and metrics.
    const refuse = async (response: HTTPGraphQLResponse): Promise<void> =>
      finishOperation(trace, await writeResult(req, res, refusedBeforeApollo(trace, response), inFlight.draining, config.compression));
    if (!auth.ok) return refuse(authenticationFailure(auth));
    trace.caller = auth.caller.sub;
    const trusted = applyTrustedDocuments(req.method ?? 'GET', body, url.search, config.trustedDocuments.documents, config.trustedDocuments.mode);
    if ('refused' in trusted) return refuse(trusted.refused);
    const controller = new AbortController();
    // Every upstream call of this operation listens on the signal; a wide query makes hundreds.
    setMaxListeners(0, controller.signal);
    const done = inFlight.track(controller);
    const deadline = setTimeout(() => controller.abort(new OperationDeadline(config.operationTimeoutMs)), config.operationTimeoutMs);
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    try {
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: trusted.search, body: trusted.body },
        context: async () =>
          createContext({
            index,
            client,
            caller: auth.caller,
            gatewayKey,
            stripeAccount,
            signal: controller.signal,
            loaderOptions: { enabled: config.loadersEnabled },
            trace,
            observer: traceObserver(trace, log, metrics, templateOf),
          }),
      });
      if (!result.headers.has('cache-control')) result.headers.set('cache-control', 'no-store');
      const answer = refusedBeforeApollo(trace, result);
      const status = await writeResult(req, res, answer, inFlight.draining, config.compression);
      finishOperation(trace, status);
    } finally {
      clearTimeout(deadline);
      done();
    }
  }

  function finishOperation(trace: OperationTrace, status: number): void {
    log.info(accessLine(trace, status), 'operation');
    metrics.operation({
      name: trace.name,
      type: trace.type,
      outcome: trace.outcome,
      errorCodes: trace.errorCodes,
      seconds: (performance.now() - trace.started) / 1000,
      loads: trace.loads.loads,
      fetches: trace.loads.fetches,
    });
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://gateway');
    // While draining, each answer ends its connection, so keep-alive clients move elsewhere.
    if (inFlight.draining) res.setHeader('connection', 'close');
    if (applyCors(config.cors, req, res)) return;
    switch (url.pathname) {
      case '/healthz':
        sendJson(res, 200, { status: 'ok' });
        return;
      case '/readyz':
        if (inFlight.draining) sendJson(res, 503, { status: 'draining' });
        else sendJson(res, 200, readiness(shared, events));
        return;
      case '/metrics':
        if (config.metrics.token !== undefined && config.metrics.port === undefined) return serveMetrics(req, res);
        break;
      case '/webhooks/stripe':
        return webhooks(req, res);
    }
    if (playground(req, res)) return;
    if (url.pathname !== '/graphql') {
      sendError(res, 404, `No route ${url.pathname}; the GraphQL endpoint is /graphql`, 'NOT_FOUND');
      return;
    }
    return serveGraphQL(req, res, url);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Never leak an internal error, and never leave a socket hanging.
      log.error({ err: error }, 'unexpected error in the HTTP handler');
      if (!res.headersSent) sendError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
      else res.end();
    });
  });
  const subscriptions = attachSubscriptions(server, {
    schema,
    path: '/graphql',
    authenticate: (params) => authenticateConnection(params, authenticator, config.auth.policy),
    context: (identity) => {
      const fresh = () =>
        createContext({
          index,
          client,
          caller: identity.caller,
          gatewayKey,
          stripeAccount: identity.stripeAccount,
          trace: newTrace(requestIdFrom(undefined), identity.stripeAccount),
          loaderOptions: { enabled: config.loadersEnabled },
        });
      const context = { ...fresh(), events, subscriber: identity, renew: () => void Object.assign(context, fresh()) };
      return context;
    },
  });
  await listen(server, config.port, config.host);
  const port = (server.address() as AddressInfo).port;

  let metricsServer: http.Server | undefined;
  if (config.metrics.port !== undefined) {
    metricsServer = http.createServer((req, res) => {
      serveMetrics(req, res).catch(() => sendError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR'));
    });
    await listen(metricsServer, config.metrics.port, config.host);
  }

  let closing: Promise<void> | undefined;
  const close = async (): Promise<void> => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    await subscriptions.close();
    server.closeIdleConnections();
    const cancelled = await inFlight.drain(config.shutdownTimeoutMs);
    if (cancelled > 0) log.warn({ cancelled }, 'shutdown: operations still running after the drain timeout were cancelled');
    // Cancelled operations answer at once; then whatever connection is left goes.
    await waitUntil(() => inFlight.size === 0, 1_000);
    server.closeAllConnections();
    await closed;
    if (metricsServer) {
      const stopped = new Promise<void>((resolve) => metricsServer.close(() => resolve()));
      metricsServer.closeAllConnections();
      await stopped;
    }
    await apollo.stop();
    await events.close();
    await shared?.close();
    if (apqCache instanceof SharedKeyValueCache) await apqCache.close();
  };
  return {
    url: `http://${config.host}:${port}/graphql`,
    port,
    metricsPort: metricsServer ? (metricsServer.address() as AddressInfo).port : undefined,
    client,
    events,
    close: () => (closing ??= close()),
  };
}

/**
 * Writes Apollo's answer, compressed when the client accepts it and it is large enough; while
 * draining, the connection closes after it. Answers the status.
 */
async function writeResult(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  result: HTTPGraphQLResponse,
  draining: boolean,
  compression: CompressionSettings,
): Promise<number> {
  // Keeps the Vary: Origin that CORS set: these headers replace same-named ones set before.
  const headers: Record<string, string> = { vary: varyWith(res.getHeader('vary'), 'Accept', 'Accept-Encoding') };
  for (const [name, value] of result.headers) headers[name] = value;
  if (draining) headers.connection = 'close';
  const status = result.status ?? 200;
  if (result.body.kind === 'complete') {
    const answer = await compressAnswer(result.body.string, headerValue(req.headers['accept-encoding']), compression);
    if (answer.encoding !== 'identity') headers['content-encoding'] = answer.encoding;
    // A known length: one write of head and body, no chunked framing.
    headers['content-length'] = String(typeof answer.body === 'string' ? Buffer.byteLength(answer.body) : answer.body.length);
    res.writeHead(status, headers);
    res.end(answer.body);
  } else {
    res.writeHead(status, headers);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
  return status;
}

/** The APQ cache: this process's LRU, or with Redis one shared by every replica (with a local copy). */
function persistedQueryCache(bytes: number, redisUrl: string | undefined): KeyValueCache {
  return redisUrl === undefined ? new InMemoryLRUCache<string>({ maxSize: bytes }) : new SharedKeyValueCache(redisUrl, { localBytes: bytes });
}

/**
 * `/readyz` while serving. With Redis, whether limits and events are shared right now; Redis
 * being away does not make a replica unready: it goes on with its own limits.
 */
function readiness(shared: SharedLimits | undefined, events: EventBus): Record<string, unknown> {
  if (shared === undefined) return { status: 'ready' };
  const mode = (connected: boolean): string => (connected ? 'shared' : 'local (Redis unreachable)');
  return { status: 'ready', details: { limits: mode(shared.status().connected), events: mode(events.status().connected) } };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** HTTP 401 (with `WWW-Authenticate`) or 503 for a caller who could not be identified. */
function authenticationFailure(auth: { status: 401 | 503; message: string }): HTTPGraphQLResponse {
  const headers = new HeaderMap([['content-type', 'application/json; charset=utf-8']]);
  if (auth.status === 401) headers.set('www-authenticate', 'Bearer');
  return { status: auth.status, headers, body: { kind: 'complete', string: authenticationFailureBody(auth) } };
}

/**
 * An answer Apollo gave before its plugins ran (a malformed HTTP request: no query, bad JSON):
 * its errors get the request id like every other error, and the trace gets their codes.
 */
export function refusedBeforeApollo(trace: OperationTrace, result: HTTPGraphQLResponse): HTTPGraphQLResponse {
  const status = result.status ?? 200;
  if (trace.errorCodes.length > 0 || status < 400 || result.body.kind !== 'complete') return result;
  let parsed: { errors?: Array<{ extensions?: Record<string, unknown> }> };
  try {
    parsed = JSON.parse(result.body.string) as typeof parsed;
  } catch {
    return result;
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- it widens the type: `code` is read below
  const errors = (parsed.errors ?? []).map((e) => ({ ...e, extensions: { ...e.extensions, requestId: trace.requestId } as Record<string, unknown> }));
  trace.outcome = 'error';
  trace.errorCodes = errors.map((e) => (typeof e.extensions.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'));
  return { ...result, body: { kind: 'complete', string: JSON.stringify({ ...parsed, errors }) } };
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
}
