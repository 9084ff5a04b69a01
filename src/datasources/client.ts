/**
 * The Stripe REST client: one upstream request, with everything Stripe's own clients get right
 * (encoding, idempotency, retries, versions, connected accounts), over undici.
 *
 * One client serves the whole process; credentials come with each request (from the GraphQL
 * context), never from the client. Keep-alive pools are shared per origin by every client.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Pool } from 'undici';
import { DEFAULT_CONFIG, parseApiBase, type DataSourceConfig } from './config';
import { encodeParams, withQuery, type Params } from './encoding';
import {
  CallerRateLimitError,
  ConcurrencyLimitError,
  InvalidInputError,
  MissingCredentialsError,
  OperationDeadline,
  RequestCancelledError,
  StripeApiError,
  UpstreamConnectionError,
  UpstreamProtocolError,
  UpstreamTimeoutError,
  DataSourceError,
  ForbiddenRequestError,
} from './errors';
import { Limiter } from './limiter';
import { defaultPerSecond, type SharedLimits } from './shared-limits';
import { PACKAGE_VERSION } from '../package-root';
import { retryDelayMs, shouldRetry, type AttemptOutcome } from './retry';
import { CallerBudgets, type CallerRate } from '../auth/budget';
import { upstreamTestHelperRefusal } from '../auth/test-helpers';
import { headerValue } from '../shared/http';
import { isAccountId } from '../shared/values';

/** Who the request acts as. From the GraphQL context, per request. */
export interface StripeCredentials {
  /** A secret (`sk_`) or restricted (`rk_`) key. */
  apiKey: string;
  /** The connected account to act for (`acct_...`); sent as `Stripe-Account`. */
  stripeAccount?: string | undefined;
  /** Who the gateway calls for (Caller.sub): their own budget and their turn in the queue. */
  caller?: string | undefined;
}

type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface StripeRequest {
  method: HttpMethod;
  /** Path below the API base, with path params already filled: `/v1/accounts/acct_1`. */
  path: string;
  /** Query parameters (GET, DELETE) or form body (POST). */
  params?: Params | undefined;
  credentials: StripeCredentials;
  /** For POSTs; one is generated when absent. Every retry reuses it. */
  idempotencyKey?: string | undefined;
  /** Fires when the GraphQL request is abandoned: the upstream request is cancelled. */
  signal?: AbortSignal | undefined;
  /** Overrides the pinned API version for this request. */
  stripeVersion?: string | undefined;
  /** Preview version the endpoint needs (`EndpointMeta.previewVersion`), appended with `; `. */
  previewVersion?: string | undefined;
  /** Overrides the configured retry count for this request. */
  maxRetries?: number | undefined;
}

/** What `onRequest` sees for every attempt (no secrets: the key is not included). */
export interface UpstreamAttemptInfo {
  method: HttpMethod;
  /** Path without the query string. */
  path: string;
  /** 0 for the first attempt, 1 for the first retry, ... */
  attempt: number;
  stripeAccount: string | undefined;
  idempotencyKey: string | undefined;
}

/**
 * Watches the upstream requests of one GraphQL operation (its access log line, debug logs
 * with the operation's request id, queue waits). Attached with `StripeClient.observedBy`.
 */
export interface UpstreamObserver {
  /** An attempt ended (answered, failed, timed out). */
  result?(info: UpstreamResultInfo): void;
  /** A request got its slot after waiting `ms` for its credential's limiter. */
  queued?(ms: number): void;
}

/** What `onResponse` sees when an attempt ends. */
export interface UpstreamResultInfo extends UpstreamAttemptInfo {
  /** HTTP status, when Stripe answered. */
  statusCode: number | undefined;
  requestId: string | undefined;
  /** The error code when the attempt failed (`UPSTREAM_TIMEOUT`, `RATE_LIMITED`, ...). */
  errorCode: string | undefined;
  willRetry: boolean;
  durationMs: number;
}

export interface StripeClientOptions extends Partial<DataSourceConfig> {
  /** The API version the schema was generated from (`RestMetadata.apiVersion`). */
  apiVersion: string;
  /** Jitter source in [0, 1); defaults to Math.random. Inject a seeded one for repeatable runs. */
  random?: () => number;
  /** Called before every upstream attempt, retries included: counters, logs, tests. */
  onRequest?: (info: UpstreamAttemptInfo) => void;
  /** Called after every upstream attempt. */
  onResponse?: (info: UpstreamResultInfo) => void;
  /** Each caller's budget of upstream requests (GATEWAY_CALLER_RATE); none when absent. */
  callerRate?: CallerRate | undefined;
  /** Limits shared with the other replicas through Redis (REDIS_URL); local limits only when absent. */
  shared?: SharedLimits | undefined;
}

/** Longest a request waits for a shared in-flight slot before it is refused (RATE_LIMITED). */
const MAX_SHARED_WAIT_MS = 30_000;

/** The gateway's User-Agent: `stripe-graph-gateway/<version>`. */
export const USER_AGENT = `stripe-graph-gateway/${PACKAGE_VERSION}`;

// One keep-alive pool per origin and connection settings, for the whole process: every client
// and every request to the same upstream reuses warm sockets instead of paying a TLS handshake.
const pools = new Map<string, Pool>();

/** The key of the pool a client's requests share: its origin and the pool's settings. */
function poolKey(origin: string, config: DataSourceConfig): string {
  return [origin, config.connectTimeoutMs, config.poolConnections, config.keepAliveTimeoutMs, config.maxResponseBytes].join('|');
}

/** The shared pool under `key` (made once per client), created again after closeAllPools. */
function poolFor(key: string, origin: string, config: DataSourceConfig): Pool {
  let pool = pools.get(key);
  if (!pool) {
    pool = new Pool(origin, {
      connections: config.poolConnections,
      connect: { timeout: config.connectTimeoutMs },
      keepAliveTimeout: config.keepAliveTimeoutMs,
      maxResponseSize: config.maxResponseBytes,
    });
    pools.set(key, pool);
  }
  return pool;
}

/** Closes every shared pool (process shutdown, end of a test file). */
export async function closeAllPools(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((pool) => pool.close()));
}

// Header values come from callers (ids, keys); a CR or LF would split headers.
const HEADER_SAFE = /^[\x21-\x7e]+$/;

export class StripeClient {
  readonly config: Readonly<DataSourceConfig>;
  readonly apiVersion: string;
  private readonly origin: string;
  private readonly poolKey: string;
  private readonly basePath: string;
  private readonly random: () => number;
  private readonly onRequest: ((info: UpstreamAttemptInfo) => void) | undefined;
  private readonly onResponse: ((info: UpstreamResultInfo) => void) | undefined;
  // Keyed by a hash of the credential so raw keys are not kept as map keys.
  private readonly limiters = new Map<string, Limiter>();
  // An object, not a number field: views made by `observedBy` share it with their base client.
  private readonly counters = { attempts: 0 };
  private readonly observer: UpstreamObserver | undefined;
  private readonly budgets: CallerBudgets | undefined;
  private readonly callerRate: CallerRate | undefined;
  private readonly shared: SharedLimits | undefined;

  constructor(options: StripeClientOptions) {
    const { apiVersion, random, onRequest, onResponse, callerRate, shared, ...overrides } = options;
    this.budgets = callerRate ? new CallerBudgets(callerRate) : undefined;
    this.callerRate = callerRate;
    this.shared = shared;
    const config: DataSourceConfig = { ...DEFAULT_CONFIG };
    // An option given as undefined keeps the default.
    for (const [key, value] of Object.entries(overrides) as [string, unknown][]) {
      if (value !== undefined) (config as unknown as Record<string, unknown>)[key] = value;
    }
    config.apiBase = parseApiBase(config.apiBase);
    this.config = Object.freeze(config);
    if (!apiVersion) throw new Error('StripeClient needs the API version the schema was generated from');
    this.apiVersion = apiVersion;
    const base = new URL(config.apiBase);
    this.origin = base.origin;
    this.poolKey = poolKey(this.origin, config);
    this.basePath = base.pathname.replace(/\/+$/, '');
    this.random = random ?? Math.random;
    this.onRequest = onRequest;
    this.onResponse = onResponse;
    this.observer = undefined;
  }

  /** Seconds until the caller's budget (GATEWAY_CALLER_RATE) holds `needed` requests; undefined if it does now or there is none. */
  callerRetryAfter(caller: string, needed: number): number | undefined {
    return this.budgets?.peek(caller, needed);
  }

  /** Upstream attempts made by this client so far, retries included. */
  get upstreamAttempts(): number {
    return this.counters.attempts;
  }

  /** Requests in flight and waiting for a slot, over all credentials (metrics). */
  get queue(): { inFlight: number; waiting: number } {
    let inFlight = 0;
    let waiting = 0;
    for (const limiter of this.limiters.values()) {
      inFlight += limiter.active;
      waiting += limiter.waiting;
    }
    return { inFlight, waiting };
  }

  /**
   * The same client (pools, limiters, counters, config), with one operation's observer: the
   * context hands this view to the loaders and resolvers, so they need not carry the observer.
   */
  observedBy(observer: UpstreamObserver): StripeClient {
    const view = Object.create(this) as StripeClient;
    Object.defineProperty(view, 'observer', { value: observer });
    return view;
  }

  /** Sends one request, retrying as the policy allows; resolves with Stripe's parsed JSON. */
  async request<T = unknown>(req: StripeRequest): Promise<T> {
    // Also here, not only in the auth plugin: whatever way into the graph skips the plugin, this is where every upstream request passes.
    const testHelperRefused = upstreamTestHelperRefusal(req.path, req.credentials.apiKey);
    if (testHelperRefused !== undefined) throw new ForbiddenRequestError(testHelperRefused);
    const headers = this.headersFor(req);
    const maxRetries = req.maxRetries ?? this.config.maxRetries;
    const fullPath = this.basePath + checkPath(req.path);
    const isBodyMethod = req.method === 'POST';
    const path = isBodyMethod ? fullPath : withQuery(fullPath, req.params);
    const body = isBodyMethod ? encodeParams(req.params) : undefined;
    const credential = credentialKey(req.credentials);
    const limiter = this.limiterFor(credential);
    const what = `${req.method} ${req.path}`;
    const caller = req.credentials.caller ?? '';
    await this.takeCallerToken(caller);

    for (let attempt = 0; ; attempt += 1) {
      const info: UpstreamAttemptInfo = {
        method: req.method,
        path: req.path,
        attempt,
        stripeAccount: req.credentials.stripeAccount,
        idempotencyKey: headers['idempotency-key'],
      };
      const release = await this.acquire(limiter, credential, req, what, headers['idempotency-key'], caller);
      let outcome: AttemptOutcome;
      let failure: DataSourceError;
      let retryAfter: string | undefined;
      let statusCode: number | undefined;
      let requestId: string | undefined;
      const started = Date.now();
      try {
        this.counters.attempts += 1;
        callHook(this.onRequest, info);
        const response = await poolFor(this.poolKey, this.origin, this.config).request({
          method: req.method,
          path,
          headers,
          body,
          signal: req.signal,
          headersTimeout: this.config.headersTimeoutMs,
          bodyTimeout: this.config.bodyTimeoutMs,
        });
        statusCode = response.statusCode;
        requestId = headerValue(response.headers['request-id']);
        const text = await response.body.text();
        if (statusCode >= 200 && statusCode < 300) {
          const parsed = parseJson(text);
          if (parsed === undefined) {
            throw new UpstreamProtocolError(`Stripe answered HTTP ${statusCode} with a body that is not JSON (${what})`);
          }
          this.report(info, statusCode, requestId, undefined, false, started);
          return parsed as T;
        }
        failure = StripeApiError.fromResponse(statusCode, parseJson(text), requestId);
        retryAfter = headerValue(response.headers['retry-after']);
        // Every replica holds back for this key, not only the one that was told.
        if (statusCode === 429) this.shared?.coolDown(credential, coolDownMs(retryAfter, this.config.retryInitialMs));
        outcome = {
          kind: 'response',
          statusCode,
          shouldRetryHeader: headerValue(response.headers['stripe-should-retry']),
        };
      } catch (error) {
        if (error instanceof UpstreamProtocolError) {
          this.report(info, statusCode, requestId, error.code, false, started);
          throw error;
        }
        [outcome, failure] = this.classify(error, req.signal, what, headers['idempotency-key']);
      } finally {
        release();
      }

      const retry = shouldRetry({ outcome, retriesSoFar: attempt, maxRetries, retryTimeouts: this.config.retryTimeouts });
      this.report(info, statusCode, requestId, failure.code, retry, started);
      if (!retry) throw failure;
      await this.sleep(this.retryDelay(attempt, retryAfter), req.signal, what, headers['idempotency-key']);
    }
  }

  /**
   * Takes the caller's token for one request (not per attempt: a retry is the gateway's doing,
   * not the caller's). The local bucket never holds fewer tokens than the shared one, so it
   * answers first.
   */
  private async takeCallerToken(caller: string): Promise<void> {
    const retryAfterSeconds = this.budgets?.take(caller);
    if (retryAfterSeconds !== undefined) throw new CallerRateLimitError(retryAfterSeconds);
    if (this.shared && this.callerRate) {
      const sharedWait = await this.shared.takeToken(caller, this.callerRate);
      if (typeof sharedWait === 'number') throw new CallerRateLimitError(sharedWait);
    }
  }

  /** How long to wait before the retry after `attempt`. */
  private retryDelay(attempt: number, retryAfter: string | undefined): number {
    return retryDelayMs(attempt + 1, retryAfter, Date.now(), {
      initialMs: this.config.retryInitialMs,
      maxMs: this.config.retryMaxMs,
      maxRetryAfterMs: this.config.retryAfterMaxMs,
      random: this.random,
    });
  }

  /**
   * Waits for a slot of the credential (this process's, then the replicas' shared one), reporting
   * the wait; an abort while waiting says why. The returned function gives both back.
   */
  private async acquire(
    limiter: Limiter,
    credential: string,
    req: StripeRequest,
    what: string,
    idempotencyKey: string | undefined,
    caller: string | undefined,
  ): Promise<() => void> {
    const started = performance.now();
    let release: () => void;
    try {
      release = await limiter.acquire(req.signal, caller);
    } catch (error) {
      throw abortReason(req.signal, what, idempotencyKey) ?? error;
    }
    if (this.shared) {
      let lease: string | undefined;
      try {
        lease = await this.sharedLease(this.shared, credential, req.credentials.apiKey, req.signal, what, idempotencyKey);
      } catch (error) {
        release();
        throw error;
      }
      if (lease !== undefined) release = releaseBoth(release, this.shared, credential, lease);
    }
    if (this.observer?.queued) callHook(this.observer.queued.bind(this.observer), performance.now() - started);
    return release;
  }

  /**
   * A lease on the credential's shared in-flight slots and this second's budget, polling while
   * every slot is taken (a slot freed on another replica sends no signal here). Undefined when
   * Redis cannot be reached: the local limit alone then applies.
   */
  private async sharedLease(
    shared: SharedLimits,
    credential: string,
    apiKey: string,
    signal: AbortSignal | undefined,
    what: string,
    idempotencyKey: string | undefined,
  ): Promise<string | undefined> {
    const perSecond = this.config.maxPerSecondPerCredential || defaultPerSecond(apiKey);
    // A replica that dies holding a lease frees it when the longest request could have ended.
    const leaseMs = this.config.headersTimeoutMs + this.config.bodyTimeoutMs;
    let waited = 0;
    for (let pause = 5; ; pause = Math.min(pause * 2, 50)) {
      const got = await shared.acquire(credential, this.config.maxInFlightPerCredential, perSecond, leaseMs);
      if (got === 'unavailable') return undefined;
      if (typeof got === 'object' && 'lease' in got) return got.lease;
      const ms = got === 'full' ? pause : got.waitMs;
      if (waited + ms > MAX_SHARED_WAIT_MS) throw new ConcurrencyLimitError(this.config.maxInFlightPerCredential, this.config.maxQueuedPerCredential);
      waited += ms;
      await this.sleep(ms, signal, what, idempotencyKey);
    }
  }

  private async sleep(ms: number, signal: AbortSignal | undefined, what: string, idempotencyKey: string | undefined): Promise<void> {
    try {
      await sleep(ms, signal);
    } catch (error) {
      throw abortReason(signal, what, idempotencyKey) ?? error;
    }
  }

  /** The headers of one request; the same object (and idempotency key) serves every retry. */
  private headersFor(req: StripeRequest): Record<string, string> {
    const { apiKey, stripeAccount } = req.credentials;
    if (typeof apiKey !== 'string' || apiKey === '') {
      throw new MissingCredentialsError('No Stripe API key was provided with the request');
    }
    if (!HEADER_SAFE.test(apiKey)) {
      throw new MissingCredentialsError('The Stripe API key is malformed (it contains spaces or control characters)');
    }
    const headers: Record<string, string> = {
      authorization: `Bearer ${apiKey}`,
      accept: 'application/json',
      'user-agent': USER_AGENT,
      'stripe-version': stripeVersionHeader(req.stripeVersion ?? this.apiVersion, req.previewVersion),
    };
    if (stripeAccount !== undefined && stripeAccount !== '') {
      if (!isAccountId(stripeAccount)) {
        throw new InvalidInputError(`Invalid connected account id ${JSON.stringify(stripeAccount)}: expected acct_...`);
      }
      headers['stripe-account'] = stripeAccount;
    }
    if (req.method === 'POST') {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      const key = req.idempotencyKey ?? `sgg-${randomUUID()}`;
      if (!HEADER_SAFE.test(key) || key.length > 255) {
        throw new InvalidInputError('Invalid idempotency key: use up to 255 visible ASCII characters');
      }
      headers['idempotency-key'] = key;
    }
    return headers;
  }

  private limiterFor(key: string): Limiter {
    let limiter = this.limiters.get(key);
    if (!limiter) {
      limiter = new Limiter(this.config.maxInFlightPerCredential, this.config.maxQueuedPerCredential);
      this.limiters.set(key, limiter);
    }
    // Idle limiters of other credentials are dropped so the map does not grow with every key seen.
    if (this.limiters.size > 1000) {
      for (const [other, candidate] of this.limiters) {
        if (other !== key && candidate.idle) this.limiters.delete(other);
      }
    }
    return limiter;
  }

  /** Sorts a thrown error into a retry outcome and the error to surface. */
  private classify(error: unknown, signal: AbortSignal | undefined, what: string, idempotencyKey: string | undefined): [AttemptOutcome, DataSourceError] {
    const aborted = abortReason(signal, what, idempotencyKey);
    if (aborted) return [{ kind: 'aborted' }, aborted];
    const [outcome, failure] = this.classifyFailure(error, what);
    // A POST that failed on the way may or may not have reached Stripe: its key makes a retry safe.
    if (idempotencyKey !== undefined && (outcome.kind === 'timeout' || outcome.kind === 'connection')) failure.idempotencyKey = idempotencyKey;
    return [outcome, failure];
  }

  private classifyFailure(error: unknown, what: string): [AttemptOutcome, DataSourceError] {
    if (error instanceof RequestCancelledError || error instanceof MissingCredentialsError) {
      return [{ kind: 'aborted' }, error];
    }
    const code = errorCode(error);
    switch (code) {
      case 'UND_ERR_CONNECT_TIMEOUT':
        return [{ kind: 'timeout' }, new UpstreamTimeoutError('connect', this.config.connectTimeoutMs, what)];
      case 'UND_ERR_HEADERS_TIMEOUT':
        return [{ kind: 'timeout' }, new UpstreamTimeoutError('headers', this.config.headersTimeoutMs, what)];
      case 'UND_ERR_BODY_TIMEOUT':
        return [{ kind: 'timeout' }, new UpstreamTimeoutError('body', this.config.bodyTimeoutMs, what)];
      case 'UND_ERR_RES_EXCEEDED_MAX_SIZE':
        // Not a connection failure: the same request would get the same oversized answer.
        return [{ kind: 'aborted' }, new UpstreamProtocolError(`Stripe's answer exceeded ${this.config.maxResponseBytes} bytes (${what})`)];
    }
    return [
      { kind: 'connection' },
      new UpstreamConnectionError(`Could not reach Stripe${code ? `: ${code}` : ''} (${what})`, code, { origin: this.origin, cause: error }),
    ];
  }

  private report(
    info: UpstreamAttemptInfo,
    statusCode: number | undefined,
    requestId: string | undefined,
    errorCode: string | undefined,
    willRetry: boolean,
    started: number,
  ): void {
    // Every attempt of every operation comes through here: one plain object, no spread, no bind.
    const result: UpstreamResultInfo = {
      method: info.method,
      path: info.path,
      attempt: info.attempt,
      stripeAccount: info.stripeAccount,
      idempotencyKey: info.idempotencyKey,
      statusCode,
      requestId,
      errorCode,
      willRetry,
      durationMs: Date.now() - started,
    };
    callHook(this.onResponse, result);
    if (this.observer?.result) {
      try {
        this.observer.result(result);
      } catch {
        // Deliberately ignored, as in callHook: observation must never change behaviour.
      }
    }
  }
}

/** A hash of the credential (key and connected account): raw keys are never kept or sent to Redis. */
function credentialKey(credentials: StripeCredentials): string {
  return createHash('sha256')
    .update(`${credentials.apiKey}\0${credentials.stripeAccount ?? ''}`)
    .digest('base64url');
}

/** Gives back the local slot and the shared lease, once. */
function releaseBoth(local: () => void, shared: SharedLimits, credential: string, lease: string): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    local();
    shared.release(credential, lease);
  };
}

/**
 * How long every replica holds back after a 429: Stripe's Retry-After when it sent one (whole
 * seconds), else the first backoff step.
 */
export function coolDownMs(retryAfter: string | undefined, fallbackMs: number): number {
  const seconds = retryAfter === undefined ? NaN : Number(retryAfter);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, 60_000) : fallbackMs;
}

/**
 * The error for a request whose signal fired: the operation's deadline passed (a timeout that
 * says, for a POST, that the outcome is unknown and which key retries it safely), or the caller
 * went away. Undefined while the signal has not fired.
 */
function abortReason(signal: AbortSignal | undefined, what: string, idempotencyKey: string | undefined): DataSourceError | undefined {
  if (!signal?.aborted) return undefined;
  const reason: unknown = signal.reason;
  if (reason instanceof OperationDeadline) return reason.errorFor(what, idempotencyKey);
  return new RequestCancelledError(`Request cancelled by the caller (${what})`);
}

/** `Stripe-Version`: the pinned version, plus the preview version a preview endpoint needs. */
function stripeVersionHeader(version: string, previewVersion: string | undefined): string {
  return previewVersion ? `${version}; ${previewVersion}` : version;
}

/** A throwing hook is a bug in the hook; it must not turn into a retried or failed request. */
function callHook<I>(hook: ((info: I) => void) | undefined, info: I): void {
  if (!hook) return;
  try {
    hook(info);
  } catch {
    // Deliberately ignored: observation must never change behaviour.
  }
}

function checkPath(path: string): string {
  if (!path.startsWith('/') || path.includes('?') || path.includes('#')) {
    throw new InvalidInputError(`Invalid Stripe path ${JSON.stringify(path)}: must start with / and carry no query`);
  }
  return path;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    if (typeof code === 'string') return code;
  }
  // Node wraps socket failures; the useful code is often on the cause.
  if (error instanceof Error && error.cause !== undefined && error.cause !== error) return errorCode(error.cause);
  return undefined;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new RequestCancelledError('Request cancelled while waiting to retry'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new RequestCancelledError('Request cancelled while waiting to retry'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
