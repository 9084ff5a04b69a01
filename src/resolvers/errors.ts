/**
 * GraphQL errors the gateway raises itself (upstream errors come from
 * `datasources/errors.ts#toGraphQLError`). Each carries a stable `extensions.code`.
 */
import { GraphQLError } from 'graphql';

/** The caller asked for something malformed: a bad argument, a bad page size. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Stripe offers no way to fetch what was asked for (no retrieve endpoint, or it needs a parent). */
export function notLoadable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_LOADABLE' } });
}
