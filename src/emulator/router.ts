/**
 * Routing from the metadata's endpoint path templates. A literal segment beats a param
 * segment at the same position, so `/v1/apps/secrets/find` wins over a `{secret}` template and
 * `/v1/terminal/hardware_orders/preview` over `{hardware_order}`.
 */

import type { EndpointMeta, ResourceMeta, RestMetadata } from '../metadata/types';

type Segment = { literal: string } | { param: string };

export interface Route {
  endpoint: EndpointMeta;
  resource: ResourceMeta;
  segments: Segment[];
}

export interface RouteMatch {
  route: Route;
  /** Path param values by name, URL-decoded. */
  pathValues: Record<string, string>;
}

function compileTemplate(path: string): Segment[] {
  return splitPath(path).map((s) => {
    const m = /^\{([^}]+)\}$/.exec(s);
    return m ? { param: m[1] as string } : { literal: s };
  });
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

export class Router {
  private readonly routes: Route[] = [];
  /** Routes by `METHOD segmentCount`: a request only ever matches templates of its length. */
  private readonly buckets = new Map<string, Route[]>();

  constructor(metadata: RestMetadata) {
    const seen = new Set<string>();
    for (const resource of Object.values(metadata.resources)) {
      for (const endpoint of resource.endpoints) {
        // Several resources may list one endpoint (an SDK file may hold a sub-resource's calls);
        // the first keeps it.
        const key = `${endpoint.method} ${endpoint.path}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const route = { endpoint, resource, segments: compileTemplate(endpoint.path) };
        this.routes.push(route);
        const bucket = `${endpoint.method} ${route.segments.length}`;
        this.buckets.set(bucket, [...(this.buckets.get(bucket) ?? []), route]);
      }
    }
  }

  all(): readonly Route[] {
    return this.routes;
  }

  /** The best route for a request, or null when no template matches the method and path. */
  match(method: string, path: string): RouteMatch | null {
    let parts: string[];
    try {
      parts = splitPath(path).map((s) => decodeURIComponent(s));
    } catch {
      return null;
    }
    let best: { match: RouteMatch; score: number[] } | null = null;
    for (const route of this.buckets.get(`${method} ${parts.length}`) ?? []) {
      const pathValues: Record<string, string> = {};
      const score: number[] = [];
      let ok = true;
      for (const [i, segment] of route.segments.entries()) {
        const part = parts[i] as string;
        if ('literal' in segment) {
          if (segment.literal !== part) ok = false;
          score.push(1);
        } else {
          if (part === '') ok = false;
          pathValues[segment.param] = part;
          score.push(0);
        }
      }
      if (!ok) continue;
      if (best === null || compareScores(score, best.score) > 0) best = { match: { route, pathValues }, score };
    }
    return best?.match ?? null;
  }
}

/** Earlier literal segments weigh more: positional lexicographic comparison. */
function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
