/**
 * Root fields that read: a list (or search), an object by id, a singleton, or another GET. Which
 * one a field is follows from its endpoint, so it is chosen once, when the schema is built.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { requireStripe, type RequestStripe } from '../context';
import { fillPath } from '../datasources/objects';
import type { MetadataIndex } from '../metadata/load';
import { isPaginated } from '../metadata/paging';
import type { EndpointMeta, ResourceMeta } from '../metadata/types';
import { pageParams } from './connections';
import { pathArgName, pathValuesFromArgs, withExpand } from './arguments';
import { itemExpansions, objectExpansions } from './expansion';
import { accountOf, adopt, fetchList, loadById, pageConnection } from './loading';
import { mutationResolver } from './mutation';
import { toStripeParams } from './params';
import { prefetchRelations, type RelationPlans } from './relations';
import { CONNECTION_ARG_NAMES, guarded, withoutKeys, type Resolver } from './resolver';
import { setScope } from './scope';

/** The resolver of a root field (Query or Mutation), by what its endpoint does. */
export function rootFieldResolver(index: MetadataIndex, plans: RelationPlans, resource: ResourceMeta, endpoint: EndpointMeta): Resolver {
  if (endpoint.kind === 'list' || endpoint.kind === 'search') return rootListResolver(index, endpoint);
  if (endpoint.method !== 'GET') return mutationResolver(index, endpoint);
  const filters = filterArgs(endpoint);
  if (endpoint.kind === 'retrieve' && endpoint.idParam) return retrieveByIdResolver(index, plans, endpoint, filters);
  if (endpoint.kind === 'retrieve' && endpoint.pathParams.length === 0 && index.metadata.resources[resource.typeName]) {
    return singletonResolver(index, resource.typeName, endpoint, filters);
  }
  return guarded((parent, args, ctx, info) => plainGet(index, requireStripe(ctx), endpoint, parent, args, filters(args), info));
}

/** The arguments that are Stripe parameters, not path values, paging or mutation input. */
function filterArgs(endpoint: EndpointMeta): (args: Record<string, unknown>) => Record<string, unknown> {
  const drop = new Set([...endpoint.pathParams.map((p) => pathArgName(endpoint, p)), ...CONNECTION_ARG_NAMES, 'input', 'idempotencyKey']);
  return (args) => withoutKeys(args, drop);
}

function isEmpty(args: Record<string, unknown>): boolean {
  for (const _key in args) return false;
  return true;
}

function rootListResolver(index: MetadataIndex, endpoint: EndpointMeta): Resolver {
  const paginated = isPaginated(index.metadata, endpoint);
  const filters = filterArgs(endpoint);
  return guarded(async (parent, args, ctx, info) => {
    const stripe = requireStripe(ctx);
    const account = accountOf(parent, stripe);
    const pathValues = pathValuesFromArgs(endpoint, args);
    const params = { ...toStripeParams(endpoint.params, filters(args), index.metadata), ...pageParams(args, paginated) };
    const page = await fetchList(
      stripe,
      endpoint,
      fillPath(endpoint.path, pathValues),
      params,
      account,
      itemExpansions(index, info.returnType, info.fieldNodes, info),
    );
    return pageConnection(paginated, page, args);
  });
}

/** An object by id through the loaders, with the child lists the query needs fetched alongside (look-ahead). */
function retrieveByIdResolver(
  index: MetadataIndex,
  plans: RelationPlans,
  endpoint: EndpointMeta,
  filters: (args: Record<string, unknown>) => Record<string, unknown>,
): Resolver {
  const idParam = endpoint.idParam!;
  const parentParam = endpoint.pathParams.find((p) => p !== idParam);
  const objectType = endpoint.returns.kind === 'object' ? endpoint.returns.name : undefined;
  return guarded((parent, args, ctx, info) => {
    const stripe = requireStripe(ctx);
    const account = accountOf(parent, stripe);
    const pathValues = pathValuesFromArgs(endpoint, args);
    const rest = filters(args);
    if (!isEmpty(rest)) return plainGet(index, stripe, endpoint, parent, args, rest, info, pathValues);
    const id = pathValues[idParam] ?? String(args.id);
    const parentId = parentParam ? pathValues[parentParam] : undefined;
    const loading = loadById(index, stripe, endpoint.returns, id, { account, parentId, expand: objectExpansions(index, info) });
    if (objectType) prefetchRelations(index, plans, stripe, objectType, id, account, info);
    return loading;
  });
}

/** A singleton (`account`, `balance`) through the loaders: asked for twice, fetched once. */
function singletonResolver(
  index: MetadataIndex,
  typeName: string,
  endpoint: EndpointMeta,
  filters: (args: Record<string, unknown>) => Record<string, unknown>,
): Resolver {
  return guarded(async (parent, args, ctx, info) => {
    const stripe = requireStripe(ctx);
    const account = accountOf(parent, stripe);
    const pathValues = pathValuesFromArgs(endpoint, args);
    const rest = filters(args);
    if (!isEmpty(rest)) return plainGet(index, stripe, endpoint, parent, args, rest, info, pathValues);
    const singleton = await stripe.loaders.loadSingleton(typeName, { stripeAccount: account, expand: objectExpansions(index, info) });
    setScope(singleton, account ?? null);
    return singleton;
  });
}

/** A GET with parameters: its own request, its answer primed for the rest of the request. */
async function plainGet(
  index: MetadataIndex,
  stripe: RequestStripe,
  endpoint: EndpointMeta,
  parent: unknown,
  args: Record<string, unknown>,
  rest: Record<string, unknown>,
  info: GraphQLResolveInfo,
  pathValues = pathValuesFromArgs(endpoint, args),
): Promise<unknown> {
  const account = accountOf(parent, stripe);
  const expand = objectExpansions(index, info);
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
