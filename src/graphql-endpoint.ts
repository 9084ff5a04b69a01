/**
 * One GraphQL operation over HTTP, in the order its steps run: a request id; the body, within
 * its limit; the caller (a refusal here costs no upstream call); trusted documents; one
 * deadline on one signal; Apollo; the answer, compressed when worth it; its access line and
 * metrics. Every answer, refusals before Apollo included, carries the request id and gets an
 * access line.
 */
import { setMaxListeners } from 'node:events';
import type * as http from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { Authenticator } from './auth/authenticate';
import { authenticationFailureBody } from './auth/authenticate';
import type { Caller } from './auth/caller';
import type { GatewayConfig } from './config';
import { createContext, type GatewayContext } from './context';
import type { StripeClient } from './datasources/client';
import { OperationDeadline } from './datasources/errors';
import { MAX_BODY_BYTES, readBody, sendError, TOO_LARGE } from './http/body';
import { compressAnswer, varyWith, type CompressionSettings } from './http/compression';
import type { InFlight } from './http/in-flight';
import { applyTrustedDocuments } from './http/trusted-documents';
import type { MetadataIndex } from './metadata/load';
import type { TemplateOf } from './observability/endpoint-template';
import type { Logger } from './observability/logger';
import type { GatewayMetrics } from './observability/metrics';
import { accessLine, newTrace, traceObserver, type OperationTrace } from './observability/operation';
import { requestIdFrom } from './observability/request-id';
import { headerValue } from './shared/http';

/** What serving an operation needs; made once by startGateway. */
export interface EndpointParts {
  config: GatewayConfig;
  apollo: ApolloServer<GatewayContext>;
  authenticator: Authenticator;
  index: MetadataIndex;
  client: StripeClient;
  /** The gateway's own key, lent to callers without one (never in stripe-key mode). */
  gatewayKey: string | undefined;
  inFlight: InFlight;
  log: Logger;
  metrics: GatewayMetrics;
  templateOf: TemplateOf;
}

export type ServeGraphQL = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<void>;

export function graphqlEndpoint(parts: EndpointParts): ServeGraphQL {
  const { config, authenticator, inFlight } = parts;
  const finish = (trace: OperationTrace, status: number): void => finishOperation(parts, trace, status);
  return async (req, res, url) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const body = await readBody(req);
    if (body === TOO_LARGE) {
      sendError(res, 413, `Request body too large; the limit is ${MAX_BODY_BYTES} bytes`, 'BAD_REQUEST', { connection: 'close' }, requestId);
      // The rest of the body is never read: once the answer is out, the connection goes.
      res.on('finish', () => req.destroy());
      return;
    }
    const stripeAccount = headerValue(req.headers['stripe-account']);
    const trace = newTrace(requestId, stripeAccount);
    // Who is calling, before Apollo runs: a refused request costs no upstream call.
    const auth = await authenticator.authenticate(req.headers.authorization);
    // Answers given before Apollo runs still get the request id, an access line and metrics.
    const refuse = async (response: HTTPGraphQLResponse): Promise<void> => {
      finish(trace, await writeResult(req, res, refusedBeforeApollo(trace, response), inFlight.draining, config.compression));
    };
    if (!auth.ok) return refuse(authenticationFailure(auth));
    trace.caller = auth.caller.sub;
    const trusted = applyTrustedDocuments(req.method ?? 'GET', body, url.search, config.trustedDocuments.documents, config.trustedDocuments.mode);
    if ('refused' in trusted) return refuse(trusted.refused);
    const request = { method: req.method ?? 'GET', headers: apolloHeaders(req), search: trusted.search, body: trusted.body };
    await runOperation(parts, { req, res, trace, caller: auth.caller, stripeAccount }, request, finish);
  };
}

interface Operation {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  trace: OperationTrace;
  caller: Caller;
  stripeAccount: string | undefined;
}

/** Apollo's run of the operation under its deadline, the answer written, then `finish` (its access line). */
async function runOperation(
  parts: EndpointParts,
  op: Operation,
  httpGraphQLRequest: Parameters<ApolloServer<GatewayContext>['executeHTTPGraphQLRequest']>[0]['httpGraphQLRequest'],
  finish: (trace: OperationTrace, status: number) => void,
): Promise<void> {
  const { config, inFlight } = parts;
  const controller = new AbortController();
  // Every upstream call of this operation listens on the signal; a wide query makes hundreds.
  setMaxListeners(0, controller.signal);
  const done = inFlight.track(controller);
  const deadline = setTimeout(() => controller.abort(new OperationDeadline(config.operationTimeoutMs)), config.operationTimeoutMs);
  op.res.on('close', () => {
    if (!op.res.writableFinished) controller.abort();
  });
  try {
    const result = await parts.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () =>
        createContext({
          index: parts.index,
          client: parts.client,
          caller: op.caller,
          gatewayKey: parts.gatewayKey,
          stripeAccount: op.stripeAccount,
          signal: controller.signal,
          loaderOptions: { enabled: config.loadersEnabled },
          trace: op.trace,
          observer: traceObserver(op.trace, parts.log, parts.metrics, parts.templateOf),
        }),
    });
    // Answers are per caller: no cache may keep one (Apollo's cache-control plugin is off).
    if (!result.headers.has('cache-control')) result.headers.set('cache-control', 'no-store');
    finish(op.trace, await writeResult(op.req, op.res, refusedBeforeApollo(op.trace, result), inFlight.draining, config.compression));
  } finally {
    clearTimeout(deadline);
    done();
  }
}

function apolloHeaders(req: http.IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The operation's access line and metrics, once it is answered. */
function finishOperation(parts: EndpointParts, trace: OperationTrace, status: number): void {
  parts.log.info(accessLine(trace, status), 'operation');
  parts.metrics.operation({
    name: trace.name,
    type: trace.type,
    outcome: trace.outcome,
    errorCodes: trace.errorCodes,
    seconds: (performance.now() - trace.started) / 1000,
    loads: trace.loads.loads,
    fetches: trace.loads.fetches,
  });
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
