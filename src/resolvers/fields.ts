/**
 * Fields answered from the parent object alone: plain fields (one resolver for all of them),
 * lists Stripe embeds in the parent, the global ids of nested types, and which type an
 * object of a union or of `Node` is.
 */
import { defaultFieldResolver, type GraphQLFieldResolver } from 'graphql';
import type { GatewayContext } from '../context';
import { encodeGlobalId } from '../metadata/global-id';
import type { MetadataIndex } from '../metadata/load';
import type { FieldMeta } from '../metadata/types';
import { badUserInput } from '../shared/errors';
import { embeddedConnection, type StripeListPage } from './connections';
import type { Raw, Resolver } from './resolver';
import { inheritScope } from './scope';
import { currencyEntries, presence } from './maps';

/**
 * The resolver of a plain field: reads the Stripe name of the field, maps enum values the schema
 * does not know to UNRECOGNIZED (never an error), and passes the parent's account scope down to
 * nested objects. One per field (see createFieldResolver), so a field's kind is not looked up
 * again for every object.
 */
function plainFieldResolver(index: MetadataIndex, meta: FieldMeta): GraphQLFieldResolver<unknown, GatewayContext> {
  const enumName = meta.type.kind === 'enum' ? meta.type.name : meta.type.kind === 'list' && meta.type.of.kind === 'enum' ? meta.type.of.name : undefined;
  const stripe = meta.stripe;
  // A map keyed by currency is listed as entries; an object declared empty answers whether it is there.
  const reshape = meta.keyedBy === 'currency' ? currencyEntries : meta.presence ? presence : undefined;
  if (reshape !== undefined) {
    return (source, args, ctx, info) => {
      if (typeof source !== 'object' || source === null) return defaultFieldResolver(source, args, ctx, info);
      const value = (source as Raw)[stripe];
      return value === undefined ? null : reshape(value);
    };
  }
  if (enumName === undefined) {
    return (source, args, ctx, info) => {
      if (typeof source !== 'object' || source === null) return defaultFieldResolver(source, args, ctx, info);
      const value = (source as Raw)[stripe];
      return value === undefined ? null : inheritScope(source, value);
    };
  }
  const known = index.enumValues.get(enumName);
  const fix = (v: unknown): unknown => (v === null || (typeof v === 'string' && known?.has(v)) ? v : '');
  return (source, args, ctx, info) => {
    if (typeof source !== 'object' || source === null) return defaultFieldResolver(source, args, ctx, info);
    const value = (source as Raw)[stripe];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.map(fix) : fix(value);
  };
}

/**
 * The resolver of fields nothing else resolves (the schema's default). A field the metadata
 * knows is read by its Stripe name: on its first use the field gets its own `plainFieldResolver`
 * in place of this one, so later objects skip the lookup. Made on first use rather than for all
 * 6,600 fields when the schema is built: start-up stays as it was. Any other field (connections,
 * PageInfo) is read by graphql's default.
 */
export function createFieldResolver(index: MetadataIndex): GraphQLFieldResolver<unknown, GatewayContext> {
  const fallback: GraphQLFieldResolver<unknown, GatewayContext> = (source, args, ctx, info) => {
    const meta = index.fields.get(info.parentType.name)?.get(info.fieldName);
    if (!meta) return defaultFieldResolver(source, args, ctx, info);
    const resolve = plainFieldResolver(index, meta);
    const field = info.parentType.getFields()[info.fieldName];
    if (field?.resolve === fallback) field.resolve = resolve as typeof field.resolve;
    return resolve(source, args, ctx, info);
  };
  return fallback;
}

/** A connection field over a list Stripe embeds in the parent (no endpoint to page further). */
export function embeddedListResolver(field: FieldMeta): Resolver {
  return (parent, args) => {
    const page = (parent as Raw)[field.stripe] as StripeListPage | null | undefined;
    if (!page || !Array.isArray(page.data)) return null;
    if (args.after != null || args.before != null || args.last != null) {
      throw badUserInput(`${field.name} is embedded in its parent and cannot be paged with cursors`);
    }
    return embeddedConnection({ data: inheritScope(parent, page.data), has_more: page.has_more }, args);
  };
}

/**
 * `id` and `stripeId` of a type nested under a parent: the global id from the parent's id in the
 * object (`Capability.account`), and Stripe's own. An object that does not name its parent (a
 * reference answered with its id only) keeps Stripe's id.
 */
export function globalIdResolvers(typeName: string, parentField: string): Record<string, Resolver> {
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

/** The GraphQL type of a Stripe object, by its `object` value (and whether it is a deleted one). */
export function objectTypeResolver(index: MetadataIndex): (value: unknown) => string | null {
  return (value) => {
    const raw = value as Raw | null | undefined;
    const types = index.typeOfObject.get(String(raw?.object));
    return (raw?.deleted === true ? types?.deleted : types?.live) ?? types?.live ?? null;
  };
}
