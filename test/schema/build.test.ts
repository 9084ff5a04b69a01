/**
 * The schema is built with graphql-js and resolvers attached in place (faster than
 * makeExecutableSchema): the same schema either way, and resolver maps merge without clashes.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLScalarType, printSchema } from 'graphql';
import { buildGatewaySchema, mergeResolverMaps } from '../../src/schema';
import { loadMetadata } from '../../src/metadata/load';
import { loadTypeDefs } from '../../src/schema/sdl';
import { createFieldResolver, createResolvers } from '../../src/resolvers';
import { subscriptionResolvers } from '../../src/events/subscriptions';

test('prints exactly as the schema makeExecutableSchema builds from the same parts', () => {
  const index = loadMetadata();
  const reference = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [createResolvers(index), subscriptionResolvers(index)],
    defaultFieldResolver: createFieldResolver(index),
  });
  expect(printSchema(buildGatewaySchema().schema)).toBe(printSchema(reference));
});

describe('mergeResolverMaps', () => {
  const scalar = new GraphQLScalarType({ name: 'Odd' });
  const resolve = (): null => null;
  it('merges the fields of one type given by two maps', () => {
    expect(mergeResolverMaps({ Query: { a: resolve }, Odd: scalar }, { Query: { b: resolve }, Other: { c: resolve } })).toEqual({
      Query: { a: resolve, b: resolve },
      Odd: scalar,
      Other: { c: resolve },
    });
  });
  it('refuses one field, or one scalar, given twice', () => {
    expect(() => mergeResolverMaps({ Query: { a: resolve } }, { Query: { a: resolve } })).toThrow('Two resolver maps give Query.a');
    expect(() => mergeResolverMaps({ Odd: scalar }, { Odd: scalar })).toThrow('Two resolver maps give Odd');
  });
});
