/**
 * The executable schema: generated SDL + the metadata-driven resolvers. Built once per process.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { createResolvers } from '../resolvers';
import { loadMetadata, loadTypeDefs, type MetadataIndex } from './metadata';

export interface GatewaySchema {
  schema: GraphQLSchema;
  index: MetadataIndex;
}

let cached: GatewaySchema | undefined;

export function buildGatewaySchema(): GatewaySchema {
  if (!cached) {
    const index = loadMetadata();
    const schema = makeExecutableSchema({
      typeDefs: loadTypeDefs(),
      resolvers: createResolvers(index),
      // Every metadata type has resolvers for its relation fields only; the rest use the
      // gateway's field resolver (see createFieldResolver), so no per-field stubs are needed.
      resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
    });
    cached = { schema, index };
  }
  return cached;
}
