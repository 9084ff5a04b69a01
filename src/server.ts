/**
 * The gateway's HTTP server: a plain `node:http` server in front of Apollo.
 *   GET /healthz            -> ready check
 *   GET /, GET /graphql     -> the offline playground (browsers)
 *   POST/GET /graphql       -> Apollo -> resolvers -> loaders -> StripeClient -> Stripe/emulator
 */
import { setMaxListeners } from 'node:events';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { StripeClient } from './datasources/client';
import { redact } from './datasources/errors';
import { createContext, type GatewayContext } from './context';
import { buildGatewaySchema } from './schema';
import { queryLimitsPlugin } from './plugins/limits';
import { partialDataStatusPlugin } from './plugins/status';
import { authorizationPlugin } from './plugins/auth';
import { authenticationFailureBody, createAuthenticator } from './auth/authenticate';
import { playgroundHandler } from './playground';
import { loadExamples } from './examples';
import type { GatewayConfig } from './config';

export interface RunningGateway {
  url: string;
  port: number;
  client: StripeClient;
  close(): Promise<void>;
}

/**
 * One home for error formatting: a stable code on every error, no stack traces, and no secret
 * in any message. An unexpected error keeps no message of its own.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = (formatted.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
  const known = original instanceof GraphQLError || code !== 'INTERNAL_SERVER_ERROR';
  const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
  void _stack;
  void _http;
  return {
    ...formatted,
    message: known ? redact(formatted.message) : 'Internal server error',
    extensions: { ...extensions, code },
  };
}

export async function startGateway(config: GatewayConfig, options: { apiBase: string; apiKey?: string | undefined }): Promise<RunningGateway> {
  const { schema, index } = buildGatewaySchema();
  const client = new StripeClient({ ...config.dataSource, apiBase: options.apiBase, apiVersion: config.stripeVersion ?? index.metadata.apiVersion, callerRate: config.auth.callerRate });
  const authenticator = createAuthenticator(config.auth);
  const apollo = new ApolloServer<GatewayContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [ApolloServerPluginLandingPageDisabled(), authorizationPlugin(index, config.auth.policy, config.auth.callerRate !== undefined), queryLimitsPlugin(index, config.limits), partialDataStatusPlugin()],
  });
  await apollo.start();

  const playground = playgroundHandler({ endpoint: '/graphql', embeddedMode: options.apiKey !== undefined && config.embedded, examples: loadExamples() });
  // stripe-key mode never lends the gateway's key, whatever the environment holds.
  const gatewayKey = config.auth.mode === 'stripe-key' ? undefined : options.apiKey;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Never leak an internal error, and never leave a socket hanging.
      console.error('gateway: unexpected error', redact(String(error)));
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://gateway');
    if (url.pathname === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"status":"ok"}');
      return;
    }
    if (playground(req, res)) return;
    if (url.pathname !== '/graphql') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: `No route ${url.pathname}; the GraphQL endpoint is /graphql`, extensions: { code: 'NOT_FOUND' } }] }));
      return;
    }
    const body = await readBody(req);
    if (body === TOO_LARGE) {
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ errors: [{ message: `Request body too large; the limit is ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_REQUEST' } }] }));
      // The rest of the body is never read: once the answer is out, the connection goes.
      res.on('finish', () => req.destroy());
      return;
    }
    // Who is calling, before Apollo runs: a refused request costs no upstream call.
    const auth = await authenticator.authenticate(req.headers.authorization);
    if (!auth.ok) {
      res.writeHead(auth.status, { 'content-type': 'application/json', ...(auth.status === 401 ? { 'www-authenticate': 'Bearer' } : {}) });
      res.end(authenticationFailureBody(auth));
      return;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const abort = new AbortController();
    // Every upstream call of this request listens on the signal; a wide query makes hundreds.
    setMaxListeners(0, abort.signal);
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () =>
        createContext({
          index,
          client,
          caller: auth.caller,
          gatewayKey,
          stripeAccount: headerValue(req.headers['stripe-account']),
          signal: abort.signal,
          loaderOptions: { enabled: config.loadersEnabled },
        }),
    });
    const outHeaders: Record<string, string> = { vary: 'Accept' };
    for (const [name, value] of result.headers) outHeaders[name] = value;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') res.end(result.body.string);
    else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${config.host}:${port}/graphql`,
    port,
    client,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await apollo.stop();
    },
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.trim() !== '' ? v.trim() : undefined;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** What readBody answers for a body over the limit: a client error, not a crash. */
const TOO_LARGE = Symbol('too large');

async function readBody(req: http.IncomingMessage): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  // A declared length over the limit is refused before a byte of the body is read.
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return TOO_LARGE;
  const chunks: Buffer[] = [];
  const complete = await new Promise<boolean>((resolve, reject) => {
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Stop reading: the answer goes out now and the connection closes after it.
        req.pause();
        req.removeAllListeners('data');
        resolve(false);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(true));
    req.on('error', reject);
  });
  if (!complete) return TOO_LARGE;
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('application/json')) return text;
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return text; // Apollo answers malformed JSON with a 400 of its own
  }
}
