/**
 * The offline GraphiQL playground, served by the gateway itself from npm-installed assets.
 *
 * `playgroundHandler(options)` returns a request handler for the gateway's `node:http` server.
 * It answers `GET /`, `GET <endpoint>` from browsers and `/playground/assets/*`, and returns
 * false for everything else so the gateway passes the request on to Apollo.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { loadAssets } from './assets';
import { CONTENT_SECURITY_POLICY, renderPlaygroundPage } from './page';
import type { PlaygroundExample } from './page';
import { acceptsGzip, etagMatches, routePlaygroundRequest } from './routes';

export type { PlaygroundExample } from './page';
export { CONTENT_SECURITY_POLICY } from './page';

export interface PlaygroundOptions {
  /** The GraphQL endpoint's path, e.g. `/graphql`. A path, so the page stays same-origin. */
  endpoint: string;
  /** True when the gateway runs its own emulator: the page asks for no Stripe key. */
  embeddedMode: boolean;
  /** The example operations offered in the page, in this order. */
  examples: PlaygroundExample[];
}

export type PlaygroundHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

class PlaygroundOptionsError extends Error {
  readonly code = 'PLAYGROUND_BAD_OPTIONS';
}

/**
 * Vendor assets are referenced as `?v=<hash>`; a request carrying the current hash may be cached
 * forever, any other (an old page, a hand-typed URL) must revalidate.
 */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export function playgroundHandler(options: PlaygroundOptions): PlaygroundHandler {
  validateOptions(options);
  const assets = loadAssets();
  const assetNames = new Set(assets.keys());
  const page = Buffer.from(
    renderPlaygroundPage({ endpoint: options.endpoint, embeddedMode: options.embeddedMode, examples: options.examples }, assets),
    'utf8',
  );

  return (req, res) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const route = routePlaygroundRequest(method, url, req.headers.accept, options.endpoint, assetNames);
    switch (route.kind) {
      case 'not-ours':
        return false;
      case 'page':
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-length': page.length,
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
          'cache-control': 'no-cache',
          // The endpoint's URL also answers GraphQL with JSON; caches must keep the two apart.
          vary: 'Accept',
        });
        res.end(method === 'HEAD' ? undefined : page);
        return true;
      case 'asset': {
        const asset = assets.get(route.name);
        if (asset === undefined) return sendText(res, 404, 'Not found');
        const gzip = acceptsGzip(req.headers['accept-encoding']);
        // Each encoding is its own representation, so each has its own strong ETag.
        const etag = gzip ? `"${asset.version}-gz"` : `"${asset.version}"`;
        const headers: Record<string, string | number> = {
          'content-type': asset.contentType,
          'x-content-type-options': 'nosniff',
          'cache-control': versionOf(url) === asset.version ? IMMUTABLE : REVALIDATE,
          etag,
          vary: 'Accept-Encoding',
        };
        if (etagMatches(req.headers['if-none-match'], etag)) {
          res.writeHead(304, headers);
          res.end();
          return true;
        }
        const body = gzip ? asset.gzipped() : asset.body;
        if (gzip) headers['content-encoding'] = 'gzip';
        headers['content-length'] = body.length;
        res.writeHead(200, headers);
        res.end(method === 'HEAD' ? undefined : body);
        return true;
      }
      case 'unknown-asset':
        return sendText(res, 404, 'Not found');
      case 'method-not-allowed':
        res.setHeader('allow', 'GET, HEAD');
        return sendText(res, 405, 'Method not allowed');
      default:
        return unreachable(route);
    }
  };
}

function sendText(res: ServerResponse, status: number, text: string): true {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
  return true;
}

/** The `v` query parameter of a raw URL, or undefined. */
function versionOf(rawUrl: string): string | undefined {
  const query = rawUrl.split('?')[1];
  if (query === undefined) return undefined;
  return new URLSearchParams(query).get('v') ?? undefined;
}

function validateOptions(options: PlaygroundOptions): void {
  const { endpoint, examples } = options;
  // A path only: an absolute URL would send the user's key to another origin.
  if (!/^\/(?!\/)[A-Za-z0-9._~\-/]*$/.test(endpoint)) {
    throw new PlaygroundOptionsError(`playground endpoint must be a path such as /graphql, got ${JSON.stringify(endpoint)}`);
  }
  const seen = new Set<string>();
  for (const example of examples) {
    if (typeof example.name !== 'string' || example.name.trim() === '') {
      throw new PlaygroundOptionsError('playground example has an empty name');
    }
    if (seen.has(example.name)) {
      throw new PlaygroundOptionsError(`playground example name ${JSON.stringify(example.name)} is repeated`);
    }
    seen.add(example.name);
    if (typeof example.query !== 'string' || example.query.trim() === '') {
      throw new PlaygroundOptionsError(`playground example ${JSON.stringify(example.name)} has no query`);
    }
    for (const part of ['variables', 'headers'] as const) {
      const text = example[part];
      if (text === undefined) continue;
      try {
        JSON.parse(text);
      } catch {
        throw new PlaygroundOptionsError(`playground example ${JSON.stringify(example.name)} has ${part} that are not JSON`);
      }
    }
  }
}

function unreachable(value: never): never {
  throw new Error(`unreachable playground route: ${JSON.stringify(value)}`);
}
