/**
 * Introspection answered from a cache. The full introspection of this schema is about 5 MB and
 * a few hundred milliseconds of CPU to compute, and tens more to serialise; tools (the
 * playground, codegen, IDEs) send the same few introspection queries again and again. An
 * operation that selects only introspection fields (`__schema`, `__type`, `__typename` at the
 * root, at least one of the first two) is executed once per (schema, operation as printed with
 * the fragments it uses, variables) and later answered with the same result and the same JSON
 * text (`stringifyResult`, Apollo's serialiser). The query limits have already counted it
 * (src/plugins/limits.ts) before it gets here.
 */
import type { BaseContext, GraphQLRequestContextResponseForOperation, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import {
  OperationTypeNode,
  execute,
  print,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { fragmentsOf, selectedFields } from '../shared/selection';

/**
 * Distinct introspection operations kept per schema; a new one past this evicts the oldest. Only
 * the answer's text is kept (about 5 MB for a full introspection of this schema; the result
 * object it was written from held about 15 MB more), so at most about 20 MB.
 */
const INTROSPECTION_CACHE_ENTRIES = 4;

/**
 * The JSON text of each cached answer, by the empty object that stands for its `data`: Apollo
 * passes the object through to `stringifyResult`, which writes the stored text instead.
 */
const serialized = new WeakMap<object, string>();

/**
 * Apollo's `stringifyResult`: a cached introspection answer is written from its stored text;
 * anything else as Apollo writes it by default.
 */
export function stringifyResult(value: FormattedExecutionResult): string {
  const stored = value.data && value.errors === undefined && value.extensions === undefined ? serialized.get(value.data) : undefined;
  return stored ?? `${JSON.stringify(value)}\n`;
}

export interface IntrospectionCache {
  /** The cached answer of an introspection-only operation, or null to execute normally. */
  answer<C extends BaseContext>(context: GraphQLRequestContextResponseForOperation<C>): Promise<GraphQLResponse | null>;
  /** How many introspection operations were executed (cache misses), for tests. */
  readonly executions: number;
}

export function introspectionCache(): IntrospectionCache {
  // Each entry: the token that stands for the answer's data, or null when executing it failed.
  const bySchema = new WeakMap<GraphQLSchema, Map<string, Promise<object | null>>>();
  let executions = 0;
  return {
    get executions() {
      return executions;
    },
    async answer(context) {
      const { schema, document, operation, request } = context;
      // No operation (a name that matches none): Apollo answers that itself.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- Apollo's type says always set; the comment above says when it is not
      if (operation?.operation !== OperationTypeNode.QUERY || !isIntrospectionOnly(schema, context)) return null;
      const key = JSON.stringify([normalised(document, operation), request.variables ?? {}]);
      const cache = bySchema.get(schema) ?? new Map<string, Promise<object | null>>();
      bySchema.set(schema, cache);
      let pending = cache.get(key);
      if (!pending) {
        executions++;
        // One execution however many identical requests arrive while it runs.
        pending = Promise.resolve(execute({ schema, document, operationName: operation.name?.value ?? null, variableValues: request.variables ?? null })).then(
          tokenFor,
        );
        if (cache.size >= INTROSPECTION_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
        cache.set(key, pending);
      }
      const token = await pending;
      // An answer with errors (a bad variable, say) goes through normal execution and its
      // error handling instead, and is not kept.
      if (!token) {
        cache.delete(key);
        return null;
      }
      return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: token as Record<string, unknown> } } };
    },
  };
}

/** The answer written once to its text, and the token that stands for it; null for an answer with errors. */
function tokenFor(result: ExecutionResult): object | null {
  if (result.errors?.length || !result.data) return null;
  const token = Object.freeze({});
  serialized.set(token, `${JSON.stringify({ data: result.data })}\n`);
  return token;
}

/** The operation and the fragments it spreads, printed: the same key whatever the layout. */
function normalised(document: DocumentNode, operation: OperationDefinitionNode): string {
  const fragments = fragmentsOf(document);
  const used = new Set<string>();
  const pending = [operation as OperationDefinitionNode | FragmentDefinitionNode];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(node) {
        const fragment = fragments[node.name.value];
        if (fragment && !used.has(node.name.value)) {
          used.add(node.name.value);
          pending.push(fragment);
        }
      },
    });
  }
  return [operation, ...[...used].sort().map((name) => fragments[name]!)].map((def) => print(def)).join('\n');
}

function isIntrospectionOnly<C extends BaseContext>(schema: GraphQLSchema, context: GraphQLRequestContextResponseForOperation<C>): boolean {
  const root = schema.getQueryType();
  if (!root) return false;
  const fields = selectedFields([context.operation.selectionSet], root, {
    schema,
    fragments: fragmentsOf(context.document),
    variableValues: context.request.variables ?? {},
  });
  // `{ __typename }` alone costs nothing to execute: not worth a cache entry.
  return fields.every((node) => node.name.value.startsWith('__')) && fields.some((node) => node.name.value !== '__typename');
}
