/**
 * The executable schema: generated SDL + the metadata-driven resolvers. Built once per process.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { createFieldResolver, createResolvers } from '../resolvers';
import { subscriptionResolvers } from '../events/subscriptions';
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
      resolvers: [createResolvers(index), subscriptionResolvers(index)],
      // Plain fields have no resolver of their own: one field resolver maps every GraphQL name
      // to its Stripe name (see createFieldResolver), so the schema works under any executor.
      defaultFieldResolver: createFieldResolver(index),
      resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
    });
    cached = { schema, index };
  }
  return cached;
}
