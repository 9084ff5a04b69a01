/**
 * Introspection answered from a cache. The full introspection of this schema is about 5 MB and
 * a few hundred milliseconds of CPU; tools (the playground, codegen, IDEs) send the same few
 * introspection queries again and again. An operation that selects only introspection fields
 * (`__schema`, `__type`, `__typename` at the root) is executed once per (schema, document,
 * operation name, variables) and later answered with the same result. The query limits have
 * already counted it (src/plugins/limits.ts) before it gets here.
 */
import type { BaseContext, GraphQLRequestContextResponseForOperation, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { execute, Kind, type ExecutionResult, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import { selectedFields } from '../resolvers/selection';

/** Distinct introspection operations kept per schema; a new one past this evicts the oldest. */
export const INTROSPECTION_CACHE_ENTRIES = 16;

export interface IntrospectionCache {
  /** The cached answer of an introspection-only operation, or null to execute normally. */
  answer<C extends BaseContext>(context: GraphQLRequestContextResponseForOperation<C>): Promise<GraphQLResponse | null>;
  /** How many introspection operations were executed (cache misses), for tests. */
  readonly executions: number;
}

export function introspectionCache(): IntrospectionCache {
  const bySchema = new WeakMap<GraphQLSchema, Map<string, ExecutionResult>>();
  let executions = 0;
  return {
    get executions() {
      return executions;
    },
    async answer(context) {
      const { schema, document, operation, request } = context;
      // No operation (a name that matches none): Apollo answers that itself.
      if (operation?.operation !== 'query' || !isIntrospectionOnly(schema, context)) return null;
      const key = JSON.stringify([context.queryHash, request.operationName ?? null, request.variables ?? {}]);
      const cache = bySchema.get(schema) ?? new Map<string, ExecutionResult>();
      bySchema.set(schema, cache);
      let result = cache.get(key);
      if (!result) {
        executions++;
        result = await execute({ schema, document, operationName: request.operationName ?? null, variableValues: request.variables ?? null });
        // An answer with errors (a bad variable, say) goes through normal execution and its
        // error handling instead.
        if (result.errors?.length) return null;
        if (cache.size >= INTROSPECTION_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
        cache.set(key, result);
      }
      return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data ?? null } } };
    },
  };
}

function isIntrospectionOnly<C extends BaseContext>(schema: GraphQLSchema, context: GraphQLRequestContextResponseForOperation<C>): boolean {
  const root = schema.getQueryType();
  if (!root) return false;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of context.document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  const fields = selectedFields([context.operation.selectionSet], root, { schema, fragments, variableValues: context.request.variables ?? {} });
  // `{ __typename }` alone costs nothing to execute: not worth a cache entry.
  return fields.every((node) => node.name.value.startsWith('__')) && fields.some((node) => node.name.value !== '__typename');
}
