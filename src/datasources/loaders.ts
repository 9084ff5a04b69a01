/**
 * Per-request DataLoaders over the Stripe client: the answer to N+1.
 *
 * `createLoaders` is called once per GraphQL request with that request's credentials, so
 * nothing cached here is ever seen by another request or another user. Within the request:
 * - loads of the same object (resource, id, connected account, expansion set) share one
 *   upstream request;
 * - objects that arrive inside a list or an expansion are primed, so they cost nothing later;
 * - many children of one parent (persons of an account) come from one list request.
 *
 * Stripe has no batch-get, so a "batch" is the set of distinct ids asked for in one tick,
 * fetched in parallel under a concurrency cap (and the client's per-credential limit).
 * Everything about a resource (paths, id params, parents) comes from the REST metadata.
 */
import DataLoader from 'dataloader';
import type { EndpointMeta, ResourceMeta, RestMetadata } from '../metadata/types';
import { isPaginated } from '../metadata/paging';
import type { StripeClient, StripeCredentials } from './client';
import type { Params } from './encoding';
import type { StripeList } from './pagination';
import { DataSourceUsageError, InvalidInputError, UpstreamProtocolError } from './errors';

/** Any top-level Stripe object: it has an id and an `object` naming its resource. */
export interface StripeObject {
  id: string;
  object: string;
  [field: string]: unknown;
}

/** Where and how an object is loaded, beyond its type and id. */
export interface LoadContext {
  /** The connected account to act for; defaults to the request's credentials. */
  stripeAccount?: string | undefined;
  /** Stripe expansion paths relative to the object (`['customer', 'latest_charge.balance_transaction']`). */
  expand?: readonly string[] | undefined;
  /** The parent's id, for nested resources (the account of a person). */
  parentId?: string | undefined;
}

export interface LoaderOptions {
  /** False turns off caching, deduplication and priming: every load is its own request (benchmarks). Default true. */
  enabled?: boolean;
  /** Most ids one DataLoader batch holds; a wider tick is split into several batches. Default 100. */
  maxBatchSize?: number;
  /** Retrieves of one batch in flight at once. Default 10 (the client's per-credential limit applies too). */
  batchConcurrency?: number;
  /** Loads of at least this many children of one parent use one list request instead. Default 2. */
  childListThreshold?: number;
  /** Most children fetched for one parent (list pages of 100). Default 1000. */
  maxChildItems?: number;
  /** The GraphQL request's signal: when it is abandoned, upstream requests are cancelled. */
  signal?: AbortSignal | undefined;
  /** Counts object loads, and those that needed a request to Stripe (the rest were cache hits). */
  stats?: { loads: number; fetches: number } | undefined;
}

export const DEFAULT_LOADER_OPTIONS: Readonly<Required<Omit<LoaderOptions, 'signal' | 'stats'>>> = Object.freeze({
  enabled: true,
  maxBatchSize: 100,
  batchConcurrency: 10,
  childListThreshold: 2,
  maxChildItems: 1000,
});

/** The loaders of one GraphQL request. */
export interface Loaders {
  readonly enabled: boolean;
  /** One object by id (retrieve endpoint), deduplicated and cached for this request. */
  load<T extends StripeObject = StripeObject>(typeName: string, id: string, ctx?: LoadContext): Promise<T>;
  /** Many objects; a failing id rejects only its own slot. */
  loadMany<T extends StripeObject = StripeObject>(
    typeName: string,
    ids: readonly string[],
    ctx?: LoadContext,
  ): Promise<Array<T | Error>>;
  /** A singleton (`/v1/account`, `/v1/balance`): a retrieve endpoint without an id. */
  loadSingleton<T extends StripeObject = StripeObject>(typeName: string, ctx?: LoadContext): Promise<T>;
  /**
   * Every child of one type under one parent (all persons of an account) in one paginated list;
   * primes each item. A list shared by several types (external accounts: bank accounts and
   * cards) is fetched once and filtered by type.
   */
  loadChildren<T extends StripeObject = StripeObject>(childTypeName: string, parentId: string, ctx?: LoadContext): Promise<T[]>;
  /**
   * One page of a Stripe list (`limit`, cursors and filters in `params`), fetched once per
   * request for the same path, parameters, account and item expansions (`ctx.expand`, relative
   * to one item; sent as `data.<path>`). Every item is primed. The graph's connections read
   * lists through this.
   */
  listPage<T extends StripeObject = StripeObject>(endpoint: EndpointMeta, path: string, params: Params, ctx?: LoadContext): Promise<StripeList<T>>;
  /** Chosen children of one parent: one list request when there are enough of them, else retrieves. */
  loadChildrenByIds<T extends StripeObject = StripeObject>(
    childTypeName: string,
    parentId: string,
    ids: readonly string[],
    ctx?: LoadContext,
  ): Promise<Array<T | Error>>;
  /**
   * Caches an object that arrived some other way (a list, a mutation answer, an expansion),
   * and every resource object expanded inside it. Lists (`{object: 'list'}`) and search results
   * are walked too. `ctx.expand` says which expansions the object was fetched with. Answers how
   * many objects were primed.
   */
  prime(value: unknown, ctx?: LoadContext): number;
}

/** Finds the resource whose objects carry this Stripe `object` value. */
export function resourceForObject(metadata: RestMetadata, object: string): ResourceMeta | undefined {
  return indexFor(metadata).byObject.get(object);
}

/** The GET endpoint that fetches one object of the resource by id (under its parent, if nested). */
export function retrieveEndpointFor(resource: ResourceMeta): EndpointMeta | undefined {
  const candidates = resource.endpoints.filter(
    (e) =>
      e.kind === 'retrieve' &&
      e.method === 'GET' &&
      e.idParam !== undefined &&
      (resource.parent === undefined || e.pathParams.includes(resource.parent.pathParam)),
  );
  candidates.sort((a, b) => a.pathParams.length - b.pathParams.length);
  return candidates[0];
}

/** The list endpoint of a nested resource under its parent (`/v1/accounts/{account}/persons`). */
export function childListEndpointFor(resource: ResourceMeta): EndpointMeta | undefined {
  const parent = resource.parent;
  if (!parent) return undefined;
  return resource.endpoints.find(
    (e) => e.kind === 'list' && e.method === 'GET' && e.pathParams.length === 1 && e.pathParams[0] === parent.pathParam,
  );
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

/** The expansion set in canonical form: sorted, without duplicates or blanks. */
export function canonicalExpand(expand: readonly string[] | undefined): string[] {
  if (!expand || expand.length === 0) return [];
  return [...new Set(expand.map((p) => p.trim()).filter((p) => p !== ''))].sort();
}

/** The expansions that apply below `field`: `['customer.invoice_settings', 'x']` at `customer` gives `['invoice_settings']`. */
export function expandBelow(expand: readonly string[], field: string): string[] {
  const prefix = `${field}.`;
  return expand.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
}

export function createLoaders(
  client: StripeClient,
  credentials: StripeCredentials,
  metadata: RestMetadata,
  options: LoaderOptions = {},
): Loaders {
  const settings = { ...DEFAULT_LOADER_OPTIONS, ...withoutUndefined(options) };
  const signal = options.signal;
  const stats = options.stats ?? { loads: 0, fetches: 0 };
  const index = indexFor(metadata);
  const loaders = new Map<string, DataLoader<ObjectKey, StripeObject, string>>();
  const lists = new Map<string, Promise<unknown>>();
  const singletons = new Map<string, Promise<StripeObject>>();

  function accountOf(ctx: LoadContext | undefined): string | undefined {
    const account = ctx?.stripeAccount ?? credentials.stripeAccount;
    return account === '' ? undefined : account;
  }

  function resourceNamed(typeName: string): ResourceMeta {
    const resource = metadata.resources[typeName];
    if (!resource) throw new DataSourceUsageError(`No Stripe resource named ${typeName} in the metadata`);
    return resource;
  }

  function retrievePlan(typeName: string): { resource: ResourceMeta; endpoint: EndpointMeta & { idParam: string } } {
    const resource = resourceNamed(typeName);
    const endpoint = retrieveEndpointFor(resource);
    if (!endpoint || endpoint.idParam === undefined) {
      throw new DataSourceUsageError(`${typeName} has no retrieve-by-id endpoint in the metadata`);
    }
    return { resource, endpoint: endpoint as EndpointMeta & { idParam: string } };
  }

  /** Fetches one object straight from Stripe. */
  async function fetchOne(typeName: string, key: ObjectKey, account: string | undefined, expand: string[]): Promise<StripeObject> {
    const { resource, endpoint } = retrievePlan(typeName);
    stats.fetches += 1;
    const values: Record<string, string | undefined> = { [endpoint.idParam]: key.id };
    if (resource.parent) {
      if (key.parentId === undefined) {
        throw new DataSourceUsageError(`Loading ${typeName} ${key.id} needs the id of its ${resource.parent.typeName}`);
      }
      values[resource.parent.pathParam] = key.parentId;
    }
    const result = await client.request({
      method: 'GET',
      path: fillPath(endpoint.path, values),
      params: expandParams(expand),
      credentials: { ...credentials, stripeAccount: account },
      signal,
      previewVersion: endpoint.previewVersion,
    });
    return asStripeObject(result, `${endpoint.method} ${endpoint.path}`);
  }

  function loaderFor(typeName: string, account: string | undefined, expand: string[]): DataLoader<ObjectKey, StripeObject, string> {
    const mapKey = [typeName, account ?? '', expand.join(',')].join('\u0000');
    let loader = loaders.get(mapKey);
    if (!loader) {
      retrievePlan(typeName); // fail on an unknown type now, not inside a batch
      loader = new DataLoader<ObjectKey, StripeObject, string>(
        async (keys) => {
          const results = await mapLimited(keys, settings.batchConcurrency, (key) =>
            fetchOne(typeName, key, account, expand),
          );
          // Expanded objects inside each answer are primed for later loads.
          for (const result of results) {
            if (!(result instanceof Error)) primeBelow(result, expand, account, 0);
          }
          return results;
        },
        { maxBatchSize: settings.maxBatchSize, cacheKeyFn: objectCacheKey, name: typeName },
      );
      loaders.set(mapKey, loader);
    }
    return loader;
  }

  function keyFor(typeName: string, id: string, ctx: LoadContext | undefined): ObjectKey {
    checkId(id, `${typeName} id`);
    const resource = resourceNamed(typeName);
    if (resource.parent) {
      const parentId = ctx?.parentId;
      if (parentId === undefined) {
        throw new DataSourceUsageError(`Loading ${typeName} ${id} needs ctx.parentId (the ${resource.parent.typeName} id)`);
      }
      checkId(parentId, `${resource.parent.typeName} id`);
      return { id, parentId };
    }
    return { id };
  }

  function load<T extends StripeObject>(typeName: string, id: string, ctx?: LoadContext): Promise<T> {
    try {
      stats.loads += 1;
      const key = keyFor(typeName, id, ctx);
      const expand = canonicalExpand(ctx?.expand);
      const account = accountOf(ctx);
      if (!settings.enabled) return fetchOne(typeName, key, account, expand) as Promise<T>;
      return loaderFor(typeName, account, expand).load(key) as Promise<T>;
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async function loadMany<T extends StripeObject>(
    typeName: string,
    ids: readonly string[],
    ctx?: LoadContext,
  ): Promise<Array<T | Error>> {
    return Promise.all(ids.map((id) => load<T>(typeName, id, ctx).catch((error: unknown) => toError(error))));
  }

  function loadSingleton<T extends StripeObject>(typeName: string, ctx?: LoadContext): Promise<T> {
    const account = accountOf(ctx);
    const expand = canonicalExpand(ctx?.expand);
    const run = async (): Promise<StripeObject> => {
      const resource = resourceNamed(typeName);
      const endpoint = resource.endpoints.find((e) => e.kind === 'retrieve' && e.method === 'GET' && e.pathParams.length === 0);
      if (!endpoint) throw new DataSourceUsageError(`${typeName} has no singleton retrieve endpoint in the metadata`);
      const result = await client.request({
        method: 'GET',
        path: endpoint.path,
        params: expandParams(expand),
        credentials: { ...credentials, stripeAccount: account },
        signal,
        previewVersion: endpoint.previewVersion,
      });
      const object = asStripeObject(result, `GET ${endpoint.path}`, false);
      if (settings.enabled) primeValue(object, expand, account, undefined, 0);
      return object;
    };
    if (!settings.enabled) return run() as Promise<T>;
    const key = [typeName, account ?? '', expand.join(',')].join('\u0000');
    let pending = singletons.get(key);
    if (!pending) {
      pending = run();
      singletons.set(key, pending);
    }
    return pending as Promise<T>;
  }

  /**
   * One paginated list, cached for the request by its path, filter, account and expansion set,
   * with every item primed. `parentId` is the id nested items are primed under.
   */
  function listOnce(
    endpoint: EndpointMeta,
    path: string,
    filter: Params,
    parentId: string | undefined,
    ctx: LoadContext | undefined,
  ): Promise<StripeObject[]> {
    const account = accountOf(ctx);
    const expand = canonicalExpand(ctx?.expand);
    const run = async (): Promise<StripeObject[]> => {
      const req = {
        method: 'GET' as const,
        path,
        // Expansions of list items are written from the list: `data.<path>`.
        params: { ...filter, ...expandParams(expand.map((p) => `data.${p}`)) },
        credentials: { ...credentials, stripeAccount: account },
        signal,
        previewVersion: endpoint.previewVersion,
      };
      // A list that does not page comes whole in one answer, and Stripe refuses `limit` on it.
      const items = isPaginated(metadata, endpoint)
        ? await client.listAll<unknown>(req, settings.maxChildItems)
        : wholeListItems(await client.request<StripeList<unknown>>(req), endpoint).slice(0, settings.maxChildItems);
      const objects = items.map((item) => asStripeObject(item, `GET ${endpoint.path}`));
      if (settings.enabled) {
        for (const object of objects) primeValue(object, expand, account, parentId, 0);
      }
      return objects;
    };
    if (!settings.enabled) return run();
    const key = ['all', path, JSON.stringify(filter), account ?? '', expand.join(',')].join('\u0000');
    let pending = lists.get(key) as Promise<StripeObject[]> | undefined;
    if (!pending) {
      pending = run();
      lists.set(key, pending);
    }
    return pending;
  }

  async function loadChildren<T extends StripeObject>(childTypeName: string, parentId: string, ctx?: LoadContext): Promise<T[]> {
    const resource = resourceNamed(childTypeName);
    const endpoint = childListEndpointFor(resource);
    if (!endpoint || !resource.parent) {
      throw new DataSourceUsageError(`${childTypeName} has no list endpoint under a parent in the metadata`);
    }
    checkId(parentId, `${resource.parent.typeName} id`);
    const path = fillPath(endpoint.path, { [resource.parent.pathParam]: parentId });
    const items = await listOnce(endpoint, path, {}, parentId, ctx);
    // A list can hold several types (external accounts: bank accounts and cards).
    return items.filter((item) => typeNameOf(item) === childTypeName) as T[];
  }

  function wholeListItems(page: StripeList<unknown> | undefined, endpoint: EndpointMeta): unknown[] {
    if (!page || !Array.isArray(page.data)) throw new UpstreamProtocolError(`GET ${endpoint.path} did not answer with a list`);
    return page.data;
  }

  function listPage<T extends StripeObject>(endpoint: EndpointMeta, path: string, params: Params, ctx?: LoadContext): Promise<StripeList<T>> {
    const account = accountOf(ctx);
    const expand = canonicalExpand(ctx?.expand);
    const run = async (): Promise<StripeList<T>> => {
      const page = await client.request<StripeList<T>>({
        method: 'GET',
        path,
        params: { ...params, ...expandParams(expand.map((p) => `data.${p}`)) },
        credentials: { ...credentials, stripeAccount: account },
        signal,
        previewVersion: endpoint.previewVersion,
      });
      if (!page || !Array.isArray(page.data)) throw new UpstreamProtocolError(`GET ${endpoint.path} did not answer with a list`);
      if (settings.enabled) {
        for (const item of page.data) {
          primeValue(item, expand, account, undefined, 0);
          // An item with expansions also answers a later load that asks for none.
          if (expand.length > 0) primeValue(item, [], account, undefined, 0);
        }
      }
      return page;
    };
    if (!settings.enabled) return run();
    const key = ['page', path, JSON.stringify(params), account ?? '', expand.join(',')].join('\u0000');
    let pending = lists.get(key) as Promise<StripeList<T>> | undefined;
    if (!pending) {
      pending = run();
      lists.set(key, pending as Promise<unknown>);
    }
    return pending;
  }

  function typeNameOf(object: StripeObject): string | undefined {
    return index.byObject.get(object.object)?.typeName;
  }

  async function loadChildrenByIds<T extends StripeObject>(
    childTypeName: string,
    parentId: string,
    ids: readonly string[],
    ctx?: LoadContext,
  ): Promise<Array<T | Error>> {
    const withParent: LoadContext = { ...ctx, parentId };
    const distinct = new Set(ids).size;
    const resource = resourceNamed(childTypeName);
    if (settings.enabled && distinct >= settings.childListThreshold && childListEndpointFor(resource)) {
      // One list call primes every child; ids it did not return fall back to retrieves below.
      await loadChildren(childTypeName, parentId, ctx).catch(() => undefined);
    }
    return loadMany<T>(childTypeName, ids, withParent);
  }

  /** Primes `object` itself when it is a resource object, then everything below it. */
  function primeValue(value: unknown, expand: string[], account: string | undefined, parentId: string | undefined, depth: number): number {
    if (!isRecord(value) || depth > MAX_PRIME_DEPTH) return 0;
    let primed = 0;
    const object = value.object;
    const id = value.id;
    if (typeof object === 'string' && typeof id === 'string' && value.deleted !== true) {
      const resource = index.byObject.get(object);
      if (resource && retrieveEndpointFor(resource)) {
        const parent = resource.parent ? (parentId ?? parentIdOf(value, resource.parent.pathParam)) : undefined;
        if (!resource.parent || parent !== undefined) {
          loaderFor(resource.typeName, account, expand).prime({ id, parentId: parent }, value as StripeObject);
          primed += 1;
        }
      }
    }
    return primed + primeBelow(value, expand, account, depth);
  }

  /** Primes resource objects found in the fields of `value` (expanded references, embedded lists). */
  function primeBelow(value: Record<string, unknown>, expand: string[], account: string | undefined, depth: number): number {
    let primed = 0;
    for (const [field, child] of Object.entries(value)) {
      if (child === null || typeof child !== 'object') continue;
      const below = expandBelow(expand, field);
      // Array elements share the field's expansion path: Stripe paths do not name indexes.
      const items = Array.isArray(child) ? child : [child];
      for (const item of items) primed += primeValue(item, below, account, undefined, depth + 1);
    }
    return primed;
  }

  function prime(value: unknown, ctx?: LoadContext): number {
    if (!settings.enabled) return 0;
    return primeValue(value, canonicalExpand(ctx?.expand), accountOf(ctx), ctx?.parentId, 0);
  }

  return {
    enabled: settings.enabled,
    load,
    loadMany,
    loadSingleton,
    loadChildren,
    listPage,
    loadChildrenByIds,
    prime,
  };
}

/** Deeper than any real Stripe object; stops a hostile or cyclic answer from recursing forever. */
const MAX_PRIME_DEPTH = 16;

interface ObjectKey {
  id: string;
  parentId?: string | undefined;
}

function objectCacheKey(key: ObjectKey): string {
  return key.parentId === undefined ? key.id : `${key.parentId}\u0000${key.id}`;
}

interface MetadataIndex {
  byObject: Map<string, ResourceMeta>;
}

const indexes = new WeakMap<RestMetadata, MetadataIndex>();

function indexFor(metadata: RestMetadata): MetadataIndex {
  let index = indexes.get(metadata);
  if (!index) {
    const byObject = new Map<string, ResourceMeta>();
    for (const resource of Object.values(metadata.resources)) {
      // The object type carries the `object` value too; used when the resource entry lacks it.
      const object = resource.object || metadata.types[resource.typeName]?.object;
      // First one wins; metadata lists seed (non-preview) resources first when two share an object.
      if (object && !byObject.has(object)) byObject.set(object, resource);
    }
    index = { byObject };
    indexes.set(metadata, index);
  }
  return index;
}

/** Half of a UTF-16 pair without the other half: no UTF-8 form, so no URL can carry it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkId(value: string, what: string): void {
  if (typeof value !== 'string' || value === '' || value === '.' || value === '..' || /[\s/?#\\]/.test(value) || LONE_SURROGATE.test(value)) {
    throw new InvalidInputError(`Invalid ${what}: ${JSON.stringify(String(value)).slice(0, 80)}`);
  }
}

function expandParams(expand: readonly string[]): Params | undefined {
  return expand.length === 0 ? undefined : { expand: [...expand] };
}

function parentIdOf(value: Record<string, unknown>, field: string): string | undefined {
  const parent = value[field];
  if (typeof parent === 'string') return parent;
  if (isRecord(parent) && typeof parent.id === 'string') return parent.id;
  return undefined;
}

function asStripeObject(value: unknown, what: string, needId = true): StripeObject {
  if (!isRecord(value) || typeof value.object !== 'string' || (needId && typeof value.id !== 'string')) {
    throw new UpstreamProtocolError(`Stripe answered ${what} with something that is not a Stripe object`);
  }
  return value as StripeObject;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Runs `fn` over `items` with at most `limit` in flight; each slot gets its value or its Error. */
async function mapLimited<I, O>(items: readonly I[], limit: number, fn: (item: I) => Promise<O>): Promise<Array<O | Error>> {
  const results = new Array<O | Error>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      try {
        results[index] = await fn(items[index] as I);
      } catch (error) {
        results[index] = toError(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}
