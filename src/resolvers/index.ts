/**
 * The resolvers of the whole graph, built from the generated metadata: one mechanism for every
 * resource instead of a file per resource. What is hand-written is the policy: how a root field,
 * a relation, an expandable reference or a mutation turns into upstream calls.
 *
 *   root field / relation / expandable -> loaders or one list call -> StripeClient -> Stripe
 */
import { defaultFieldResolver, getNamedType, GraphQLError, isAbstractType, isObjectType, type FieldNode, type GraphQLOutputType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLScalarType } from 'graphql';
import type { EndpointMeta, FieldMeta, ResourceMeta, TypeRef } from '../metadata/types';
import { fieldName } from '../metadata/naming';
import { requireStripe, type GatewayContext, type RequestStripe } from '../context';
import { fillPath, retrieveEndpointFor, type StripeObject } from '../datasources/objects';
import { StripeApiError, toGraphQLError } from '../datasources/errors';
import type { Params } from '../datasources/encoding';
import type { MetadataIndex } from '../metadata/load';
import { scalarResolvers } from '../schema/scalars';
import { inputPathFor, toStripeParams } from './params';
import { isPaginated } from '../metadata/paging';
import { embeddedConnection, isDefaultPage, pageParams, toConnection, wholeListConnection, type ConnectionArgs, type StripeListPage } from './connections';
import { accountFor, inheritScope, setScope } from './scope';
import { connectionItemSets, expansionsFor } from './expansion';
import { fieldsByResponseKey, selectedFields } from '../shared/selection';
import { getArgumentValues } from 'graphql/execution/values';
import { badUserInput, notLoadable, notServedMessage } from '../shared/errors';
import { idempotencyKeyFor, MAX_CLIENT_KEY_LENGTH } from '../auth/idempotency';
import { decodeGlobalId, encodeGlobalId, hasGlobalId, parentIdField } from '../metadata/global-id';

type Raw = Record<string, unknown>;
type Resolver = GraphQLFieldResolver<unknown, GatewayContext, Record<string, unknown>>;
type ResolverMap = Record<string, Record<string, unknown> | GraphQLScalarType>;

const CONNECTION_ARG_NAMES = new Set(['first', 'after', 'last', 'before']);

/** Runs a resolver body and turns whatever the data source throws into a GraphQL error with a stable code. */
function guarded(fn: Resolver): Resolver {
  return async (parent, args, ctx, info) => {
    try {
      return await fn(parent, args, ctx, info);
    } catch (error) {
      throw toGraphQLError(error);
    }
  };
}

/** The effective connected account below `parent`. */
function accountOf(parent: unknown, stripe: RequestStripe): string | undefined {
  return accountFor(parent, stripe.credentials.stripeAccount);
}

/** Remembers the account objects were read as, and caches them for the rest of the request. */
function adopt<T>(stripe: RequestStripe, value: T, account: string | undefined, expand: readonly string[] = []): T {
  // prime() takes one object or a Stripe list object, not a bare array: items go one by one.
  // An expanded object also answers a later load that asks for fewer expansions, so it is
  // primed under its own expansion set and under none.
  const items: unknown[] = Array.isArray(value) ? value : [value];
  for (const item of items) {
    stripe.loaders.prime(item, { stripeAccount: account });
    if (expand.length > 0) stripe.loaders.prime(item, { stripeAccount: account, expand });
    setScope(item, account ?? null);
  }
  return value;
}

/**
 * One list page through the request's loaders (identical list calls in one GraphQL request
 * share one upstream request; items are primed), its items marked with the account they were
 * read as.
 */
async function fetchList(
  stripe: RequestStripe,
  endpoint: EndpointMeta,
  path: string,
  params: Params,
  account: string | undefined,
  itemExpand: readonly string[],
): Promise<StripeListPage> {
  const page = await stripe.loaders.listPage(endpoint, path, params, { stripeAccount: account, expand: itemExpand });
  for (const item of page.data) setScope(item, account ?? null);
  return page;
}

function pathArgName(endpoint: EndpointMeta, param: string): string {
  return param === endpoint.idParam ? 'id' : fieldName(param);
}

/**
 * Path values from the arguments. An object's own id may be given as its global id
 * (`Capability.id`); one whose parent is not the parent argument is refused, never quietly read
 * under the other parent.
 */
function pathValuesFromArgs(endpoint: EndpointMeta, args: Record<string, unknown>): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = Object.fromEntries(endpoint.pathParams.map((p) => [p, args[pathArgName(endpoint, p)] as string | undefined]));
  const own = endpoint.idParam ? values[endpoint.idParam] : undefined;
  const global = own !== undefined ? decodeGlobalId(own) : undefined;
  if (!global || !endpoint.idParam) return values;
  const parents = endpoint.pathParams.filter((p) => p !== endpoint.idParam).map((p) => values[p]);
  if (parents.length > 0 && !parents.includes(global.parentId)) {
    throw badUserInput(`The global id ${quoteId(own!)} belongs to ${global.parentId}, not to ${parents.join(', ')}`);
  }
  return { ...values, [endpoint.idParam]: global.stripeId };
}

function withoutKeys(args: Record<string, unknown>, keys: Iterable<string>): Record<string, unknown> {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(args).filter(([k]) => !drop.has(k)));
}

const longestPrefixes = new WeakMap<MetadataIndex, number>();

/**
 * Which resource an id belongs to, by its prefix (`acct_` -> Account, `sub_sched_` ->
 * SubscriptionSchedule): the longest known prefix followed by `_`. Only the id's first few
 * characters can hold one, so a long id costs no more than a short one.
 */
export function resourceForId(index: MetadataIndex, id: string): ResourceMeta | undefined {
  let longest = longestPrefixes.get(index);
  if (longest === undefined) {
    longest = 0;
    for (const prefix of index.resourceOfPrefix.keys()) longest = Math.max(longest, prefix.length);
    longestPrefixes.set(index, longest);
  }
  for (let end = Math.min(longest, id.length - 1); end >= 1; end--) {
    const resource = id[end] === '_' ? index.resourceOfPrefix.get(id.slice(0, end)) : undefined;
    if (resource) return resource;
  }
  return undefined;
}

function memberTypes(index: MetadataIndex, ref: TypeRef): string[] {
  if (ref.kind === 'list' || ref.kind === 'apiList') return memberTypes(index, ref.of);
  if (ref.kind === 'object') return [ref.name];
  if (ref.kind === 'union') return index.metadata.unions[ref.name]?.members ?? [];
  return [];
}

/** Loads an object given only its id, for a field whose type is `target`. */
async function loadById(
  index: MetadataIndex,
  stripe: RequestStripe,
  target: TypeRef,
  id: string,
  account: string | undefined,
  parentId?: string,
  expand: readonly string[] = [],
  idField?: string,
): Promise<StripeObject> {
  const members = memberTypes(index, target);
  const byPrefix = resourceForId(index, id);
  const resource = byPrefix && members.includes(byPrefix.typeName) ? byPrefix : members.length === 1 ? index.metadata.resources[members[0]!] : undefined;
  if (!resource || !retrieveEndpointFor(resource)) {
    const live = members.filter((name) => !index.metadata.types[name]?.deleted && !(index.metadata.resources[name] && retrieveEndpointFor(index.metadata.resources[name]!)));
    throw notLoadable(notServedMessage(live, quoteId(id), idField), { id });
  }
  if (resource.parent && !parentId) {
    throw notLoadable(`${resource.typeName} ${id} can only be fetched through its ${resource.parent.typeName}`);
  }
  const object = await stripe.loaders.load(resource.typeName, id, { stripeAccount: account, parentId, expand });
  // An expanded object also answers a later load of it that asks for no expansions.
  if (expand.length > 0) stripe.loaders.prime(object, { stripeAccount: account, parentId });
  // What is read below it goes out as the same account.
  setScope(object, account ?? null);
  return object;
}

/** True when an object field's selection is only `id` (and `__typename`) of one object type. */
function asksOnlyForId(info: GraphQLResolveInfo): boolean {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return false;
  const sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  return selectedFields(sets, type, info).every((node) => node.name.value === 'id' || node.name.value === '__typename');
}

/** Expansions that answer this field's selection (an object field) in the same request. */
function objectExpansions(index: MetadataIndex, info: GraphQLResolveInfo): string[] {
  const type = getNamedType(info.returnType);
  // For a union, which member arrives is known only from the answer, and Stripe refuses an
  // expansion path the actual object does not have: leave those to the loaders.
  if (!isObjectType(type)) return [];
  const sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  return expansionsFor(type.name, sets, info, index);
}

/**
 * Expansions for the items of a connection field, relative to one item; a list request sends
 * them as `data.<path>`, which costs one of Stripe's four levels.
 */
function itemExpansions(index: MetadataIndex, returnType: GraphQLOutputType, fieldNodes: readonly FieldNode[], info: GraphQLResolveInfo): string[] {
  const connection = getNamedType(returnType);
  if (!isObjectType(connection)) return [];
  const nodes = connection.getFields().nodes;
  if (!nodes) return [];
  const sets = fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  return expansionsFor(getNamedType(nodes.type).name, connectionItemSets(sets, connection, info), info, index, 1);
}

// ---------------------------------------------------------------- field resolvers

/**
 * The resolver of every plain field: reads the Stripe name of the field, maps enum values the
 * schema does not know to UNRECOGNIZED (never an error), and passes the parent's account scope
 * down to nested objects.
 */
export function createFieldResolver(index: MetadataIndex): GraphQLFieldResolver<unknown, GatewayContext> {
  return (source, args, ctx, info) => {
    const meta = index.fields.get(info.parentType.name)?.get(info.fieldName);
    if (!meta || typeof source !== 'object' || source === null) return defaultFieldResolver(source, args, ctx, info);
    const value = (source as Raw)[meta.stripe];
    if (value === undefined) return null;
    if (meta.type.kind === 'enum' || (meta.type.kind === 'list' && meta.type.of.kind === 'enum')) {
      const enumName = meta.type.kind === 'enum' ? meta.type.name : (meta.type.of as { name: string }).name;
      const known = index.enumValues.get(enumName);
      const fix = (v: unknown): unknown => (v === null || (typeof v === 'string' && known?.has(v)) ? v : '');
      return Array.isArray(value) ? value.map(fix) : fix(value);
    }
    return inheritScope(source, value);
  };
}

function expandableResolvers(index: MetadataIndex, field: FieldMeta): Record<string, Resolver> {
  const idName = field.type.kind === 'list' ? `${field.name}Ids` : `${field.name}Id`;
  const idOf = (v: unknown): unknown => (typeof v === 'object' && v !== null ? (v as Raw).id : v);
  const load = async (parent: unknown, value: unknown, ctx: GatewayContext, info: GraphQLResolveInfo): Promise<unknown> => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'object') return inheritScope(parent, value); // already expanded by Stripe
    // `destination { id }` needs nothing Stripe has not already sent.
    if (asksOnlyForId(info)) return { id: value };
    const stripe = requireStripe(ctx);
    return loadById(index, stripe, field.type, String(value), accountOf(parent, stripe), undefined, objectExpansions(index, info), idName);
  };
  return {
    [idName]: (parent) => {
      const value = (parent as Raw)[field.stripe];
      return Array.isArray(value) ? value.map(idOf) : (idOf(value) ?? null);
    },
    [field.name]: guarded(async (parent, _args, ctx, info) => {
      const value = (parent as Raw)[field.stripe];
      if (Array.isArray(value)) {
        // Each item fails on its own: one missing object nulls only its slot.
        return Promise.all(value.map((v) => load(parent, v, ctx, info).catch((e: unknown) => toGraphQLError(e))));
      }
      return load(parent, value, ctx, info);
    }),
  };
}

/** A connection field over a list Stripe embeds in the parent (no endpoint to page further). */
function embeddedListResolver(field: FieldMeta): Resolver {
  return (parent, args) => {
    const page = (parent as Raw)[field.stripe] as StripeListPage | null | undefined;
    if (!page || !Array.isArray(page.data)) return null;
    if (args.after != null || args.before != null || args.last != null) {
      throw badUserInput(`${field.name} is embedded in its parent and cannot be paged with cursors`);
    }
    return embeddedConnection({ data: inheritScope(parent, page.data), has_more: page.has_more }, args as ConnectionArgs);
  };
}

interface RelationPlan {
  endpoint: EndpointMeta;
  /** The parent's id goes into this path param (nested collection)... */
  pathParam?: string;
  /** ...or into this list filter (filter relation). */
  filter?: string;
  /** An embedded list of the same data on the parent, usable for the default first page. */
  embedded?: FieldMeta;
}

/** Relation plans by `Type.field`, for the resolvers and for look-ahead. */
type RelationPlans = Map<string, RelationPlan>;

/**
 * The list request a relation field makes for a parent: path and parameters. With only the
 * parent's id known (look-ahead, before the parent has arrived), answers undefined when a
 * required filter would have to come from the parent's other fields.
 */
function relationRequest(
  index: MetadataIndex,
  parentType: string,
  plan: RelationPlan,
  parentId: string,
  parent: Raw | undefined,
  args: Record<string, unknown>,
): { path: string; params: Params } | undefined {
  const stripeParams: Record<string, unknown> = {
    ...toStripeParams(plan.endpoint.params, withoutKeys(args, CONNECTION_ARG_NAMES), index.metadata),
    ...pageParams(args as ConnectionArgs, isPaginated(index.metadata, plan.endpoint)),
  };
  if (plan.filter) stripeParams[plan.filter] = parentId;
  // Required filters the parent carries under the same name are taken from it.
  const params = plan.endpoint.params ? index.metadata.inputs[plan.endpoint.params] : undefined;
  const parentFields = index.metadata.types[parentType]?.fields ?? [];
  for (const f of params?.fields ?? []) {
    if (!f.required || stripeParams[f.stripe] !== undefined) continue;
    if (!parent) return undefined;
    const own = parentFields.find((p) => p.stripe === f.stripe);
    const value = own ? parent[own.stripe] : undefined;
    const id = typeof value === 'object' && value !== null ? (value as Raw).id : value;
    if (typeof id === 'string') stripeParams[f.stripe] = id;
  }
  const path = fillPath(plan.endpoint.path, plan.pathParam ? { [plan.pathParam]: parentId } : {});
  return { path, params: stripeParams as Params };
}

function relationResolver(index: MetadataIndex, parentType: string, plan: RelationPlan): Resolver {
  return guarded(async (parent, args, ctx, info) => {
    const raw = parent as Raw;
    const itemExpand = itemExpansions(index, info.returnType, info.fieldNodes, info);
    // The embedded list serves the default first page, unless its items would need expanding.
    if (plan.embedded && isDefaultPage(args) && Object.keys(withoutKeys(args, CONNECTION_ARG_NAMES)).length === 0 && itemExpand.length === 0) {
      const page = raw[plan.embedded.stripe] as StripeListPage | undefined;
      if (page && Array.isArray(page.data) && (!page.has_more || page.data.length >= 10)) {
        const stripe = ctx.stripe;
        if (stripe) adopt(stripe, page.data, accountOf(parent, stripe));
        return embeddedConnection({ data: page.data, has_more: page.has_more }, args as ConnectionArgs);
      }
    }
    const stripe = requireStripe(ctx);
    const request = relationRequest(index, parentType, plan, String(raw.id), raw, args)!;
    const page = await fetchList(stripe, plan.endpoint, request.path, request.params, accountOf(parent, stripe), itemExpand);
    return pageConnection(index, plan.endpoint, page, args as ConnectionArgs);
  });
}

/** The connection for one list answer: Stripe's page, or a page cut from a list that does not page. */
function pageConnection(index: MetadataIndex, endpoint: EndpointMeta, page: StripeListPage, args: ConnectionArgs) {
  return isPaginated(index.metadata, endpoint) ? toConnection(page, args) : wholeListConnection(page, args);
}

/**
 * Look-ahead: when an object is fetched by an id the query already gives, the lists of its
 * children that need nothing but that id (`account(id:) { persons { ... } }`) are requested at
 * the same time as the object, not after it: one round trip instead of two. The relation
 * resolvers later find the same requests among the request's loaders (listPage).
 */
function prefetchRelations(
  index: MetadataIndex,
  plans: RelationPlans,
  stripe: RequestStripe,
  typeName: string,
  id: string,
  account: string | undefined,
  info: GraphQLResolveInfo,
): void {
  const type = info.schema.getType(typeName);
  // With the loaders off (the naive baseline) no list is shared, so nothing could use the answers.
  if (!isObjectType(type) || !stripe.loaders.enabled) return;
  const sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  // One entry per result field, as execution will see it: a field selected twice under one
  // response key is one request with the union of both selections' expansions.
  for (const nodes of fieldsByResponseKey(sets, type, info).values()) {
    const node = nodes[0]!;
    const plan = plans.get(`${typeName}.${node.name.value}`);
    // Lists the parent may embed are left alone: the embedded copy may answer for free.
    if (!plan || plan.embedded) continue;
    const field = type.getFields()[node.name.value];
    if (!field) continue;
    try {
      const args = getArgumentValues(field, node, info.variableValues);
      const request = relationRequest(index, typeName, plan, id, undefined, args);
      if (!request) continue;
      const itemExpand = itemExpansions(index, field.type, nodes, info);
      // The resolver awaits this same promise and reports its failure; nothing is lost here.
      fetchList(stripe, plan.endpoint, request.path, request.params, account, itemExpand).catch(() => undefined);
    } catch {
      // Bad arguments: the relation's own resolver reports them.
    }
  }
}

// ---------------------------------------------------------------- root fields

function rootResolver(index: MetadataIndex, plans: RelationPlans, resource: ResourceMeta, endpoint: EndpointMeta): Resolver {
  const typeName = resource.typeName;
  const pathArgNames = endpoint.pathParams.map((p) => pathArgName(endpoint, p));
  return guarded(async (parent, args, ctx, info) => {
    const stripe = requireStripe(ctx);
    const account = accountOf(parent, stripe);
    const pathValues = pathValuesFromArgs(endpoint, args);
    const rest = withoutKeys(args, [...pathArgNames, ...CONNECTION_ARG_NAMES, 'input', 'idempotencyKey']);

    if (endpoint.kind === 'list' || endpoint.kind === 'search') {
      const params = { ...toStripeParams(endpoint.params, rest, index.metadata), ...pageParams(args as ConnectionArgs, isPaginated(index.metadata, endpoint)) };
      const page = await fetchList(stripe, endpoint, fillPath(endpoint.path, pathValues), params, account, itemExpansions(index, info.returnType, info.fieldNodes, info));
      return pageConnection(index, endpoint, page, args as ConnectionArgs);
    }
    const expand = objectExpansions(index, info);
    if (endpoint.method === 'GET') {
      const noParams = Object.keys(rest).length === 0;
      if (endpoint.kind === 'retrieve' && endpoint.idParam && noParams) {
        const id = pathValues[endpoint.idParam] ?? String(args.id);
        const parentParam = endpoint.pathParams.find((p) => p !== endpoint.idParam);
        const parentId = parentParam ? pathValues[parentParam] : undefined;
        const loading = loadById(index, stripe, endpoint.returns, id, account, parentId, expand);
        if (endpoint.returns.kind === 'object') prefetchRelations(index, plans, stripe, endpoint.returns.name, id, account, info);
        return loading;
      }
      if (endpoint.kind === 'retrieve' && endpoint.pathParams.length === 0 && noParams && index.metadata.resources[typeName]) {
        const singleton = await stripe.loaders.loadSingleton(typeName, { stripeAccount: account, expand });
        setScope(singleton, account ?? null);
        return singleton;
      }
      const result = await stripe.client.request({
        method: 'GET',
        path: fillPath(endpoint.path, pathValues),
        params: withExpand(toStripeParams(endpoint.params, rest, index.metadata), expand),
        credentials: { ...stripe.credentials, stripeAccount: account },
        signal: stripe.signal,
        previewVersion: endpoint.previewVersion,
      });
      return adopt(stripe, result, account, expand);
    }
    return mutate(index, stripe, endpoint, pathValues, args, account, expand, ctx, info);
  });
}

/**
 * A mutation: POST or DELETE. A POST carries the caller's idempotency key (or a new one) in the
 * caller's namespace, and that key goes back to the client in extensions, with the result or
 * the error. Stripe expands a POST's answer too, so the selection costs no second round trip.
 */
async function mutate(
  index: MetadataIndex,
  stripe: RequestStripe,
  endpoint: EndpointMeta,
  pathValues: Record<string, string | undefined>,
  args: Record<string, unknown>,
  account: string | undefined,
  expand: readonly string[],
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<unknown> {
  const clientKey = typeof args.idempotencyKey === 'string' ? args.idempotencyKey : undefined;
  if (clientKey !== undefined && clientKey.length > MAX_CLIENT_KEY_LENGTH) throw badUserInput(`idempotencyKey is at most ${MAX_CLIENT_KEY_LENGTH} characters`);
  const isPost = endpoint.method === 'POST';
  const idempotencyKey = isPost ? idempotencyKeyFor(ctx.caller.sub, clientKey) : undefined;
  if (idempotencyKey) ctx.idempotencyKeys.set(responsePath(info.path), idempotencyKey);
  try {
    const result = await stripe.client.request({
      method: endpoint.method,
      path: fillPath(endpoint.path, pathValues),
      params: withExpand(toStripeParams(endpoint.params, args.input as Record<string, unknown> | undefined, index.metadata), isPost ? expand : []),
      credentials: { ...stripe.credentials, stripeAccount: account },
      idempotencyKey,
      signal: stripe.signal,
      previewVersion: endpoint.previewVersion,
    });
    return adopt(stripe, result, account, isPost ? expand : []);
  } catch (error) {
    const graphQLError = toGraphQLError(error);
    // Stripe's `param` as the path of the argument that carried it, for a form to mark the field.
    const param = error instanceof StripeApiError ? error.param : undefined;
    const inputPath = param ? inputPathFor(param, endpoint, index.metadata, (p) => pathArgName(endpoint, p)) : undefined;
    if (!idempotencyKey && !inputPath) throw graphQLError;
    throw new GraphQLError(graphQLError.message, { extensions: { ...graphQLError.extensions, ...(inputPath ? { inputPath } : {}), ...(idempotencyKey ? { idempotencyKey } : {}) } });
  }
}

/** `asConnectedAccount.createCustomer`: the response keys from the root down. */
function responsePath(path: GraphQLResolveInfo['path']): string {
  const keys: Array<string | number> = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = path; p; p = p.prev) keys.unshift(p.key);
  return keys.join('.');
}

function withExpand(params: Params, expand: readonly string[]): Params {
  return expand.length > 0 ? { ...params, expand: [...expand] } : params;
}

function scopedRoot(): Resolver {
  return (_parent, args) => {
    const account = String(args.account);
    if (!/^acct_[A-Za-z0-9]+$/.test(account)) throw badUserInput(`asConnectedAccount needs a connected account id (acct_...), got ${JSON.stringify(account)}`);
    const marker = {};
    setScope(marker, account);
    return marker;
  };
}

/** An id for a message: quoted, and cut short (an id is the caller's text, of any length). */
function quoteId(id: string): string {
  return id.length <= 80 ? JSON.stringify(id) : `${JSON.stringify(id.slice(0, 80))}... (${id.length} characters)`;
}

function nodeResolver(index: MetadataIndex): (parent: unknown, id: string, ctx: GatewayContext, info: GraphQLResolveInfo) => Promise<unknown> {
  return async (parent, id, ctx, info) => {
    const global = decodeGlobalId(id);
    if (global) {
      if (!hasGlobalId(index.metadata, global.typeName)) throw new GraphQLError(`No Stripe object type is known for the id ${quoteId(id)}`, { extensions: { code: 'NOT_FOUND' } });
      const stripe = requireStripe(ctx);
      return loadById(index, stripe, { kind: 'object', name: global.typeName }, global.stripeId, accountOf(parent, stripe), global.parentId);
    }
    const resource = resourceForId(index, id);
    if (!resource) throw new GraphQLError(`No Stripe object type is known for the id ${quoteId(id)}`, { extensions: { code: 'NOT_FOUND' } });
    // Only types the schema declares as Node can be answered here (Stripe may not promise others an id).
    const type = info.schema.getType(resource.typeName);
    const node = info.schema.getType('Node');
    if (!type || !node || !isAbstractType(node) || !isObjectType(type) || !info.schema.isSubType(node, type)) {
      throw notLoadable(`${resource.typeName} is not a Node; ask for it through its own root field`);
    }
    const stripe = requireStripe(ctx);
    return loadById(index, stripe, { kind: 'object', name: resource.typeName }, id, accountOf(parent, stripe));
  };
}

/**
 * `id` and `stripeId` of a type nested under a parent: the global id from the parent's id in the
 * object (`Capability.account`), and Stripe's own. An object that does not name its parent (a
 * reference answered with its id only) keeps Stripe's id.
 */
function globalIdResolvers(typeName: string, parentField: string): Record<string, Resolver> {
  return {
    id: (parent) => {
      const raw = parent as Raw;
      const owner = raw[parentField];
      const parentId = typeof owner === 'object' && owner !== null ? (owner as Raw).id : owner;
      return typeof parentId === 'string' && typeof raw.id === 'string' ? encodeGlobalId({ typeName, parentId, stripeId: raw.id }) : raw.id;
    },
    stripeId: (parent) => (parent as Raw).id,
  };
}

// ---------------------------------------------------------------- assembly

export function createResolvers(index: MetadataIndex): ResolverMap {
  const { metadata } = index;
  const resolvers: ResolverMap = { ...scalarResolvers };
  const typeResolvers = (name: string): Record<string, unknown> => (resolvers[name] ??= {}) as Record<string, unknown>;

  const resolveType = (value: unknown): string | null => {
    const raw = value as Raw;
    const types = index.typeOfObject.get(String(raw?.object));
    return (raw?.deleted === true ? types?.deleted : types?.live) ?? types?.live ?? null;
  };
  for (const union of Object.values(metadata.unions)) typeResolvers(union.name).__resolveType = resolveType;
  typeResolvers('Node').__resolveType = resolveType;

  for (const e of Object.values(metadata.enums)) resolvers[e.name] = { ...e.values };

  // Relations first, so an embedded list of the same name knows it has an endpoint behind it.
  const relationFields = new Map<string, Set<string>>();
  const plans: RelationPlans = new Map();
  const addRelation = (parentType: string, field: string, plan: RelationPlan): void => {
    const embedded = index.fields.get(parentType)?.get(field);
    if (embedded?.type.kind === 'apiList') plan.embedded = embedded;
    plans.set(`${parentType}.${field}`, plan);
    typeResolvers(parentType)[field] = relationResolver(index, parentType, plan);
    if (!relationFields.has(parentType)) relationFields.set(parentType, new Set());
    relationFields.get(parentType)!.add(field);
  };
  for (const [key, { resource, endpoint }] of index.placed) {
    const [parent, field] = key.split('.') as [string, string];
    if (parent !== 'Query' && parent !== 'Mutation') addRelation(parent, field, { endpoint, pathParam: resource.parent!.pathParam });
  }
  for (const relation of metadata.relations) {
    const endpoint = metadata.resources[relation.child]!.endpoints.find((e) => e.kind === 'list' && e.pathParams.length === 0)!;
    addRelation(relation.parent, relation.field, { endpoint, filter: relation.filter });
  }
  for (const [key, { resource, endpoint }] of index.placed) {
    const [parent, field] = key.split('.') as [string, string];
    if (parent === 'Query' || parent === 'Mutation') typeResolvers(parent)[field] = rootResolver(index, plans, resource, endpoint);
  }

  for (const type of Object.values(metadata.types)) {
    for (const field of type.fields) {
      if (field.expandable) Object.assign(typeResolvers(type.name), expandableResolvers(index, field));
      else if (field.type.kind === 'apiList' && !relationFields.get(type.name)?.has(field.name)) {
        typeResolvers(type.name)[field.name] = embeddedListResolver(field);
      }
    }
  }

  for (const type of Object.values(metadata.types)) {
    if (hasGlobalId(metadata, type.name)) Object.assign(typeResolvers(type.name), globalIdResolvers(type.name, parentIdField(metadata, type.name)!));
  }

  const loadNode = nodeResolver(index);
  Object.assign(typeResolvers('Query'), {
    node: guarded((parent, args, ctx, info) => loadNode(parent, String(args.id), ctx, info)),
    nodes: guarded((parent, args, ctx, info) =>
      Promise.all((args.ids as string[]).map((id) => loadNode(parent, id, ctx, info).catch((e: unknown) => toGraphQLError(e)))),
    ),
    asConnectedAccount: scopedRoot(),
  });
  typeResolvers('Mutation').asConnectedAccount = scopedRoot();
  return resolvers;
}

export type { GraphQLResolveInfo };
