/**
 * Errors of the Stripe data source and their translation to GraphQL.
 *
 * Every failure the data source can produce is one of the classes below, each with a stable
 * `code`; `toGraphQLError` is the one place that turns them into `GraphQLError`s. Messages pass
 * through `redact` on the way in, so no API key or client secret can leave in an error.
 */
import { GraphQLError } from 'graphql';
import { isRecord } from '../shared/values';

/** The stable `extensions.code` values a client of the graph can rely on. */
export type ErrorCode =
  /** 401: the API key is missing, malformed, expired or revoked. */
  | 'UNAUTHENTICATED'
  /** 403: the key is valid but may not do this (restricted key, Connect permissions). */
  | 'FORBIDDEN'
  /** 404: no such object, or not visible to this key/account. */
  | 'NOT_FOUND'
  /** 400, 402 and other 4xx: the request itself is wrong (see `extensions.stripe.param`). */
  | 'BAD_USER_INPUT'
  /** 409: a conflicting concurrent request, or an idempotency key reused with other params. */
  | 'CONFLICT'
  /** 429 from Stripe, or our own per-credential queue is full. */
  | 'RATE_LIMITED'
  /** 5xx, a connection failure, or an answer that is not Stripe's JSON. */
  | 'UPSTREAM_ERROR'
  /** A connect, header or body timeout. */
  | 'UPSTREAM_TIMEOUT'
  /** The GraphQL request was abandoned before the upstream answered. */
  | 'REQUEST_CANCELLED'
  /** Anything else: a bug, not an upstream condition. */
  | 'INTERNAL_SERVER_ERROR';

/** Stripe's error fields as the graph exposes them, under `extensions.stripe`. */
export interface StripeErrorFields {
  type: string;
  code?: string;
  declineCode?: string;
  param?: string;
  docUrl?: string;
  requestId?: string;
  statusCode: number;
}

/** The JSON body of a Stripe error response: `{error: {type, code, decline_code, ...}}`. */
interface StripeErrorBody {
  type?: unknown;
  code?: unknown;
  decline_code?: unknown;
  param?: unknown;
  message?: unknown;
  doc_url?: unknown;
}

/** Base of every data source error: a redacted message and a stable code. */
export abstract class DataSourceError extends Error {
  abstract readonly code: ErrorCode;
  /**
   * For a POST that may or may not have reached Stripe (a timeout, a lost connection): the
   * idempotency key it was sent with, so the caller can retry it safely.
   */
  idempotencyKey: string | undefined;
  constructor(message: string) {
    super(redact(message));
  }
}

/** Stripe answered with an error status (or with something that is not Stripe's JSON). */
export class StripeApiError extends DataSourceError {
  override readonly name = 'StripeApiError';
  /** `api_error`, `card_error`, `idempotency_error`, `invalid_request_error`, ... */
  readonly type: string;
  /** Machine-readable reason (`resource_missing`, `parameter_invalid_integer`, ...). */
  readonly stripeCode: string | undefined;
  /** For card errors: the issuer's reason (`insufficient_funds`). */
  readonly declineCode: string | undefined;
  /** The parameter the error is about (`individual[dob][year]`). */
  readonly param: string | undefined;
  readonly docUrl: string | undefined;
  /** Stripe's `Request-Id` header: the handle Stripe support asks for. */
  readonly requestId: string | undefined;
  readonly statusCode: number;
  readonly code: ErrorCode;

  constructor(fields: StripeErrorFields & { message: string }) {
    super(fields.message);
    this.type = fields.type;
    this.stripeCode = fields.code;
    this.declineCode = fields.declineCode;
    this.param = fields.param;
    this.docUrl = fields.docUrl;
    this.requestId = fields.requestId;
    this.statusCode = fields.statusCode;
    this.code = codeForStatus(fields.statusCode);
  }

  /** Reads Stripe's error JSON; a body that is not Stripe's shape still gives a clear error. */
  static fromResponse(statusCode: number, body: unknown, requestId: string | undefined): StripeApiError {
    const error = isRecord(body) && isRecord(body.error) ? (body.error as StripeErrorBody) : undefined;
    if (!error) {
      return new StripeApiError({
        type: 'api_error',
        statusCode,
        requestId,
        message: `Stripe answered HTTP ${statusCode} without an error object`,
      });
    }
    return new StripeApiError({
      type: stringOr(error.type, 'api_error'),
      code: optionalString(error.code),
      declineCode: optionalString(error.decline_code),
      param: optionalString(error.param),
      docUrl: optionalString(error.doc_url),
      requestId,
      statusCode,
      message: stringOr(error.message, `Stripe answered HTTP ${statusCode}`),
    });
  }

  get fields(): StripeErrorFields {
    return {
      type: this.type,
      code: this.stripeCode,
      declineCode: this.declineCode,
      param: this.param,
      docUrl: this.docUrl,
      requestId: this.requestId,
      statusCode: this.statusCode,
    };
  }
}

/** The connection failed before Stripe answered (refused, reset, DNS, TLS). */
export class UpstreamConnectionError extends DataSourceError {
  override readonly name = 'UpstreamConnectionError';
  readonly code = 'UPSTREAM_ERROR' as const;
  /** The low-level code (`ECONNREFUSED`, `UND_ERR_SOCKET`), for logs. */
  readonly causeCode: string | undefined;
  /**
   * Where the gateway tried to connect, for logs only: a client-facing message never names an
   * upstream's address (the low-level error, kept as `cause`, usually does).
   */
  readonly origin: string | undefined;
  constructor(message: string, causeCode: string | undefined, detail: { origin?: string; cause?: unknown } = {}) {
    super(message);
    this.causeCode = causeCode;
    this.origin = detail.origin;
    if (detail.cause !== undefined) this.cause = detail.cause;
  }
}

/** Which wait ran out: one of an attempt's, or the whole operation's deadline. */
export type TimeoutPhase = 'connect' | 'headers' | 'body' | 'deadline';

/**
 * The abort reason of a GraphQL operation whose deadline passed. Every upstream request of the
 * operation listens on one signal; when it fires with this reason, each of them ends as an
 * UPSTREAM_TIMEOUT rather than as a cancellation.
 */
export class OperationDeadline {
  constructor(readonly timeoutMs: number) {}

  errorFor(what: string, idempotencyKey: string | undefined): UpstreamTimeoutError {
    const error = new UpstreamTimeoutError('deadline', this.timeoutMs, what);
    error.idempotencyKey = idempotencyKey;
    return error;
  }
}

export class UpstreamTimeoutError extends DataSourceError {
  override readonly name = 'UpstreamTimeoutError';
  readonly code = 'UPSTREAM_TIMEOUT' as const;
  readonly phase: TimeoutPhase;
  readonly timeoutMs: number;
  constructor(phase: TimeoutPhase, timeoutMs: number, what: string) {
    super(
      phase === 'deadline'
        ? `Stripe did not answer within the operation's deadline of ${timeoutMs} ms (${what})`
        : `Stripe did not ${phaseVerb(phase)} within ${timeoutMs} ms (${what})`,
    );
    this.phase = phase;
    this.timeoutMs = timeoutMs;
  }
}

/** The caller abandoned the request (its AbortSignal fired). */
export class RequestCancelledError extends DataSourceError {
  override readonly name = 'RequestCancelledError';
  readonly code = 'REQUEST_CANCELLED' as const;
}

/** Too many requests for one credential are already in flight and waiting. */
export class ConcurrencyLimitError extends DataSourceError {
  override readonly name = 'ConcurrencyLimitError';
  readonly code = 'RATE_LIMITED' as const;
  readonly maxInFlight: number;
  readonly maxQueued: number;
  constructor(maxInFlight: number, maxQueued: number) {
    super(
      `Too many concurrent Stripe requests for this credential: ${maxInFlight} in flight and ` +
        `${maxQueued} waiting (the queue is full); retry later or ask for fewer objects at once`,
    );
    this.maxInFlight = maxInFlight;
    this.maxQueued = maxQueued;
  }
}

/** One caller spent its own budget of upstream requests (GATEWAY_CALLER_RATE). */
export class CallerRateLimitError extends DataSourceError {
  override readonly name = 'CallerRateLimitError';
  readonly code = 'RATE_LIMITED' as const;
  constructor(readonly retryAfterSeconds: number) {
    super(`This caller has used its budget of requests to Stripe; retry in ${retryAfterSeconds} s`);
  }
}

/** Stripe answered 2xx with something other than JSON: a proxy or a broken upstream. */
export class UpstreamProtocolError extends DataSourceError {
  override readonly name = 'UpstreamProtocolError';
  readonly code = 'UPSTREAM_ERROR' as const;
}

/** The data source was called wrongly (unknown resource, missing parent id): a bug upstream of it. */
export class DataSourceUsageError extends DataSourceError {
  override readonly name = 'DataSourceUsageError';
  readonly code = 'INTERNAL_SERVER_ERROR' as const;
}

/** Maps an upstream HTTP status to the graph's stable error code. */
export function codeForStatus(statusCode: number): ErrorCode {
  switch (statusCode) {
    case 400:
    case 402: // card declined and other "request failed" outcomes: the input is what to change
      return 'BAD_USER_INPUT';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 429:
      return 'RATE_LIMITED';
    case 424: // "external dependency failed": not the caller's fault
      return 'UPSTREAM_ERROR';
  }
  if (statusCode >= 400 && statusCode < 500) return 'BAD_USER_INPUT';
  return 'UPSTREAM_ERROR';
}

/**
 * Turns any error from the data source into a GraphQLError with a stable `extensions.code`,
 * Stripe's fields under `extensions.stripe` and, for HTTP errors, `extensions.http.status`.
 * Unknown errors keep no message of their own: it could carry anything.
 */
export function toGraphQLError(error: unknown, path?: ReadonlyArray<string | number>): GraphQLError {
  // The cause stays attached (`originalError`) for the logs; clients see only the message.
  const options = { ...(path ? { path } : {}), originalError: error instanceof Error ? error : undefined };
  if (error instanceof GraphQLError) return error;
  if (error instanceof StripeApiError) {
    return new GraphQLError(error.message, {
      ...options,
      extensions: {
        code: error.code,
        http: { status: error.statusCode },
        stripe: dropUndefined({ ...error.fields }),
      },
    });
  }
  if (error instanceof DataSourceError && error.idempotencyKey !== undefined) {
    return new GraphQLError(`${error.message}. The outcome is unknown: retry with the same idempotencyKey, and Stripe applies it at most once`, {
      ...options,
      extensions: { code: error.code, idempotencyKey: error.idempotencyKey, ...timeoutOf(error) },
    });
  }
  if (error instanceof CallerRateLimitError) {
    return new GraphQLError(error.message, { ...options, extensions: { code: error.code, retryAfter: error.retryAfterSeconds } });
  }
  if (error instanceof DataSourceError) {
    return new GraphQLError(error.message, { ...options, extensions: { code: error.code, ...timeoutOf(error) } });
  }
  return new GraphQLError('Internal error while calling Stripe', {
    ...options,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

function timeoutOf(error: DataSourceError): { timeout?: { phase: TimeoutPhase; ms: number } } {
  return error instanceof UpstreamTimeoutError ? { timeout: { phase: error.phase, ms: error.timeoutMs } } : {};
}

/**
 * Removes secrets from a text: API keys (`sk_`, `rk_`, `pk_`, ephemeral `ek_`), webhook secrets
 * (`whsec_`), client secrets (`pi_..._secret_...`) and bearer tokens. Keeps the prefix so the
 * message still says which kind of key was involved. A key counts wherever no letter or digit
 * is glued before it, so one after an underscore (`abc_sk_test_...`) goes too.
 */
export function redact(text: string): string {
  return text
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [REDACTED]')
    .replace(/(?<![A-Za-z0-9])(sk|rk|pk|ek)_(test|live)_[A-Za-z0-9_]+/g, '$1_$2_[REDACTED]')
    .replace(/(?<![A-Za-z0-9])(sk|rk|pk|ek)_(?!test_|live_)[A-Za-z0-9]{8,}[A-Za-z0-9_]*/g, '$1_[REDACTED]')
    .replace(/(?<![A-Za-z0-9])whsec_[A-Za-z0-9_]+/g, 'whsec_[REDACTED]')
    .replace(/_secret_[A-Za-z0-9_]+/g, '_secret_[REDACTED]');
}

function phaseVerb(phase: Exclude<TimeoutPhase, 'deadline'>): string {
  switch (phase) {
    case 'connect':
      return 'accept the connection';
    case 'headers':
      return 'answer';
    case 'body':
      return 'finish sending its answer';
  }
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The request carried no usable API key; Stripe would answer 401, so we do not ask. */
export class MissingCredentialsError extends DataSourceError {
  override readonly name = 'MissingCredentialsError';
  readonly code = 'UNAUTHENTICATED' as const;
}

/** A request the gateway refuses to send with this key (a test helper with a live key: src/auth/test-helpers.ts). */
export class ForbiddenRequestError extends DataSourceError {
  override readonly name = 'ForbiddenRequestError';
  readonly code = 'FORBIDDEN' as const;
}

/** A value from the caller cannot be sent as given (an id with `/`, a header with a newline). */
export class InvalidInputError extends DataSourceError {
  override readonly name = 'InvalidInputError';
  readonly code = 'BAD_USER_INPUT' as const;
}
