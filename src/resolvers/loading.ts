/**
 * How resolvers read through the request's loaders: objects by id (whatever field names them),
 * list pages, and the bookkeeping every answer gets (the account it was read as, priming).
 */
import type { RequestStripe } from '../context';
import type { Params } from '../datasources/encoding';
import { retrieveEndpointFor, type StripeObject } from '../datasources/objects';
import type { MetadataIndex } from '../metadata/load';
import type { EndpointMeta, ResourceMeta, TypeRef } from '../metadata/types';
import { notLoadable, notServedMessage } from '../shared/errors';
import { toConnection, wholeListConnection, type Connection, type ConnectionArgs, type StripeListPage } from './connections';
import { quoteId } from './resolver';
import { accountFor, setScope } from './scope';

/** The effective connected account below `parent`. */
export function accountOf(parent: unknown, stripe: RequestStripe): string | undefined {
  return accountFor(parent, stripe.credentials.stripeAccount);
}

/** Remembers the account objects were read as, and caches them for the rest of the request. */
export function adopt<T>(stripe: RequestStripe, value: T, account: string | undefined, expand: readonly string[] = []): T {
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
export async function fetchList(
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

/** The connection for one list answer: Stripe's page, or a page cut from a list that does not page. */
export function pageConnection(paginated: boolean, page: StripeListPage, args: ConnectionArgs): Connection {
  return paginated ? toConnection(page, args) : wholeListConnection(page, args);
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

/** Where an object is read by id: as which account, under which parent, with which expansions. */
export interface LoadTarget {
  account: string | undefined;
  parentId?: string | undefined;
  expand?: readonly string[] | undefined;
  /** The field that holds the id, for the message when the graph cannot load the object. */
  idField?: string | undefined;
}

/** Loads an object given only its id, for a field whose type is `target`. */
export async function loadById(index: MetadataIndex, stripe: RequestStripe, target: TypeRef, id: string, where: LoadTarget): Promise<StripeObject> {
  const { account, parentId, expand = [] } = where;
  const members = memberTypes(index, target);
  const byPrefix = resourceForId(index, id);
  const resource = byPrefix && members.includes(byPrefix.typeName) ? byPrefix : members.length === 1 ? index.metadata.resources[members[0]!] : undefined;
  if (!resource || !retrieveEndpointFor(resource)) {
    const live = members.filter(
      (name) => !index.metadata.types[name]?.deleted && !(index.metadata.resources[name] && retrieveEndpointFor(index.metadata.resources[name])),
    );
    throw notLoadable(notServedMessage(live, quoteId(id), where.idField), { id });
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
