/**
 * Resolvers attached, in place, to the schema graphql-js built from the SDL: field resolvers and
 * subscriptions, `__resolveType`, custom scalars' functions, enum values' Stripe values, and one
 * field resolver for every field without one of its own.
 *
 * This does what @graphql-tools' `addResolversToSchema` did for this graph, without its schema-
 * wide passes: even in place, it rebuilt every enum type the map names and then re-linked every
 * reference to them across the schema (about 200 ms of each start on this schema). graphql-js
 * builds an enum's lookups lazily, on first use, so setting each value's Stripe value before the
 * schema serves anything is enough. Functions are attached as given (not bound to their map).
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLScalarType,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';

type Entry = Record<string, unknown> | GraphQLScalarType;

/** The scalar properties a resolver-map scalar carries over to the schema's scalar of that name. */
const SCALAR_PROPERTIES = ['description', 'specifiedByURL', 'serialize', 'parseValue', 'parseLiteral'] as const;

export function attachResolvers<TContext>(
  schema: GraphQLSchema,
  resolvers: Readonly<Record<string, Entry>>,
  defaultFieldResolver: GraphQLFieldResolver<unknown, TContext>,
): void {
  const remapped = new Set<GraphQLEnumType>();
  for (const [typeName, entry] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!type) throw new Error(`"${typeName}" defined in resolvers, but not in schema`);
    if (isScalarType(type)) attachScalar(type, entry as GraphQLScalarType);
    else if (isEnumType(type)) {
      attachEnumValues(type, entry as Record<string, unknown>);
      remapped.add(type);
    } else if (isUnionType(type)) type.resolveType = typeResolver(typeName, entry as Record<string, unknown>);
    else if (isObjectType(type) || isInterfaceType(type)) {
      for (const [fieldName, value] of Object.entries(entry)) {
        if (fieldName === '__resolveType') {
          if (isInterfaceType(type)) type.resolveType = typeResolver(typeName, entry as Record<string, unknown>);
          continue;
        }
        const field = type.getFields()[fieldName];
        if (!field) throw new Error(`${typeName}.${fieldName} defined in resolvers, but not in schema`);
        attachField(field, value);
      }
    } else throw new Error(`"${typeName}" defined in resolvers, but it is an input type`);
  }
  const defaulted = enumDefault(schema, remapped);
  if (defaulted) throw new Error(`${defaulted} has a default value of an enum whose values the resolvers change: not supported`);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) field.resolve ??= defaultFieldResolver as GraphQLFieldResolver<unknown, unknown>;
  }
}

function attachScalar(type: GraphQLScalarType, given: GraphQLScalarType): void {
  const target = type as unknown as Record<string, unknown>;
  for (const property of SCALAR_PROPERTIES) target[property] = given[property];
}

function attachField(field: GraphQLField<unknown, unknown>, value: unknown): void {
  if (typeof value === 'function') field.resolve = value as GraphQLFieldResolver<unknown, unknown>;
  else if (typeof value === 'object' && value !== null) {
    const { resolve, subscribe } = value as { resolve?: GraphQLFieldResolver<unknown, unknown>; subscribe?: GraphQLFieldResolver<unknown, unknown> };
    if (resolve) field.resolve = resolve;
    if (subscribe) field.subscribe = subscribe;
  }
}

function typeResolver(typeName: string, entry: Record<string, unknown>): GraphQLTypeResolver<unknown, unknown> {
  const resolve = entry.__resolveType;
  if (typeof resolve !== 'function') throw new Error(`${typeName} in resolvers has no __resolveType function`);
  return resolve as GraphQLTypeResolver<unknown, unknown>;
}

/** Each enum value gets its Stripe value. */
function attachEnumValues(type: GraphQLEnumType, values: Record<string, unknown>): void {
  for (const [name, stripeValue] of Object.entries(values)) {
    const value = type.getValue(name);
    if (!value) throw new Error(`${type.name}.${name} defined in resolvers, but not present within ${type.name}`);
    value.value = stripeValue;
  }
}

/**
 * The first argument or input field, as `Type.field(arg)`, with a default value of one of the
 * `enums`. graphql-js parsed such a default to the GraphQL name before the Stripe values were
 * set; none exists in this graph, and one is refused rather than left with the wrong value.
 */
function enumDefault(schema: GraphQLSchema, enums: ReadonlySet<GraphQLEnumType>): string | undefined {
  const isRemapped = (type: GraphQLInputType): boolean => {
    const named = getNamedType(type);
    return isEnumType(named) && enums.has(named);
  };
  for (const named of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(named)) {
      for (const field of Object.values(named.getFields()))
        if (field.defaultValue !== undefined && isRemapped(field.type)) return `${named.name}.${field.name}`;
    } else if (isObjectType(named) || isInterfaceType(named)) {
      for (const field of Object.values(named.getFields())) {
        for (const arg of field.args) if (arg.defaultValue !== undefined && isRemapped(arg.type)) return `${named.name}.${field.name}(${arg.name})`;
      }
    }
  }
  return undefined;
}
