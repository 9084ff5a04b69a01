/**
 * Stripe objects and where they live, read from the REST metadata: which resource an `object`
 * value belongs to, the endpoint that retrieves one by id, how an id fills a path, and the
 * canonical form of an expansion set. Pure functions, shared by both loader implementations and
 * the resolvers.
 */
import type { EndpointMeta, ResourceMeta, RestMetadata } from '../metadata/types';
import { isRecord } from '../shared/values';
import type { Params } from './encoding';
import { DataSourceUsageError, InvalidInputError, UpstreamProtocolError } from './errors';

/** Any top-level Stripe object: it has an id and an `object` naming its resource. */
export interface StripeObject {
  id: string;
  object: string;
  [field: string]: unknown;
}

/** A Stripe list object: `{object: 'list', data, has_more, url}`. */
export interface StripeList<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url?: string;
}

/** Finds the resource whose objects carry this Stripe `object` value. */
export function resourceForObject(metadata: RestMetadata, object: string): ResourceMeta | undefined {
  return byObjectFor(metadata).get(object);
}

const byObjectIndexes = new WeakMap<RestMetadata, Map<string, ResourceMeta>>();

function byObjectFor(metadata: RestMetadata): Map<string, ResourceMeta> {
  let byObject = byObjectIndexes.get(metadata);
  if (!byObject) {
    byObject = new Map<string, ResourceMeta>();
    for (const resource of Object.values(metadata.resources)) {
      // The object type carries the `object` value too; used when the resource entry lacks it.
      const object = resource.object || metadata.types[resource.typeName]?.object;
      // First one wins; metadata lists seed (non-preview) resources first when two share an object.
      if (object && !byObject.has(object)) byObject.set(object, resource);
    }
    byObjectIndexes.set(metadata, byObject);
  }
  return byObject;
}

const retrieveEndpoints = new WeakMap<ResourceMeta, EndpointMeta | null>();

/**
 * The GET endpoint that fetches one object of the resource by id (under its parent, if nested).
 * Remembered per resource: priming asks this for every object of every answer.
 */
export function retrieveEndpointFor(resource: ResourceMeta): EndpointMeta | undefined {
  let found = retrieveEndpoints.get(resource);
  if (found === undefined) {
    const candidates = resource.endpoints.filter(
      (e) =>
        e.kind === 'retrieve' &&
        e.method === 'GET' &&
        e.idParam !== undefined &&
        (resource.parent === undefined || e.pathParams.includes(resource.parent.pathParam)),
    );
    candidates.sort((a, b) => a.pathParams.length - b.pathParams.length);
    found = candidates[0] ?? null;
    retrieveEndpoints.set(resource, found);
  }
  return found ?? undefined;
}

/** The GET endpoint of a singleton (`/v1/account`, `/v1/balance`): a retrieve without an id. */
export function singletonEndpointFor(resource: ResourceMeta): EndpointMeta | undefined {
  return resource.endpoints.find((e) => e.kind === 'retrieve' && e.method === 'GET' && e.pathParams.length === 0);
}

/**
 * Fills a path template. Values are percent-encoded, and ids that would change the path's
 * meaning (empty, `.`, `..`) are refused: an id from a GraphQL argument must never reach
 * another endpoint than the one intended.
 */
export function fillPath(template: string, values: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new DataSourceUsageError(`Path ${template} needs a value for {${name}}`);
    }
    checkId(value, name);
    return encodeURIComponent(value);
  });
}

/** Half of a UTF-16 pair without the other half: no UTF-8 form, so no URL can carry it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses an id that is not one path segment of Stripe's (empty, `..`, a slash, a lone surrogate). */
export function checkId(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string' || value === '' || value === '.' || value === '..' || /[\s/?#\\]/.test(value) || LONE_SURROGATE.test(value)) {
    throw new InvalidInputError(`Invalid ${what}: ${JSON.stringify(String(value)).slice(0, 80)}`);
  }
}

const NO_EXPANSIONS: readonly string[] = Object.freeze([]);

/** The expansion set in canonical form: sorted, without duplicates or blanks. */
export function canonicalExpand(expand: readonly string[] | undefined): string[] {
  if (!expand || expand.length === 0) return [];
  return [...new Set(expand.map((p) => p.trim()).filter((p) => p !== ''))].sort();
}

/** The expansions that apply below `field`: `['customer.invoice_settings', 'x']` at `customer` gives `['invoice_settings']`. */
export function expandBelow(expand: readonly string[], field: string): readonly string[] {
  // Most objects are primed with no expansions at all: no array per field for them.
  if (expand.length === 0) return NO_EXPANSIONS;
  const prefix = `${field}.`;
  return expand.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
}

/** The `expand[]` parameter for an expansion set; none when the set is empty. */
export function expandParams(expand: readonly string[]): Params | undefined {
  return expand.length === 0 ? undefined : { expand: [...expand] };
}

/** The answer as a Stripe object, or an UpstreamProtocolError naming the request. */
export function asStripeObject(value: unknown, what: string, needId = true): StripeObject {
  if (!isRecord(value) || typeof value.object !== 'string' || (needId && typeof value.id !== 'string')) {
    throw new UpstreamProtocolError(`Stripe answered ${what} with something that is not a Stripe object`);
  }
  return value as StripeObject;
}
