/**
 * The resolvers of the whole graph, built from the generated metadata: one mechanism for every
 * resource instead of a file per resource. Each field's resolver is chosen here, once, by the
 * kind of field the metadata says it is; nothing decides that again per request.
 *
 *   root list / retrieve / singleton (root.ts)   mutation (mutation.ts)   node(id) (node.ts)
 *   relation (relations.ts)   expandable reference (references.ts)
 *   embedded list, global id, plain field, union type (fields.ts)   scalars (scalars.ts)
 *     -> loading.ts -> the request's loaders or one request -> StripeClient -> Stripe
 */
import type { MetadataIndex } from '../metadata/load';
import { hasGlobalId, parentIdField } from '../metadata/global-id';
import { embeddedListResolver, globalIdResolvers, objectTypeResolver } from './fields';
import { nodeResolvers } from './node';
import { addRelationPlan, relationResolver, type RelationPlans } from './relations';
import { referenceResolvers } from './references';
import type { ResolverMap } from './resolver';
import { rootFieldResolver } from './root';
import { scalarResolvers } from './scalars';
import { connectedAccountRoot } from './scope';

export { createFieldResolver } from './fields';

export function createResolvers(index: MetadataIndex): ResolverMap {
  const resolvers: ResolverMap = { ...scalarResolvers };
  const of = (name: string): Record<string, unknown> => (resolvers[name] ??= {}) as Record<string, unknown>;

  const resolveType = objectTypeResolver(index);
  for (const union of Object.values(index.metadata.unions)) of(union.name).__resolveType = resolveType;
  of('Node').__resolveType = resolveType;
  for (const e of Object.values(index.metadata.enums)) resolvers[e.name] = { ...e.values };

  // Relations first, so an embedded list of the same name knows it has an endpoint behind it.
  const plans = addRelations(index, of);
  for (const [key, { resource, endpoint }] of index.placed) {
    const [parent, field] = key.split('.') as [string, string];
    if (parent === 'Query' || parent === 'Mutation') of(parent)[field] = rootFieldResolver(index, plans, resource, endpoint);
  }
  addObjectFields(index, plans, of);

  Object.assign(of('Query'), nodeResolvers(index), { asConnectedAccount: connectedAccountRoot() });
  of('Mutation').asConnectedAccount = connectedAccountRoot();
  return resolvers;
}

/** The relation fields: nested collections placed under a parent type, and filter relations. */
function addRelations(index: MetadataIndex, of: (name: string) => Record<string, unknown>): RelationPlans {
  const plans: RelationPlans = new Map();
  const add = (parentType: string, field: string, plan: Parameters<typeof addRelationPlan>[4]): void => {
    of(parentType)[field] = relationResolver(index, addRelationPlan(index, plans, parentType, field, plan));
  };
  for (const [key, { resource, endpoint }] of index.placed) {
    const [parent, field] = key.split('.') as [string, string];
    if (parent !== 'Query' && parent !== 'Mutation') add(parent, field, { endpoint, pathParam: resource.parent!.pathParam });
  }
  for (const relation of index.metadata.relations) {
    const endpoint = index.metadata.resources[relation.child]!.endpoints.find((e) => e.kind === 'list' && e.pathParams.length === 0)!;
    add(relation.parent, relation.field, { endpoint, filter: relation.filter });
  }
  return plans;
}

/** Expandable references, embedded lists that are not relations, and global ids of nested types. */
function addObjectFields(index: MetadataIndex, plans: RelationPlans, of: (name: string) => Record<string, unknown>): void {
  const { metadata } = index;
  for (const type of Object.values(metadata.types)) {
    for (const field of type.fields) {
      if (field.expandable) Object.assign(of(type.name), referenceResolvers(index, field));
      else if (field.type.kind === 'apiList' && !plans.has(`${type.name}.${field.name}`)) of(type.name)[field.name] = embeddedListResolver(field);
    }
  }
  for (const type of Object.values(metadata.types)) {
    if (hasGlobalId(metadata, type.name)) Object.assign(of(type.name), globalIdResolvers(type.name, parentIdField(metadata, type.name)!));
  }
}
