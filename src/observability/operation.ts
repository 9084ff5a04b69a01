/**
 * What the gateway records about one GraphQL operation while it runs: filled in by the context
 * (upstream requests through the client's observer, loads through the loaders), by the
 * observability plugin (name, type, error codes), and written out once, as the operation's
 * access log line and its metrics, when the answer has been sent.
 */
import type { UpstreamObserver, UpstreamResultInfo } from '../datasources/client';
import type { Logger } from './logger';
import type { GatewayMetrics, OperationOutcome } from './metrics';
import type { TemplateOf } from './endpoint-template';

export interface OperationTrace {
  readonly requestId: string;
  /** `performance.now()` when the request arrived. */
  readonly started: number;
  name: string | undefined;
  /** `query`, `mutation`, or `unknown` before the document is resolved. */
  type: string;
  outcome: OperationOutcome;
  upstreamRequests: number;
  retries: number;
  errorCodes: string[];
  /** Object loads asked of the loaders, and those that needed a request to Stripe. */
  readonly loads: { loads: number; fetches: number };
  /** The connected account the request acts for, when it names one. */
  stripeAccount: string | undefined;
  /** Who is calling (the caller's `sub`), once authenticated. Never a key or token. */
  caller: string | undefined;
}

export function newTrace(requestId: string, stripeAccount: string | undefined): OperationTrace {
  return {
    requestId,
    started: performance.now(),
    name: undefined,
    type: 'unknown',
    outcome: 'ok',
    upstreamRequests: 0,
    retries: 0,
    errorCodes: [],
    loads: { loads: 0, fetches: 0 },
    stripeAccount,
    caller: undefined,
  };
}

/** Counts an operation's upstream attempts and logs each at debug level with Stripe's request id. */
export function traceObserver(trace: OperationTrace, log: Logger, metrics: GatewayMetrics, templateOf: TemplateOf): UpstreamObserver {
  return {
    result(info: UpstreamResultInfo) {
      trace.upstreamRequests += 1;
      if (info.attempt > 0) trace.retries += 1;
      if (log.isLevelEnabled('debug')) {
        log.debug(
          {
            requestId: trace.requestId,
            upstream: {
              method: info.method,
              endpoint: templateOf(info.path),
              status: info.statusCode,
              stripeRequestId: info.requestId,
              attempt: info.attempt,
              errorCode: info.errorCode,
              willRetry: info.willRetry,
              durationMs: info.durationMs,
            },
          },
          'upstream request',
        );
      }
    },
    queued(ms) {
      metrics.queueWait(ms / 1000);
    },
  };
}

/** The access line of an operation: what an operator needs, never a key, token or secret. */
export function accessLine(trace: OperationTrace, status: number, now = performance.now()): Record<string, unknown> {
  return {
    requestId: trace.requestId,
    operation: { name: trace.name ?? null, type: trace.type },
    status,
    outcome: trace.outcome,
    durationMs: Math.round((now - trace.started) * 100) / 100,
    upstreamRequests: trace.upstreamRequests,
    retries: trace.retries,
    errorCodes: trace.errorCodes,
    caller: trace.caller ?? null,
    stripeAccount: trace.stripeAccount ?? null,
  };
}
