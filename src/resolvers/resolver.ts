/**
 * What every resolver module shares: the resolver type, the guard that gives every failure a
 * stable code, and small helpers over arguments.
 */
import type { GraphQLFieldResolver, GraphQLScalarType } from 'graphql';
import type { GatewayContext } from '../context';
import { toGraphQLError } from '../datasources/errors';

/** A Stripe object (or part of one) as the REST API sent it: snake_case fields. */
export type Raw = Record<string, unknown>;
export type Resolver = GraphQLFieldResolver<unknown, GatewayContext, Record<string, unknown>>;
/** Resolvers by type and field, and the custom scalars, as graphql-tools takes them. */
export type ResolverMap = Record<string, Record<string, unknown> | GraphQLScalarType>;

/** Relay's paging arguments: read by the connection, never sent to Stripe as filters. */
export const CONNECTION_ARG_NAMES: ReadonlySet<string> = new Set(['first', 'after', 'last', 'before']);

/** Runs a resolver body and turns whatever the data source throws into a GraphQL error with a stable code. */
export function guarded(fn: Resolver): Resolver {
  return async (parent, args, ctx, info) => {
    try {
      return await fn(parent, args, ctx, info);
    } catch (error) {
      throw toGraphQLError(error);
    }
  };
}

/** The arguments without those named in `drop`. */
export function withoutKeys(args: Record<string, unknown>, drop: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in args) if (!drop.has(key)) out[key] = args[key];
  return out;
}

/** An id for a message: quoted, and cut short (an id is the caller's text, of any length). */
export function quoteId(id: string): string {
  return id.length <= 80 ? JSON.stringify(id) : `${JSON.stringify(id.slice(0, 80))}... (${id.length} characters)`;
}
