/**
 * The executable schema: generated SDL + the metadata-driven resolvers. Built once per process.
 *
 * Built with graphql-js (`buildASTSchema`) and the resolvers attached in place (./attach.ts),
 * rather than with `makeExecutableSchema` or `addResolversToSchema`, whose schema-wide rewrites
 * cost 1.7 s and 0.2 s of every start; the resulting schema is the same (test/schema/).
 */
import { buildASTSchema, concatAST, parse, type GraphQLSchema } from 'graphql';
import { createFieldResolver, createResolvers } from '../resolvers';
import type { ResolverMap } from '../resolvers/resolver';
import { subscriptionResolvers } from '../events/subscriptions';
import { loadMetadata, type MetadataIndex } from '../metadata/load';
import { loadTypeDefs } from './sdl';
import { attachResolvers } from './attach';

export interface GatewaySchema {
  schema: GraphQLSchema;
  index: MetadataIndex;
}

let cached: GatewaySchema | undefined;

export function buildGatewaySchema(): GatewaySchema {
  if (!cached) {
    const index = loadMetadata();
    // The SDL is generated and checked (test/schema/build.test.ts builds it with validation);
    // validating it again costs about 200 ms of every start.
    const schema = buildASTSchema(concatAST(loadTypeDefs().map((text) => parse(text, { noLocation: true }))), { assumeValidSDL: true });
    // Plain fields have no resolver of their own: one field resolver maps every GraphQL name
    // to its Stripe name (and gives each field its own on first use; see createFieldResolver),
    // so the schema works under any executor.
    attachResolvers(schema, mergeResolverMaps(createResolvers(index), subscriptionResolvers(index)), createFieldResolver(index));
    cached = { schema, index };
  }
  return cached;
}

/** Resolver maps merged by type: two maps may each give fields of one type (never the same field). */
export function mergeResolverMaps(...maps: ReadonlyArray<Record<string, unknown>>): ResolverMap {
  const out: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, value] of Object.entries(map)) {
      const seen = out[type];
      if (seen === undefined) out[type] = value;
      else if (isPlainObject(seen) && isPlainObject(value)) {
        const clash = Object.keys(value).find((field) => field in seen);
        if (clash !== undefined) throw new Error(`Two resolver maps give ${type}.${clash}`);
        out[type] = { ...seen, ...value };
      } else throw new Error(`Two resolver maps give ${type}`);
    }
  }
  return out as ResolverMap;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
