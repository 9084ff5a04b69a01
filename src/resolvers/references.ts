/**
 * Expandable references (`Charge.customer`): Stripe sends an id, or the object when it was
 * expanded. Each gives two fields: `customerId` (the id, always there) and `customer` (the
 * object: the expanded copy, or a load by id through the loaders).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { requireStripe, type GatewayContext } from '../context';
import { toGraphQLError } from '../datasources/errors';
import type { MetadataIndex } from '../metadata/load';
import type { FieldMeta } from '../metadata/types';
import { asksOnlyForId, objectExpansions } from './expansion';
import { accountOf, loadById } from './loading';
import { guarded, type Raw, type Resolver } from './resolver';
import { inheritScope } from './scope';

function idOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as Raw).id : value;
}

export function referenceResolvers(index: MetadataIndex, field: FieldMeta): Record<string, Resolver> {
  const idName = field.type.kind === 'list' ? `${field.name}Ids` : `${field.name}Id`;
  const load = async (parent: unknown, value: unknown, ctx: GatewayContext, info: GraphQLResolveInfo): Promise<unknown> => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'object') return inheritScope(parent, value); // already expanded by Stripe
    // `destination { id }` needs nothing Stripe has not already sent.
    if (asksOnlyForId(info)) return { id: value };
    const stripe = requireStripe(ctx);
    // An id is a string; anything else Stripe might send (a number) is read as its JSON text.
    const id = typeof value === 'string' ? value : JSON.stringify(value);
    return loadById(index, stripe, field.type, id, { account: accountOf(parent, stripe), expand: objectExpansions(index, info), idField: idName });
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
