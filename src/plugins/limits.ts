/**
 * Refuses, before any upstream call, operations that are too deep or that could cost more
 * upstream requests than allowed. The estimate is an upper bound from the selection set: each
 * root field, relation and expandable reference may cost one request per parent, and a
 * connection multiplies what is below it by its page size.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { MetadataIndex } from '../schema/metadata';
import { DEFAULT_PAGE_SIZE } from '../resolvers/connections';
import { selectedFields, type SelectionInfo } from '../resolvers/selection';

export interface QueryLimits {
  /** Deepest field nesting allowed. */
  maxDepth: number;
  /** Most upstream requests one operation may need, by the estimate above. */
  maxUpstreamRequests: number;
}

export interface OperationCost {
  depth: number;
  upstreamRequests: number;
}

function argValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

/** How many ids `nodes(ids:)` asks for, from a literal list or a variable. */
function idCount(node: ValueNode | undefined, variables: Record<string, unknown>): number {
  if (node?.kind === Kind.LIST) return node.values.length;
  if (node?.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return Array.isArray(value) ? value.length : 1;
  }
  return 1;
}

/** The cost estimate of an operation (pure: schema, metadata, document, variables). */
export function estimateCost(
  schema: GraphQLSchema,
  index: MetadataIndex,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationCost {
  let maxDepth = 0;
  const relationFields = new Set(index.placed.keys());
  for (const r of index.metadata.relations) relationFields.add(`${r.parent}.${r.field}`);

  const selection: SelectionInfo = { schema, fragments, variableValues: variables };
  // Fragments are followed as execution follows them (`... on Node` inside an Account applies),
  // so nothing can hide from the estimate behind a type condition.
  const walk = (set: SelectionSetNode, type: GraphQLObjectType, multiplier: number, depth: number): number => {
    let cost = 0;
    for (const node of selectedFields([set], type, selection)) {
      const name = node.name.value;
      if (name.startsWith('__')) continue;
      const field = type.getFields()[name];
      if (!field) continue;
      maxDepth = Math.max(maxDepth, depth + 1);
      const key = `${type.name}.${name}`;
      const meta = index.fields.get(type.name)?.get(name);
      const named = getNamedType(field.type);
      const root = (type.name === 'Query' || type.name === 'Mutation') && name !== 'asConnectedAccount';
      const connection = isObjectType(named) && named.getFields().pageInfo !== undefined;
      let here = 0;
      let below = multiplier;
      if (connection) {
        // A list call per parent (an embedded list costs none); what is below runs per item.
        here = root || relationFields.has(key) ? multiplier : 0;
        const first = argValue(node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last')?.value, variables);
        below = multiplier * (typeof first === 'number' ? first : DEFAULT_PAGE_SIZE);
      } else if (meta?.expandable) {
        here = multiplier;
      } else if (root) {
        here = multiplier * (name === 'nodes' ? idCount(node.arguments?.find((a) => a.name.value === 'ids')?.value, variables) : 1);
      }
      cost += here;
      if (node.selectionSet) {
        if (isObjectType(named)) cost += walk(node.selectionSet, named, below, depth + 1);
        else {
          // Unions and interfaces: the most expensive member decides.
          const members = schema.getPossibleTypes(named as never) as readonly GraphQLObjectType[];
          cost += Math.max(0, ...members.map((m) => walk(node.selectionSet!, m, below, depth + 1)));
        }
      }
    }
    return cost;
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const upstreamRequests = root ? walk(operation.selectionSet, root, 1, 0) : 0;
  return { depth: maxDepth, upstreamRequests };
}

export function queryLimitsPlugin(index: MetadataIndex, limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          const cost = estimateCost(schema, index, operation, fragments, request.variables ?? {});
          if (cost.depth > limits.maxDepth) {
            throw new GraphQLError(`Query is ${cost.depth} levels deep; the limit is ${limits.maxDepth}`, {
              extensions: { code: 'QUERY_TOO_DEEP', depth: cost.depth, limit: limits.maxDepth, http: { status: 400 } },
            });
          }
          if (cost.upstreamRequests > limits.maxUpstreamRequests) {
            throw new GraphQLError(
              `Query could need up to ${cost.upstreamRequests} requests to Stripe; the limit is ${limits.maxUpstreamRequests}. Ask for smaller pages (first:) or fewer nested lists.`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', upstreamRequests: cost.upstreamRequests, limit: limits.maxUpstreamRequests, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
