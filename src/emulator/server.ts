/**
 * The HTTP layer: reads a request, applies latency and faults, authenticates, picks the
 * platform and Connect scope, routes, replays idempotent POSTs, and writes Stripe-shaped
 * answers. Control endpoints live under `/_emulator/`.
 */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { checkKey } from './auth';
import { EmulatorError, stripeErrorBody, type StripeErrorBody } from './errors';
import { Engine } from './engine';
import { EmulatorEvents } from './events';
import { faultConfigProblem, FaultInjector, type FaultConfig } from './faults';
import { decodeForm, type FormObject } from './form';
import { RequestLog, type RequestLogEntry } from './log';
import { Router } from './router';
import { PLATFORM_SCOPE, pseudoRandom, Store, type StoreSnapshot } from './store';

const MAX_BODY_BYTES = 1024 * 1024;
const CONTROL_PREFIX = '/_emulator/';

/** One store per API key fingerprint, each a fresh copy of the demo data on first use. */
export class Platforms {
  private readonly stores = new Map<string, Store>();

  constructor(private readonly demo: StoreSnapshot | null) {}

  get(fingerprint: string): Store {
    let store = this.stores.get(fingerprint);
    if (store === undefined) {
      store = this.demo === null ? new Store(fingerprint) : Store.fromSnapshot(fingerprint, this.demo);
      this.stores.set(fingerprint, store);
    }
    return store;
  }

  reset(): void {
    this.stores.clear();
  }
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export class EmulatorServer {
  readonly server: Server;
  readonly log = new RequestLog();
  private readonly router: Router;
  private requestCounter = 0;

  constructor(
    readonly engine: Engine,
    readonly platforms: Platforms,
    readonly faults: FaultInjector,
    readonly events: EmulatorEvents = new EmulatorEvents(engine.metadata.apiVersion),
  ) {
    this.router = new Router(engine.metadata);
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => this.crash(res, err));
    });
  }

  private nextRequestId(): string {
    this.requestCounter += 1;
    return `req_${pseudoRandom('request', this.requestCounter, 14)}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = this.nextRequestId();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const path = url.pathname;
    const body = await readBody(req);
    if (body === null) {
      this.send(res, requestId, { status: 413, body: stripeErrorBody('invalid_request_error', `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`) });
      req.socket.destroy();
      return;
    }
    if (path.startsWith(CONTROL_PREFIX)) {
      this.send(res, requestId, this.control(method, path, url.searchParams, body, req.headers.authorization));
      return;
    }

    const header = (name: string): string | undefined => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const stripeAccount = header('stripe-account') ?? null;
    const auth = checkKey(header('authorization'));
    const entry: RequestLogEntry = {
      time: Date.now(),
      method,
      path,
      query: url.search.replace(/^\?/, ''),
      route: null,
      stripeAccount,
      apiKey: auth.ok ? auth.fingerprint : null,
      status: 0,
      requestId,
      fault: null,
      idempotentReplay: false,
      error: null,
      refusedParams: false,
    };
    this.log.add(entry);
    if (entry.apiKey !== null) {
      const key = entry.apiKey;
      this.log.started(key);
      res.once('close', () => this.log.finished(key));
    }

    const latency = this.faults.latencyMs();
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    const fault = this.faults.decide(path);
    if (fault.kind === 'drop') {
      entry.fault = 'drop';
      req.socket.destroy();
      return;
    }
    let answer: Answer;
    if (fault.kind === 'error') {
      entry.fault = fault.status === 429 ? '429' : '500';
      answer = injectedError(fault.status, this.faults.shouldRetryHeader());
    } else {
      answer = this.api(method, path, url.search, body, header, auth, stripeAccount, entry);
    }
    entry.status = answer.status;
    this.send(res, requestId, answer);
  }

  private api(
    method: string,
    path: string,
    search: string,
    body: string,
    header: (name: string) => string | undefined,
    auth: ReturnType<typeof checkKey>,
    stripeAccount: string | null,
    entry: RequestLogEntry,
  ): Answer {
    try {
      if (!auth.ok) throw auth.error;
      const store = this.platforms.get(auth.fingerprint);
      const scope = this.scopeFor(store, stripeAccount);
      const eventsAnswer = this.events.answer(method, path, decodeForm(search.replace(/^\?/, '')), store, scope);
      if (eventsAnswer !== null) return eventsAnswer;
      const match = this.router.match(method, path);
      if (match === null) {
        throw new EmulatorError(
          404,
          'invalid_request_error',
          `Unrecognized request URL (${method}: ${path}). The emulator serves the endpoints in its metadata.`,
        );
      }
      entry.route = match.route.endpoint.path;
      const contentType = header('content-type') ?? '';
      if (method === 'POST' && body !== '' && /json/i.test(contentType)) {
        throw new EmulatorError(400, 'invalid_request_error', 'Invalid request: bodies must be form-encoded (application/x-www-form-urlencoded), not JSON.');
      }
      const params = decodeParams(method, search, body);
      const headers: Record<string, string> = {};
      if (stripeAccount !== null) headers['Stripe-Account'] = stripeAccount;

      const idempotencyKey = method === 'POST' ? header('idempotency-key') : undefined;
      let storeKey: string | undefined;
      let requestFingerprint = '';
      if (idempotencyKey !== undefined) {
        if (idempotencyKey.length > 255)
          throw new EmulatorError(400, 'invalid_request_error', 'Idempotency keys are limited to 255 characters.', 'idempotency_key_in_use');
        headers['Idempotency-Key'] = idempotencyKey;
        storeKey = `${scope}|${idempotencyKey}`;
        requestFingerprint = JSON.stringify([method, path, canonical(params)]);
        const previous = store.idempotency.get(storeKey);
        if (previous !== undefined) {
          if (previous.fingerprint !== requestFingerprint) {
            throw new EmulatorError(
              400,
              'idempotency_error',
              `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
              'idempotency_error',
            );
          }
          entry.idempotentReplay = true;
          return { status: previous.status, body: previous.body, headers: { ...headers, 'Idempotent-Replayed': 'true' } };
        }
      }
      const before = method === 'GET' ? undefined : this.events.snapshot(store);
      const result = this.engine.handle(store, scope, match, params, path);
      if (before !== undefined) this.events.record(store, before, { requestId: entry.requestId, idempotencyKey: idempotencyKey ?? null });
      // Only successes are saved: Stripe saves no result for a request that failed validation.
      if (storeKey !== undefined && result.status < 300) {
        store.idempotency.set(storeKey, { fingerprint: requestFingerprint, status: result.status, body: result.body });
      }
      return { status: result.status, body: result.body, headers };
    } catch (err) {
      if (!(err instanceof EmulatorError)) throw err;
      entry.error = { type: err.type, code: err.code ?? null, param: err.param ?? null };
      entry.refusedParams = err.refusedParams;
      return { status: err.status, body: err.toBody() };
    }
  }

  /** The Connect scope: the platform itself, or a connected account it holds. */
  private scopeFor(store: Store, stripeAccount: string | null): string {
    if (stripeAccount === null) return PLATFORM_SCOPE;
    const accountType = this.engine.model.typeForObject('account');
    if (accountType !== undefined && store.find(stripeAccount, PLATFORM_SCOPE, {}, [accountType]) === undefined) {
      throw new EmulatorError(
        403,
        'invalid_request_error',
        `The provided key does not have access to account '${stripeAccount}' (or that account does not exist). Application access may have been revoked.`,
        'account_invalid',
      );
    }
    return stripeAccount;
  }

  private control(method: string, path: string, query: URLSearchParams, body: string, authorization: string | undefined): Answer {
    const route = `${method} ${path.replace(/\/+$/, '')}`;
    switch (route) {
      case 'GET /_emulator/health':
        return { status: 200, body: { ok: true, apiVersion: this.engine.metadata.apiVersion } };
      case 'GET /_emulator/requests':
        return { status: 200, body: { data: this.log.list() } };
      case 'DELETE /_emulator/requests':
        this.log.reset();
        return { status: 200, body: { ok: true } };
      case 'GET /_emulator/counts':
        return { status: 200, body: { counts: this.log.counts() } };
      case 'GET /_emulator/concurrency':
        return { status: 200, body: { maxInFlight: this.log.maxInFlight() } };
      case 'GET /_emulator/faults':
        return { status: 200, body: { faults: this.faults.get() } };
      case 'DELETE /_emulator/faults':
        this.faults.set({});
        return { status: 200, body: { faults: {} } };
      case 'POST /_emulator/faults': {
        let cfg: unknown;
        try {
          cfg = body === '' ? {} : JSON.parse(body);
        } catch {
          return controlError('The faults body must be JSON.');
        }
        const problem = faultConfigProblem(cfg);
        if (problem !== null) return controlError(problem);
        this.faults.set(cfg as FaultConfig);
        return { status: 200, body: { faults: this.faults.get() } };
      }
      case 'POST /_emulator/reset':
        this.platforms.reset();
        return { status: 200, body: { ok: true } };
      case 'GET /_emulator/objects': {
        const auth = checkKey(authorization);
        if (!auth.ok) return { status: auth.error.status, body: auth.error.toBody() };
        const store = this.platforms.get(auth.fingerprint);
        const typeFilter = query.get('type');
        const withData = query.get('data') === 'true';
        const data = store
          .all()
          .filter((o) => typeFilter === null || o.typeName === typeFilter || o.data.object === typeFilter)
          .map((o) => ({
            id: o.data.id ?? null,
            object: o.data.object ?? null,
            typeName: o.typeName,
            scope: o.scope,
            parents: o.parents,
            hidden: o.hidden === true,
            ...(withData ? { data: o.data } : {}),
          }));
        return { status: 200, body: { data } };
      }
      default:
        return { status: 404, body: stripeErrorBody('invalid_request_error', `Unknown control endpoint (${method}: ${path}). See docs/emulator.md.`) };
    }
  }

  private send(res: ServerResponse, requestId: string, answer: Answer): void {
    if (res.destroyed) return;
    const text = JSON.stringify(answer.body, null, 2);
    res.writeHead(answer.status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
      'Request-Id': requestId,
      'Stripe-Version': this.engine.metadata.apiVersion,
      ...answer.headers,
    });
    res.end(text);
  }

  /** An unexpected failure: a 500 in Stripe's shape, logged without request data. */
  private crash(res: ServerResponse, err: unknown): void {
    console.error('emulator: internal error', err instanceof Error ? err.stack : err);
    if (res.headersSent || res.destroyed) {
      res.destroy();
      return;
    }
    const text = JSON.stringify(stripeErrorBody('api_error', 'An unknown error occurred in the emulator.'));
    res.writeHead(500, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  }
}

function controlError(message: string): Answer {
  return { status: 400, body: stripeErrorBody('invalid_request_error', message) };
}

function injectedError(status: 429 | 500, shouldRetry: string | undefined): Answer {
  const body: StripeErrorBody =
    status === 429
      ? stripeErrorBody(
          'invalid_request_error',
          'Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.',
          'rate_limit',
        )
      : stripeErrorBody('api_error', 'An unknown error occurred (injected by the emulator).');
  return { status, body, headers: shouldRetry === undefined ? {} : { 'Stripe-Should-Retry': shouldRetry } };
}

/** The body as text, or null past the size limit. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Key-sorted JSON, so the same params in another order count as the same request. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Query string and form body as one parameter object; a malformed one is a refusal of the parameters. */
function decodeParams(method: string, search: string, body: string): FormObject {
  try {
    const query = decodeForm(search.replace(/^\?/, ''));
    return method === 'POST' ? { ...query, ...decodeForm(body) } : query;
  } catch (error) {
    if (error instanceof EmulatorError) error.refusedParams = true;
    throw error;
  }
}
