/**
 * Authorization, once per operation, after parsing and validation and before execution: so a
 * refused operation costs no upstream request. Test helpers with a live key are refused here too
 * (src/auth/test-helpers.ts). The decision is src/auth/policy.ts; this plugin
 * only gathers the facts of the operation. It also returns the idempotency keys the mutations
 * sent (`extensions.idempotencyKeys`), so a client can retry safely after a timeout.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode, getArgumentValues, type FieldNode, type GraphQLObjectType, type SelectionSetNode } from 'graphql';
import type { GatewayContext } from '../context';
import type { MetadataIndex } from '../metadata/load';
import { fragmentsOf, selectedFields, type SelectionInfo } from '../shared/selection';
import { authorize, type OperationFacts, type Policy } from '../auth/policy';
import { estimateCost } from './limits';
import { testHelperRefusal } from '../auth/test-helpers';
import { isTestHelperPath } from '../metadata/test-helpers';

/** The root fields an operation runs and the accounts it names, through asConnectedAccount. */
function operationFacts(
  index: MetadataIndex,
  root: GraphQLObjectType,
  set: SelectionSetNode,
  selection: SelectionInfo,
): Pick<OperationFacts, 'rootFields' | 'accounts'> {
  const rootFields: Array<{ name: string; domain: string | undefined }> = [];
  const accounts: string[] = [];
  const walk = (selections: SelectionSetNode): void => {
    for (const node of selectedFields([selections], root, selection)) {
      const name = node.name.value;
      if (name.startsWith('__')) continue;
      if (name === 'asConnectedAccount') {
        const account = accountArgument(root, node, selection);
        if (account !== undefined) accounts.push(account);
        if (node.selectionSet) walk(node.selectionSet);
        continue;
      }
      rootFields.push({ name, domain: index.placed.get(`${root.name}.${name}`)?.resource.domain });
    }
  };
  walk(set);
  return { rootFields, accounts };
}

function accountArgument(root: GraphQLObjectType, node: FieldNode, selection: SelectionInfo): string | undefined {
  const field = root.getFields()[node.name.value];
  try {
    const args = field ? getArgumentValues(field, node, selection.variableValues ?? {}) : {};
    return typeof args.account === 'string' ? args.account : undefined;
  } catch {
    // A missing or mistyped variable: execution refuses the operation before any resolver runs.
    return undefined;
  }
}

function overBudget(retryAfter: number): GraphQLError {
  return new GraphQLError(`This caller has used its budget of requests to Stripe; retry in ${retryAfter} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfter, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } },
  });
}

/** `budget`: whether callers have a budget (GATEWAY_CALLER_RATE), so operations are priced first. */
export function authorizationPlugin(index: MetadataIndex, policy: Policy | undefined, budget: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request, contextValue }) {
          if (!operation) return;
          const root =
            operation.operation === OperationTypeNode.MUTATION
              ? schema.getMutationType()
              : operation.operation === OperationTypeNode.QUERY
                ? schema.getQueryType()
                : schema.getSubscriptionType();
          if (!root) return;
          const fragments = fragmentsOf(document);
          const facts: OperationFacts = {
            kind: operation.operation,
            headerAccount: contextValue.requestedAccount,
            ...operationFacts(index, root, operation.selectionSet, { schema, fragments, variableValues: request.variables ?? {} }),
          };
          const refusal = authorize(contextValue.caller, facts, policy);
          if (refusal !== undefined) throw new GraphQLError(refusal, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
          const helpers = facts.rootFields.filter((f) => isTestHelperPath(index.placed.get(`${root.name}.${f.name}`)?.endpoint.path ?? '')).map((f) => f.name);
          const liveRefusal = testHelperRefusal(helpers, contextValue.stripe?.credentials.apiKey);
          if (liveRefusal !== undefined) throw new GraphQLError(liveRefusal, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
          const client = budget ? contextValue.stripe?.client : undefined;
          if (!client) return;
          // An operation that could need more than its caller's budget holds is refused whole,
          // not field by field: one cheap answer instead of hundreds of errors for a wide query.
          const needed = estimateCost(schema, index, operation, fragments, request.variables ?? {}).upstreamRequests;
          const retryAfter = client.callerRetryAfter(contextValue.caller.sub, Math.max(1, needed));
          if (retryAfter !== undefined) throw overBudget(retryAfter);
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || contextValue.idempotencyKeys.size === 0) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, idempotencyKeys: Object.fromEntries(contextValue.idempotencyKeys) };
        },
      };
    },
  };
}
