/**
 * Which requests the playground answers. A pure function of the method, the raw request URL and
 * the Accept header, so the rules can be read and tested in one place:
 *
 *   GET|HEAD /                                  -> the page
 *   GET|HEAD <endpoint>, Accept prefers HTML    -> the page (a browser opening the endpoint)
 *   GET|HEAD /playground/assets/<name>          -> that asset, if <name> is on the allow-list
 *   anything else under /playground/assets/     -> 404 or 405, answered by the playground
 *   everything else                             -> not ours (the gateway goes on to Apollo)
 *
 * The asset name is compared as the raw string from the URL against a fixed set; it is never
 * decoded nor joined to a filesystem path, which is what makes path traversal impossible.
 */

export const ASSET_PREFIX = '/playground/assets/';

export type PlaygroundRoute =
  /** Serve the HTML page. */
  | { kind: 'page' }
  /** Serve the allow-listed asset of this name. */
  | { kind: 'asset'; name: string }
  /** Under the asset prefix, but not on the allow-list: 404. */
  | { kind: 'unknown-asset' }
  /** Under the asset prefix with a method other than GET or HEAD: 405. */
  | { kind: 'method-not-allowed' }
  /** Not a playground request. */
  | { kind: 'not-ours' };

export function routePlaygroundRequest(
  method: string,
  rawUrl: string,
  accept: string | undefined,
  endpointPath: string,
  assetNames: ReadonlySet<string>,
): PlaygroundRoute {
  // Only the path decides; the query string (cache-busting `?v=`, or GraphQL GET parameters) is
  // ignored. Splitting by hand instead of `new URL()` keeps `//host/x` from being read as a host.
  const path = rawUrl.split('?', 1)[0] ?? '';
  const readOnly = method === 'GET' || method === 'HEAD';

  if (path.startsWith(ASSET_PREFIX)) {
    if (!readOnly) return { kind: 'method-not-allowed' };
    const name = path.slice(ASSET_PREFIX.length);
    return assetNames.has(name) ? { kind: 'asset', name } : { kind: 'unknown-asset' };
  }
  if (!readOnly) return { kind: 'not-ours' };
  if (path === '/') return { kind: 'page' };
  if (path === endpointPath && prefersHtml(accept)) return { kind: 'page' };
  return { kind: 'not-ours' };
}

/**
 * True when the Accept header asks for `text/html` at least as much as for any JSON type a
 * GraphQL client would want. A browser navigating sends `text/html,...,*\/*;q=0.8`; GraphQL
 * clients send `application/graphql-response+json, application/json`; curl sends `*\/*`. Only an
 * explicit `text/html` counts: a wildcard alone means a client that did not ask for a page.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  let html = 0;
  let json = 0;
  for (const part of accept.split(',')) {
    const [rawType, ...params] = part.split(';');
    const type = (rawType ?? '').trim().toLowerCase();
    const q = qualityOf(params);
    if (type === 'text/html') html = Math.max(html, q);
    else if (type === 'application/json' || type === 'application/graphql-response+json') {
      json = Math.max(json, q);
    }
  }
  return html > 0 && html >= json;
}

/** The `q` parameter of one media range: 1 when absent, 0 when malformed (treated as refused). */
function qualityOf(params: readonly string[]): number {
  for (const param of params) {
    const [name, value] = param.split('=');
    if ((name ?? '').trim().toLowerCase() !== 'q') continue;
    const q = Number((value ?? '').trim());
    return Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0;
  }
  return 1;
}

/** True when the Accept-Encoding header allows gzip (present and not `q=0`). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (acceptEncoding === undefined) return false;
  for (const part of acceptEncoding.split(',')) {
    const [rawCoding, ...params] = part.split(';');
    if ((rawCoding ?? '').trim().toLowerCase() === 'gzip') return qualityOf(params) > 0;
  }
  return false;
}

/** If-None-Match is a list of (possibly weak) tags, or `*`; a GET compares them weakly. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
