/**
 * `node(id:)` and `nodes(ids:)`: any object by its id. A global id names its type and parent; a
 * Stripe id is placed by its prefix, and only types the schema declares as `Node` are answered.
 */
import { GraphQLError, isAbstractType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { requireStripe, type GatewayContext } from '../context';
import { toGraphQLError } from '../datasources/errors';
import { decodeGlobalId, hasGlobalId } from '../metadata/global-id';
import type { MetadataIndex } from '../metadata/load';
import { notLoadable } from '../shared/errors';
import { accountOf, loadById, resourceForId } from './loading';
import { guarded, quoteId, type Resolver } from './resolver';

function unknownId(id: string): GraphQLError {
  return new GraphQLError(`No Stripe object type is known for the id ${quoteId(id)}`, { extensions: { code: 'NOT_FOUND' } });
}

function loadNode(index: MetadataIndex, parent: unknown, id: string, ctx: GatewayContext, info: GraphQLResolveInfo): Promise<unknown> {
  const global = decodeGlobalId(id);
  if (global) {
    if (!hasGlobalId(index.metadata, global.typeName)) throw unknownId(id);
    const stripe = requireStripe(ctx);
    return loadById(index, stripe, { kind: 'object', name: global.typeName }, global.stripeId, {
      account: accountOf(parent, stripe),
      parentId: global.parentId,
    });
  }
  const resource = resourceForId(index, id);
  if (!resource) throw unknownId(id);
  // Only types the schema declares as Node can be answered here (Stripe may not promise others an id).
  const type = info.schema.getType(resource.typeName);
  const node = info.schema.getType('Node');
  if (!type || !node || !isAbstractType(node) || !isObjectType(type) || !info.schema.isSubType(node, type)) {
    throw notLoadable(`${resource.typeName} is not a Node; ask for it through its own root field`);
  }
  const stripe = requireStripe(ctx);
  return loadById(index, stripe, { kind: 'object', name: resource.typeName }, id, { account: accountOf(parent, stripe) });
}

/** `Query.node` and `Query.nodes`; in `nodes`, each id fails on its own. */
export function nodeResolvers(index: MetadataIndex): { node: Resolver; nodes: Resolver } {
  const one = async (parent: unknown, id: string, ctx: GatewayContext, info: GraphQLResolveInfo): Promise<unknown> => loadNode(index, parent, id, ctx, info);
  return {
    node: guarded((parent, args, ctx, info) => one(parent, String(args.id), ctx, info)),
    nodes: guarded((parent, args, ctx, info) =>
      Promise.all((args.ids as string[]).map((id) => one(parent, id, ctx, info).catch((e: unknown) => toGraphQLError(e)))),
    ),
  };
}
