/**
 * CORS for browser apps on other origins (`CORS_ORIGINS`). The policy is a list of exact
 * origins; a request from one of them gets the headers that let the browser hand it the answer,
 * any other origin gets none, so the browser keeps the answer (and, for a preflight, never sends
 * the request at all). Apollo's CSRF prevention stays on behind this: CORS only relaxes what
 * browsers read, it does not make simple cross-site requests safe.
 */
import type * as http from 'node:http';

/** Who may call from a browser: exact origins, or any origin (`*`, open mode only). */
export interface CorsPolicy {
  origins: readonly string[];
  anyOrigin: boolean;
}

export const NO_CORS: CorsPolicy = Object.freeze({ origins: [], anyOrigin: false });

/** The caller-identity modes (GATEWAY_AUTH); until that lands every gateway is `open`. */
export type AuthMode = 'open' | 'stripe-key' | 'jwt';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** What a web app built on fetch or Apollo Client sends; lower case, as browsers ask for them. */
export const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'stripe-account',
  'x-request-id',
  'apollo-require-preflight',
  'apollographql-client-name',
  'apollographql-client-version',
].join(', ');
/** How long a browser may reuse a preflight answer (Chromium caps it at 7200). */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Parses `CORS_ORIGINS`: comma-separated origins (`https://app.example.com`, with a port when
 * not the scheme's default), or `*`. Answers the policy, or the problem with the value.
 * `*` is accepted only when callers are not identified (`open`): with real credentials in
 * play, any web page on the internet could make a visitor's browser spend them.
 */
export function parseCorsOrigins(raw: string | undefined, authMode: AuthMode): CorsPolicy | string {
  if (raw === undefined) return NO_CORS;
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  if (entries.includes('*')) {
    if (entries.length > 1) return 'CORS_ORIGINS: `*` cannot be combined with other origins';
    if (authMode !== 'open') return `CORS_ORIGINS=* is only allowed when GATEWAY_AUTH is open, not ${authMode}; list the web apps' origins`;
    return { origins: [], anyOrigin: true };
  }
  const bad = entries.filter((e) => normalOrigin(e) !== e);
  if (bad.length > 0) {
    return `CORS_ORIGINS must be exact origins like https://app.example.com (scheme, host, optional port; no path or trailing slash), got ${bad.map((b) => JSON.stringify(b)).join(', ')}`;
  }
  return { origins: entries, anyOrigin: false };
}

/** The origin as browsers send it in `Origin`, or undefined when the text is not one. */
function normalOrigin(text: string): string | undefined {
  if (!/^https?:\/\/[^/?#]+$/i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.origin === 'null' ? undefined : url.origin;
  } catch {
    return undefined;
  }
}

/** The value of Access-Control-Allow-Origin for this request's Origin, or undefined for none. */
export function allowedOrigin(policy: CorsPolicy, origin: string | undefined): string | undefined {
  if (origin === undefined) return undefined;
  if (policy.anyOrigin) return '*';
  return policy.origins.includes(origin) ? origin : undefined;
}

/**
 * The CORS headers of an answer. A preflight (OPTIONS with Access-Control-Request-Method) from
 * an allowed origin gets the methods, headers and max-age; an ordinary request gets the origin
 * and the headers script may read. `Vary: Origin` always, so a shared cache never hands one
 * origin's answer to another (unless no origin is allowed at all: then answers do not vary).
 */
export function corsHeaders(policy: CorsPolicy, origin: string | undefined, preflight: boolean): Record<string, string> {
  if (!policy.anyOrigin && policy.origins.length === 0) return {};
  const allowed = allowedOrigin(policy, origin);
  if (allowed === undefined) return { vary: 'Origin' };
  if (preflight) {
    return {
      'access-control-allow-origin': allowed,
      'access-control-allow-methods': ALLOWED_METHODS,
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
      vary: 'Origin',
    };
  }
  return { 'access-control-allow-origin': allowed, 'access-control-expose-headers': 'x-request-id', vary: 'Origin' };
}

/**
 * Applies the policy to a request: sets the CORS headers on the answer and answers an OPTIONS
 * itself (204; a preflight from an origin not allowed gets no CORS headers, which the browser
 * reads as "no"). Answers true when the request has been answered.
 */
export function applyCors(policy: CorsPolicy, req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  for (const [name, value] of Object.entries(corsHeaders(policy, origin, preflight))) res.setHeader(name, value);
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204, { allow: ALLOWED_METHODS, 'content-length': '0' });
  res.end();
  return true;
}
