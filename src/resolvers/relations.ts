/**
 * Relation fields: a parent's child list (`Account.persons`, a nested collection; or
 * `Customer.subscriptions`, a list filtered by the parent's id) as a connection. Each relation's
 * plan (endpoint, where the parent's id goes, an embedded copy on the parent) is made when the
 * schema is built; look-ahead (`prefetchRelations`) uses the same plans.
 */
import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { requireStripe, type RequestStripe } from '../context';
import type { Params } from '../datasources/encoding';
import { fillPath } from '../datasources/objects';
import type { MetadataIndex } from '../metadata/load';
import { isPaginated } from '../metadata/paging';
import type { EndpointMeta, FieldMeta } from '../metadata/types';
import { fieldsByResponseKey } from '../shared/selection';
import { embeddedConnection, isDefaultPage, pageParams, type StripeListPage } from './connections';
import { itemExpansions } from './expansion';
import { accountOf, adopt, fetchList, pageConnection } from './loading';
import { toStripeParams } from './params';
import { CONNECTION_ARG_NAMES, guarded, withoutKeys, type Raw, type Resolver } from './resolver';

export interface RelationPlan {
  endpoint: EndpointMeta;
  /** The parent's id goes into this path param (nested collection)... */
  pathParam?: string;
  /** ...or into this list filter (filter relation). */
  filter?: string;
  /** An embedded list of the same data on the parent, usable for the default first page. */
  embedded?: FieldMeta;
}

/** A plan with what follows from the metadata alone worked out once. */
interface ReadyPlan extends RelationPlan {
  readonly paginated: boolean;
  /** Required list parameters, and whether the parent type carries a field of the same name to take them from. */
  readonly required: ReadonlyArray<{ stripe: string; onParent: boolean }>;
}

/** Relation plans by `Type.field`, for the resolvers and for look-ahead. */
export type RelationPlans = Map<string, ReadyPlan>;

/** Adds a relation's plan; the embedded list of the same name, if the parent has one, joins it. */
export function addRelationPlan(index: MetadataIndex, plans: RelationPlans, parentType: string, field: string, plan: RelationPlan): ReadyPlan {
  const embedded = index.fields.get(parentType)?.get(field);
  const inputs = plan.endpoint.params ? index.metadata.inputs[plan.endpoint.params] : undefined;
  const parentFields = index.metadata.types[parentType]?.fields ?? [];
  const ready: ReadyPlan = {
    ...plan,
    ...(embedded?.type.kind === 'apiList' ? { embedded } : {}),
    paginated: isPaginated(index.metadata, plan.endpoint),
    required: (inputs?.fields ?? []).filter((f) => f.required).map((f) => ({ stripe: f.stripe, onParent: parentFields.some((p) => p.stripe === f.stripe) })),
  };
  plans.set(`${parentType}.${field}`, ready);
  return ready;
}

/**
 * The list request a relation field makes for a parent: path and parameters. With only the
 * parent's id known (look-ahead, before the parent has arrived), answers undefined when a
 * required filter would have to come from the parent's other fields.
 */
function relationRequest(
  index: MetadataIndex,
  plan: ReadyPlan,
  parentId: string,
  parent: Raw | undefined,
  args: Record<string, unknown>,
): { path: string; params: Params } | undefined {
  const stripeParams: Record<string, unknown> = {
    ...toStripeParams(plan.endpoint.params, withoutKeys(args, CONNECTION_ARG_NAMES), index.metadata),
    ...pageParams(args, plan.paginated),
  };
  if (plan.filter) stripeParams[plan.filter] = parentId;
  // Required filters the parent carries under the same name are taken from it.
  for (const f of plan.required) {
    if (stripeParams[f.stripe] !== undefined) continue;
    if (!parent) return undefined;
    const value = f.onParent ? parent[f.stripe] : undefined;
    const id = typeof value === 'object' && value !== null ? (value as Raw).id : value;
    if (typeof id === 'string') stripeParams[f.stripe] = id;
  }
  const path = fillPath(plan.endpoint.path, plan.pathParam ? { [plan.pathParam]: parentId } : {});
  return { path, params: stripeParams as Params };
}

/** True when the arguments ask for the default first page and nothing else. */
function onlyDefaultPage(args: Record<string, unknown>): boolean {
  if (!isDefaultPage(args)) return false;
  for (const key in args) if (!CONNECTION_ARG_NAMES.has(key)) return false;
  return true;
}

export function relationResolver(index: MetadataIndex, plan: ReadyPlan): Resolver {
  return guarded(async (parent, args, ctx, info) => {
    const raw = parent as Raw;
    const itemExpand = itemExpansions(index, info.returnType, info.fieldNodes, info);
    // The embedded list serves the default first page, unless its items would need expanding.
    if (plan.embedded && itemExpand.length === 0 && onlyDefaultPage(args)) {
      const page = raw[plan.embedded.stripe] as StripeListPage | undefined;
      if (page && Array.isArray(page.data) && (!page.has_more || page.data.length >= 10)) {
        const stripe = ctx.stripe;
        if (stripe) adopt(stripe, page.data, accountOf(parent, stripe));
        return embeddedConnection({ data: page.data, has_more: page.has_more }, args);
      }
    }
    const stripe = requireStripe(ctx);
    const request = relationRequest(index, plan, String(raw.id), raw, args)!;
    const page = await fetchList(stripe, plan.endpoint, request.path, request.params, accountOf(parent, stripe), itemExpand);
    return pageConnection(plan.paginated, page, args);
  });
}

/**
 * Look-ahead: when an object is fetched by an id the query already gives, the lists of its
 * children that need nothing but that id (`account(id:) { persons { ... } }`) are requested at
 * the same time as the object, not after it: one round trip instead of two. The relation
 * resolvers later find the same requests among the request's loaders (listPage).
 */
export function prefetchRelations(
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
      const request = relationRequest(index, plan, id, undefined, args);
      if (!request) continue;
      const itemExpand = itemExpansions(index, field.type, nodes, info);
      // The resolver awaits this same promise and reports its failure; nothing is lost here.
      fetchList(stripe, plan.endpoint, request.path, request.params, account, itemExpand).catch(() => undefined);
    } catch {
      // Bad arguments: the relation's own resolver reports them.
    }
  }
}
