/**
 * The gateway's HTTP server: a plain `node:http` server in front of Apollo.
 *   GET /healthz            -> alive
 *   GET /readyz             -> ready to take operations (503 while draining)
 *   GET /metrics            -> Prometheus text (own port, or behind METRICS_TOKEN)
 *   GET /, GET /graphql     -> the offline playground (browsers)
 *   POST/GET /graphql       -> src/graphql-endpoint.ts -> Apollo -> resolvers -> loaders -> StripeClient
 *   POST /webhooks/stripe   -> Stripe's events, signature checked, onto the event bus (src/events/)
 *   WebSocket /graphql      -> subscriptions (graphql-ws) fed by the event bus
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { StripeClient } from './datasources/client';
import { SharedLimits } from './datasources/shared-limits';
import { SharedKeyValueCache } from './http/shared-cache';
import { redact } from './datasources/errors';
import { createContext, type GatewayContext } from './context';
import { buildGatewaySchema } from './schema';
import { queryLimitsPlugin } from './plugins/limits';
import { stringifyResult } from './plugins/introspection';
import { partialDataStatusPlugin } from './plugins/status';
import { observabilityPlugin } from './plugins/observability';
import { authorizationPlugin } from './plugins/auth';
import { createAuthenticator, type Authenticator } from './auth/authenticate';
import { authorize, type Policy } from './auth/policy';
import type { Caller } from './auth/caller';
import { playgroundHandler } from './playground';
import { loadExamples } from './examples';
import type { GatewayConfig } from './config';
import { createLogger, type Logger } from './observability/logger';
import { GatewayMetrics } from './observability/metrics';
import { endpointTemplates, type TemplateOf } from './observability/endpoint-template';
import { newTrace } from './observability/operation';
import { requestIdFrom } from './observability/request-id';
import { sendError } from './http/body';
import { InFlight } from './http/in-flight';
import { metricsHandler } from './http/metrics-endpoint';
import { applyCors } from './http/cors';
import { introspectionPolicyPlugin } from './plugins/introspection-policy';
import { createEventBus, type EventBus } from './events/bus';
import { webhookIntake } from './events/intake';
import { attachSubscriptions } from './events/websocket';
import type { MetadataIndex } from './metadata/load';
import { graphqlEndpoint, type ServeGraphQL } from './graphql-endpoint';

export { refusedBeforeApollo } from './graphql-endpoint';

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
  const core = gatewayCore(config, options);
  const apollo = apolloServer(config, core);
  await apollo.start();
  const inFlight = new InFlight();
  const events = createEventBus(config.events.redisUrl, { onProblem: (message) => core.log.warn(message) });
  // stripe-key mode never lends the gateway's key, whatever the environment holds.
  const gatewayKey = config.auth.mode === 'stripe-key' ? undefined : options.apiKey;
  const serveGraphQL = graphqlEndpoint({ ...core, config, apollo, inFlight, gatewayKey });
  const serveMetrics = metricsHandler(core.metrics, config.metrics.token);
  const handle = router(config, { inFlight, events, shared: core.shared, serveMetrics, serveGraphQL, options, log: core.log });
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Never leak an internal error, and never leave a socket hanging.
      core.log.error({ err: error }, 'unexpected error in the HTTP handler');
      if (!res.headersSent) sendError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
      else res.end();
    });
  });
  const subscriptions = attachSubscriptions(server, {
    schema: core.schema,
    path: '/graphql',
    authenticate: (params) => authenticateConnection(params, core.authenticator, config.auth.policy),
    context: subscriptionContext(config, core, gatewayKey, events),
  });
  await listen(server, config.port, config.host);
  const port = (server.address() as AddressInfo).port;
  const metricsServer = config.metrics.port === undefined ? undefined : await metricsOnItsOwnPort(config.metrics.port, config.host, serveMetrics);
  const close = closer(config, { server, metricsServer, subscriptions, inFlight, apollo, events, core });
  let closing: Promise<void> | undefined;
  return {
    url: `http://${config.host}:${port}/graphql`,
    port,
    metricsPort: metricsServer ? (metricsServer.address() as AddressInfo).port : undefined,
    client: core.client,
    events,
    close: () => (closing ??= close()),
  };
}

/** What the gateway is made of before it serves: the schema, logs, metrics, the Stripe client, callers. */
interface GatewayCore {
  schema: GraphQLSchema;
  index: MetadataIndex;
  log: Logger;
  templateOf: TemplateOf;
  shared: SharedLimits | undefined;
  apqCache: KeyValueCache | undefined;
  client: StripeClient;
  metrics: GatewayMetrics;
  authenticator: Authenticator;
}

function gatewayCore(config: GatewayConfig, options: GatewayOptions): GatewayCore {
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
  return { schema, index, log, templateOf, shared, apqCache, client, metrics, authenticator: createAuthenticator(config.auth) };
}

function apolloServer(config: GatewayConfig, core: GatewayCore): ApolloServer<GatewayContext> {
  return new ApolloServer<GatewayContext>({
    schema: core.schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts owns the signals: one handler, which drains before Apollo stops.
    stopOnTerminationSignals: false,
    stringifyResult,
    // Automatic persisted queries, in a bounded LRU cache. Off when only trusted documents run:
    // registering a document by sending it would defeat the list.
    // With REDIS_URL the cache is shared, so a hash registered on one replica runs on every one.
    persistedQueries: core.apqCache === undefined ? false : { cache: core.apqCache },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin would visit every resolved field to compute a cache hint
      // this graph never gives (answers are per caller): `no-store` is set once, per answer
      // (src/graphql-endpoint.ts). With it on, Apollo also wraps every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      authorizationPlugin(core.index, config.auth.policy, config.auth.callerRate !== undefined),
      introspectionPolicyPlugin<GatewayContext>(config.introspection, (context) => context.caller.role),
      queryLimitsPlugin(core.index, config.limits),
      partialDataStatusPlugin(),
      observabilityPlugin(core.log),
    ],
  });
}

interface Routes {
  inFlight: InFlight;
  events: EventBus;
  shared: SharedLimits | undefined;
  serveMetrics: ReturnType<typeof metricsHandler>;
  serveGraphQL: ServeGraphQL;
  options: GatewayOptions;
  log: Logger;
}

/** Every route of the main port: probes, metrics behind a token, webhooks, the playground, GraphQL. */
function router(config: GatewayConfig, routes: Routes): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> {
  const { inFlight, events, shared, serveMetrics, serveGraphQL } = routes;
  const playground = playgroundHandler({
    endpoint: '/graphql',
    embeddedMode: routes.options.apiKey !== undefined && config.embedded,
    examples: loadExamples(),
  });
  const webhooks = webhookIntake({ secret: config.events.webhookSecret, bus: events, log: routes.log });
  return async (req, res) => {
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
  };
}

/** A subscription's context: the caller's loaders and credentials, renewed for each event it answers. */
function subscriptionContext(config: GatewayConfig, core: GatewayCore, gatewayKey: string | undefined, events: EventBus) {
  return (identity: ConnectionIdentity) => {
    const fresh = () =>
      createContext({
        index: core.index,
        client: core.client,
        caller: identity.caller,
        gatewayKey,
        stripeAccount: identity.stripeAccount,
        trace: newTrace(requestIdFrom(undefined), identity.stripeAccount),
        loaderOptions: { enabled: config.loadersEnabled },
      });
    const context = { ...fresh(), events, subscriber: identity, renew: () => void Object.assign(context, fresh()) };
    return context;
  };
}

async function metricsOnItsOwnPort(port: number, host: string, serveMetrics: ReturnType<typeof metricsHandler>): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    serveMetrics(req, res).catch(() => sendError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR'));
  });
  await listen(server, port, host);
  return server;
}

interface Closing {
  server: http.Server;
  metricsServer: http.Server | undefined;
  subscriptions: { close(): Promise<void> };
  inFlight: InFlight;
  apollo: ApolloServer<GatewayContext>;
  events: EventBus;
  core: GatewayCore;
}

/** The drain: stop taking connections, let operations finish (up to the shutdown timeout), then close everything. */
function closer(config: GatewayConfig, parts: Closing): () => Promise<void> {
  const { server, metricsServer, inFlight, core } = parts;
  return async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    await parts.subscriptions.close();
    server.closeIdleConnections();
    const cancelled = await inFlight.drain(config.shutdownTimeoutMs);
    if (cancelled > 0) core.log.warn({ cancelled }, 'shutdown: operations still running after the drain timeout were cancelled');
    // Cancelled operations answer at once; then whatever connection is left goes.
    await waitUntil(() => inFlight.size === 0, 1_000);
    server.closeAllConnections();
    await closed;
    if (metricsServer) {
      const stopped = new Promise<void>((resolve) => metricsServer.close(() => resolve()));
      metricsServer.closeAllConnections();
      await stopped;
    }
    await parts.apollo.stop();
    await parts.events.close();
    await core.shared?.close();
    if (core.apqCache instanceof SharedKeyValueCache) await core.apqCache.close();
  };
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
