/**
 * The floor's HTTP client: plain REST calls to the emulator over one undici keep-alive pool,
 * with nothing in between (no retries, no limiter, no GraphQL). Also used to seed the fixture.
 */
import { Pool } from 'undici';
import { limitConcurrency } from './semaphore';

export type Query = Record<string, string | number | readonly string[]>;

export interface RestCaller {
  get<T = Record<string, unknown>>(path: string, query?: Query): Promise<T>;
  post<T = Record<string, unknown>>(path: string, form: URLSearchParams, idempotencyKey?: string): Promise<T>;
  close(): Promise<void>;
}

function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const v of value as readonly string[]) search.append(`${name}[]`, v);
    else search.append(name, String(value));
  }
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}

/**
 * A caller for one API key. `connections` matches the gateway's pool (64 sockets by default),
 * so neither side is held back by socket count.
 */
export function restCaller(apiBase: string, apiKey: string, stripeVersion: string, connections = 64): RestCaller {
  const pool = new Pool(apiBase, { connections, pipelining: 1 });
  const headers = { authorization: `Bearer ${apiKey}`, 'stripe-version': stripeVersion };

  async function send<T>(method: 'GET' | 'POST', path: string, body?: string, extra?: Record<string, string>): Promise<T> {
    const res = await pool.request({
      method,
      path,
      headers: body === undefined ? { ...headers, ...extra } : { ...headers, ...extra, 'content-type': 'application/x-www-form-urlencoded' },
      ...(body === undefined ? {} : { body }),
    });
    const text = await res.body.text();
    if (res.statusCode >= 300) throw new Error(`${method} ${path.split('?')[0]} answered ${res.statusCode}: ${text.slice(0, 200)}`);
    return JSON.parse(text) as T;
  }

  return {
    get: (path, query) => send('GET', withQuery(path, query)),
    post: (path, form, idempotencyKey) => send('POST', path, form.toString(), idempotencyKey ? { 'idempotency-key': idempotencyKey } : undefined),
    close: () => pool.close(),
  };
}

/** The same caller with at most `limit` requests in flight at once (shared by all its users). */
export function cappedRestCaller(rest: RestCaller, limit: number): RestCaller {
  const run = limitConcurrency(limit);
  return {
    get: <T>(path: string, query?: Query) => run(() => rest.get<T>(path, query)),
    post: <T>(path: string, form: URLSearchParams, idempotencyKey?: string) => run(() => rest.post<T>(path, form, idempotencyKey)),
    // The underlying caller is closed by its owner.
    close: async () => undefined,
  };
}
