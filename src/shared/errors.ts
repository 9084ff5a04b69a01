/**
 * GraphQL errors the gateway raises itself (upstream errors come from
 * `datasources/errors.ts#toGraphQLError`). Each carries a stable `extensions.code`.
 */
import { GraphQLError } from 'graphql';

/** The caller asked for something malformed: a bad argument, a bad page size. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The graph cannot load what was asked for (it does not serve the type, or it needs a parent). */
export function notLoadable(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_LOADABLE', ...extensions } });
}

/**
 * The message for a reference to an object this graph does not load by id (a customer, an
 * application): the limit is the graph's, not Stripe's, and the id is still there to read.
 */
export function notServedMessage(typeNames: readonly string[], id: string, idField: string | undefined): string {
  const what = typeNames.length > 0 ? `${typeNames.join(' or ')} objects` : 'this kind of object';
  const where = idField ? `; the id is in ${idField}` : '';
  return `This graph does not serve ${what}, so ${id} cannot be loaded through it${where}`;
}
