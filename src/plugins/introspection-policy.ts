/**
 * Who may introspect the graph (GATEWAY_INTROSPECTION): `on` (everyone, the demo), `off`
 * (nobody), `platform` (callers with the platform role only: the teams building on the gateway,
 * not the apps shipped to end users). This plugin only refuses; it runs at didResolveOperation,
 * before any plugin that would answer introspection (from a cache or otherwise).
 *
 * Apollo's own `introspection` switch stays on: it knows nothing of callers.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, BREAK, type DocumentNode } from 'graphql';
import type { AuthMode } from '../http/cors';

export const INTROSPECTION_MODES = ['on', 'off', 'platform'] as const;
export type IntrospectionMode = (typeof INTROSPECTION_MODES)[number];

/** The default: `on` for an open gateway and the demo, `platform` once callers carry roles. */
export function defaultIntrospection(authMode: AuthMode, embedded: boolean): IntrospectionMode {
  return authMode === 'jwt' && !embedded ? 'platform' : 'on';
}

/** Whether a caller with this role (undefined: no role known) may introspect. */
export function introspectionAllowed(mode: IntrospectionMode, role: string | undefined): boolean {
  switch (mode) {
    case 'on':
      return true;
    case 'off':
      return false;
    case 'platform':
      return role === 'platform';
  }
}

/** Whether a document asks for the schema (`__schema`, `__type`; `__typename` is ordinary data). */
export function isIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * `roleOf` tells the caller's role from the request's context. Until caller identity lands no
 * caller has a role, so `platform` refuses everyone.
 */
export function introspectionPolicyPlugin<TContext extends object>(
  mode: IntrospectionMode,
  roleOf: (context: TContext) => string | undefined,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      if (mode === 'on') return undefined;
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!isIntrospection(document) || introspectionAllowed(mode, roleOf(contextValue))) return;
          throw new GraphQLError(mode === 'off' ? 'Introspection is turned off on this gateway' : 'Introspection is only for callers with the platform role', {
            extensions: { code: 'INTROSPECTION_DISABLED', http: { status: 403 } },
          });
        },
      };
    },
  };
}
