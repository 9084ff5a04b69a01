/**
 * attachResolvers gives the schema exactly what @graphql-tools' addResolversToSchema gave it:
 * compared field by field, enum value by enum value, scalar by scalar, on the whole graph.
 */
import { addResolversToSchema } from '@graphql-tools/schema';
import {
  buildASTSchema,
  buildSchema,
  concatAST,
  parse,
  GraphQLScalarType,
  isEnumType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  printSchema,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { attachResolvers } from '../../src/schema/attach';
import { mergeResolverMaps } from '../../src/schema';
import { loadMetadata } from '../../src/metadata/load';
import { loadTypeDefs } from '../../src/schema/sdl';
import { createFieldResolver, createResolvers } from '../../src/resolvers';
import { subscriptionResolvers } from '../../src/events/subscriptions';

type Map = Record<string, Record<string, unknown> | GraphQLScalarType>;

describe('on the whole graph', () => {
  const index = loadMetadata();
  const resolvers: Map = mergeResolverMaps(createResolvers(index), subscriptionResolvers(index));
  const fallback = createFieldResolver(index);
  const document = concatAST(loadTypeDefs().map((text) => parse(text, { noLocation: true })));
  const ours = buildASTSchema(document, { assumeValidSDL: true });
  attachResolvers(ours, resolvers, fallback);
  const theirs: GraphQLSchema = addResolversToSchema({
    schema: buildASTSchema(document),
    resolvers,
    defaultFieldResolver: fallback,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
    updateResolversInPlace: true,
  });
  const given = (typeName: string, fieldName: string, key: 'resolve' | 'subscribe'): unknown => {
    const entry = (resolvers[typeName] as Record<string, unknown> | undefined)?.[fieldName];
    if (typeof entry === 'function') return key === 'resolve' ? entry : undefined;
    return (entry as Record<string, unknown> | undefined)?.[key];
  };

  test('the same printed schema', () => {
    expect(printSchema(ours)).toBe(printSchema(theirs));
  });

  test("every field: the map's resolver and subscription as given, else the one field resolver", () => {
    const wrong: string[] = [];
    let fields = 0;
    let ownResolvers = 0;
    for (const type of Object.values(ours.getTypeMap())) {
      if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
      const other = theirs.getType(type.name) as typeof type;
      for (const field of Object.values(type.getFields())) {
        fields += 1;
        const name = `${type.name}.${field.name}`;
        const resolve = given(type.name, field.name, 'resolve') as GraphQLFieldResolver<unknown, unknown> | undefined;
        const theirField = other.getFields()[field.name]!;
        if (resolve) ownResolvers += 1;
        if (field.resolve !== (resolve ?? (isObjectType(type) ? fallback : undefined))) wrong.push(`${name}: resolve`);
        // graphql-tools binds map functions to their map: a bound copy there, the function itself here.
        if ((theirField.resolve === undefined) !== (field.resolve === undefined)) wrong.push(`${name}: resolve present in one only`);
        if (!resolve && field.resolve && theirField.resolve !== fallback) wrong.push(`${name}: fallback`);
        if (field.subscribe !== (given(type.name, field.name, 'subscribe') ?? theirField.subscribe)) wrong.push(`${name}: subscribe`);
      }
    }
    expect(wrong).toEqual([]);
    expect(fields).toBeGreaterThan(5_000);
    expect(ownResolvers).toBeGreaterThan(300);
  });

  test('every enum value keeps the same Stripe value, and serializes to its name', () => {
    const wrong: string[] = [];
    let values = 0;
    for (const type of Object.values(ours.getTypeMap())) {
      if (!isEnumType(type)) continue;
      const other = theirs.getType(type.name);
      if (!isEnumType(other)) throw new Error(`${type.name} is not an enum in the reference`);
      for (const value of type.getValues()) {
        values += 1;
        if (value.value !== other.getValue(value.name)!.value) wrong.push(`${type.name}.${value.name}: value`);
        if (type.serialize(value.value) !== value.name) wrong.push(`${type.name}.${value.name}: serialize`);
      }
    }
    expect(wrong).toEqual([]);
    expect(values).toBeGreaterThan(1_000);
  });

  test('scalars and abstract types: the same functions and descriptions', () => {
    for (const type of Object.values(ours.getTypeMap())) {
      const other = theirs.getType(type.name)!;
      if (isScalarType(type) && isScalarType(other)) {
        expect([type.name, type.serialize, type.parseValue, type.parseLiteral, type.description]).toEqual([
          type.name,
          other.serialize,
          other.parseValue,
          other.parseLiteral,
          other.description,
        ]);
      }
      if ((isUnionType(type) && isUnionType(other)) || (isInterfaceType(type) && isInterfaceType(other)))
        expect([type.name, type.resolveType]).toEqual([type.name, other.resolveType]);
    }
  });
});

describe('what it refuses', () => {
  const sdl = 'enum Color { RED GREEN } type Query { paint(color: Color = RED): String, shade: Color } input Mix { color: Color }';
  const resolve = (): null => null;
  test('a type or field the schema does not have', () => {
    expect(() => attachResolvers(buildSchema(sdl), { Nope: { a: resolve } }, resolve)).toThrow('"Nope" defined in resolvers, but not in schema');
    expect(() => attachResolvers(buildSchema(sdl), { Query: { nope: resolve } }, resolve)).toThrow('Query.nope defined in resolvers, but not in schema');
    expect(() => attachResolvers(buildSchema(sdl), { Color: { BLUE: 'blue' } }, resolve)).toThrow(
      'Color.BLUE defined in resolvers, but not present within Color',
    );
    expect(() => attachResolvers(buildSchema(sdl), { Mix: { color: resolve } }, resolve)).toThrow('"Mix" defined in resolvers, but it is an input type');
  });
  test('a default value of an enum whose values change', () => {
    expect(() => attachResolvers(buildSchema(sdl), { Color: { RED: 'red' } }, resolve)).toThrow(
      'Query.paint(color) has a default value of an enum whose values the resolvers change: not supported',
    );
    const withoutDefault = buildSchema(sdl.replace(' = RED', ''));
    attachResolvers(withoutDefault, { Color: { RED: 'red', GREEN: 'green' } }, resolve);
    expect((withoutDefault.getType('Color') as import('graphql').GraphQLEnumType).serialize('green')).toBe('GREEN');
  });
});
