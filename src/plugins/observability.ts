/**
 * Ties Apollo's view of an operation to its trace: the operation's name and type, the codes of
 * the errors it answers with, the request id in every error, and a log line (with its cause and
 * stack) for each unexpected error. The access line itself is written by the server once the
 * answer is out, from the trace.
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context';
import type { Logger } from '../observability/logger';

/** The deepest cause of an error: what actually went wrong, for the logs. */
export function rootCause(error: unknown): unknown {
  let current: unknown = error;
  for (let depth = 0; depth < 10; depth += 1) {
    const next = (current as { originalError?: unknown; cause?: unknown } | null)?.originalError ?? (current as { cause?: unknown } | null)?.cause;
    if (next === undefined || next === null || next === current) return current;
    current = next;
  }
  return current;
}

function codeOf(error: GraphQLError | GraphQLFormattedError): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

export function observabilityPlugin(log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, operationName }: GraphQLRequestContext<GatewayContext>) {
          contextValue.trace.name = operationName ?? undefined;
          contextValue.trace.type = operation?.operation ?? 'unknown';
        },
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            if (codeOf(error) !== 'INTERNAL_SERVER_ERROR') continue;
            log.error({ requestId: contextValue.trace.requestId, path: error.path, err: rootCause(error) }, 'unexpected error');
          }
        },
        async willSendResponse({ contextValue, response }) {
          const trace = contextValue.trace;
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const errors = result.errors ?? [];
          trace.errorCodes = errors.map(codeOf);
          trace.outcome = errors.length === 0 ? 'ok' : result.data != null ? 'partial' : 'error';
          // Every error says which request it belongs to: the handle to the logs.
          result.errors = errors.length === 0 ? result.errors : errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: trace.requestId } }));
        },
      };
    },
  };
}
