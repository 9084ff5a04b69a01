/**
 * Refuses, before any upstream call, operations that are too big, too deep or that could cost
 * more upstream requests than allowed, and answers introspection from a cache.
 *
 * The checks run in the order the request is read, each before the work it protects:
 *   1. the document's size and token count, then its aliases, directives, repeated field names
 *      and depth, before Apollo parses and validates it (src/plugins/document-limits.ts);
 *   2. the cost estimate of the chosen operation, before it executes (below);
 *   3. an introspection-only operation is then answered from src/plugins/introspection.ts.
 *
 * The estimate is an upper bound from the selection set: each root field, relation and
 * expandable reference may cost one request per parent, and a connection multiplies what is
 * below it by its page size. Introspection costs no request, but counts for depth and for how
 * many `__schema`/`__type` fields an operation has. (How deep introspection lists nest,
 * `types { fields { type { fields ... } } }`, graphql-js's own validation already limits.)
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  OperationTypeNode,
  getNamedType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { MetadataIndex } from '../metadata/load';
import { DEFAULT_PAGE_SIZE } from '../shared/paging';
import { fragmentsOf, selectedFields, type SelectionInfo } from '../shared/selection';
import { checkDocument, DEPTHLESS_FIELDS, refuse, type DocumentLimits } from './document-limits';
import { introspectionCache, type IntrospectionCache } from './introspection';

export interface QueryLimits extends DocumentLimits {
  /** Deepest field nesting allowed. */
  maxDepth: number;
  /** Most upstream requests one operation may need, by the estimate above. */
  maxUpstreamRequests: number;
}

export interface OperationCost {
  depth: number;
  upstreamRequests: number;
  /** `__schema` and `__type` fields of the operation. */
  introspectionFields: number;
}

/**
 * Most `__schema`/`__type` fields in one operation. Tools send one `__schema`; each more is
 * another full answer of megabytes, and aliases would let one document ask for dozens.
 */
export const MAX_INTROSPECTION_FIELDS = 2;

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

/** What a selection set costs below one parent: requests, and the depth below it. */
interface Summary {
  cost: number;
  depth: number;
}

/** The schema field a node selects on `type`, including the root's introspection fields. */
function fieldOf(schema: GraphQLSchema, type: GraphQLObjectType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (type === schema.getQueryType()) {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
  }
  return type.getFields()[name];
}

/** Fields that cost a request per parent: placed children and relations, once per metadata. */
const relationFieldsOf = new WeakMap<MetadataIndex, ReadonlySet<string>>();
function relationFields(index: MetadataIndex): ReadonlySet<string> {
  let fields = relationFieldsOf.get(index);
  if (!fields) {
    const set = new Set(index.placed.keys());
    for (const r of index.metadata.relations) set.add(`${r.parent}.${r.field}`);
    relationFieldsOf.set(index, (fields = set));
  }
  return fields;
}

/**
 * Estimates already made for an operation (Apollo keeps one parsed document per query text, so
 * the same node comes back with every repeat). An estimate depends on the document and on the
 * few variables it read (page sizes, id counts, @skip/@include), so it is kept under the values
 * of just those: `query ($id: ID!) { account(id: $id) {...} }` is estimated once, whatever the id.
 */
interface CostMemo {
  schema: GraphQLSchema;
  index: MetadataIndex;
  /** Every variable an estimate of this operation has read; the costs are kept under their values. */
  read: readonly string[];
  costs: Map<string, OperationCost>;
}
const costMemo = new WeakMap<OperationDefinitionNode, CostMemo>();
/** Estimates kept per operation; past this, the oldest goes (a client paging through sizes). */
const COSTS_PER_OPERATION = 64;

/** The cost estimate of an operation (pure: schema, metadata, document, variables), remembered per operation. */
export function estimateCost(
  schema: GraphQLSchema,
  index: MetadataIndex,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationCost {
  const memo = costMemo.get(operation);
  const valuesOf = (names: readonly string[]): string => names.map((name) => visibleValue(variables[name])).join('\u0000');
  if (memo && memo.schema === schema && memo.index === index) {
    const known = memo.costs.get(valuesOf(memo.read));
    if (known) return known;
  }
  // Which variables the estimate reads can depend on their values (`@skip(if: $a)` around a
  // `first: $n`): the memo is kept under every variable any estimate of it has read.
  const read = new Set<string>(memo?.read);
  const recorded = (name: string | symbol): void => {
    if (typeof name === 'string') read.add(name);
  };
  const tracked = new Proxy(variables, {
    get: (target, name) => (recorded(name), target[name as string]),
    has: (target, name) => (recorded(name), name in target),
    getOwnPropertyDescriptor: (target, name) => (recorded(name), Object.getOwnPropertyDescriptor(target, name)),
  });
  const cost = computeCost(schema, index, operation, fragments, tracked);
  const names = [...read].sort();
  const same = memo && memo.schema === schema && memo.index === index && memo.read.length === names.length;
  const costs = same ? memo.costs : new Map<string, OperationCost>();
  if (costs.size >= COSTS_PER_OPERATION) costs.delete(costs.keys().next().value as string);
  costs.set(valuesOf(names), cost);
  if (!same) costMemo.set(operation, { schema, index, read: names, costs });
  return cost;
}

/**
 * All an estimate can see of a variable's value: a number (a page size), a boolean (@skip,
 * @include), a list's length (ids), or only its kind. Bounded, whatever the caller sent.
 */
function visibleValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value}:${String(value)}`;
  if (Array.isArray(value)) return `list:${value.length}`;
  return value === null ? 'null' : typeof value;
}

function computeCost(
  schema: GraphQLSchema,
  index: MetadataIndex,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationCost {
  const relations = relationFields(index);
  const selection: SelectionInfo = { schema, fragments, variableValues: variables };

  /** One field below one parent: its own requests, and what is below it times its fan-out. */
  const fieldCost = (node: FieldNode, type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): Summary => {
    const name = node.name.value;
    const named = getNamedType(field.type);
    const root = (type.name === 'Query' || type.name === 'Mutation') && name !== 'asConnectedAccount' && !name.startsWith('__');
    const connection = isObjectType(named) && named.getFields().pageInfo !== undefined;
    let here = 0;
    let fanOut = 1;
    if (connection) {
      // A list call per parent (an embedded list costs none); what is below runs per item.
      here = root || relations.has(`${type.name}.${name}`) ? 1 : 0;
      const first = argValue(node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last')?.value, variables);
      fanOut = typeof first === 'number' ? first : DEFAULT_PAGE_SIZE;
    } else if (index.fields.get(type.name)?.get(name)?.expandable) {
      here = 1;
    } else if (root) {
      here = name === 'nodes' ? idCount(node.arguments?.find((a) => a.name.value === 'ids')?.value, variables) : 1;
    }
    const own = type.name.startsWith('__') && DEPTHLESS_FIELDS.has(name) ? 0 : 1;
    if (!node.selectionSet) return { cost: here, depth: own };
    // Unions and interfaces: the most expensive member decides.
    const members = isObjectType(named) ? [named] : schema.getPossibleTypes(named as never);
    const below = members.map((m) => walk(node.selectionSet!, m));
    return {
      cost: here + fanOut * Math.max(0, ...below.map((b) => b.cost)),
      depth: own + Math.max(0, ...below.map((b) => b.depth)),
    };
  };

  // Fragments are followed as execution follows them (`... on Node` inside an Account applies),
  // so nothing can hide from the estimate behind a type condition. A selection set costs the
  // same wherever it appears, so each (set, type) is walked once however often it is spread.
  const memo = new Map<SelectionSetNode, Map<GraphQLObjectType, Summary>>();
  const walk = (set: SelectionSetNode, type: GraphQLObjectType): Summary => {
    const known = memo.get(set)?.get(type);
    if (known) return known;
    const summary: Summary = { cost: 0, depth: 0 };
    for (const node of selectedFields([set], type, selection)) {
      if (node.name.value === '__typename') continue;
      const field = fieldOf(schema, type, node.name.value);
      if (!field) continue;
      const one = fieldCost(node, type, field);
      summary.cost += one.cost;
      summary.depth = Math.max(summary.depth, one.depth);
    }
    if (!memo.has(set)) memo.set(set, new Map());
    memo.get(set)!.set(type, summary);
    return summary;
  };

  const root = operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
  if (!root) return { depth: 0, upstreamRequests: 0, introspectionFields: 0 };
  const { cost, depth } = walk(operation.selectionSet, root);
  const introspectionFields = selectedFields([operation.selectionSet], root, selection).filter(
    (n) => n.name.value === '__schema' || n.name.value === '__type',
  ).length;
  return { depth, upstreamRequests: cost, introspectionFields };
}

/** The error for an operation over a limit, or undefined when it is within all of them. */
export function costError(cost: OperationCost, limits: QueryLimits): GraphQLError | undefined {
  if (cost.depth > limits.maxDepth) {
    return refuse(`Query is ${cost.depth} levels deep; the limit is ${limits.maxDepth}`, 'QUERY_TOO_DEEP', { depth: cost.depth, limit: limits.maxDepth });
  }
  if (cost.upstreamRequests > limits.maxUpstreamRequests) {
    return refuse(
      `Query could need up to ${cost.upstreamRequests} requests to Stripe; the limit is ${limits.maxUpstreamRequests}. Ask for smaller pages (first:) or fewer nested lists.`,
      'QUERY_TOO_COMPLEX',
      { upstreamRequests: cost.upstreamRequests, limit: limits.maxUpstreamRequests },
    );
  }
  if (cost.introspectionFields > MAX_INTROSPECTION_FIELDS) {
    return refuse(`Query selects ${cost.introspectionFields} __schema/__type fields; the limit is ${MAX_INTROSPECTION_FIELDS}`, 'QUERY_TOO_COMPLEX', {
      introspectionFields: cost.introspectionFields,
      limit: MAX_INTROSPECTION_FIELDS,
    });
  }
  return undefined;
}

/**
 * What Apollo parses and validates in place of a document the limits refused. Apollo turns an
 * error thrown by a plugin before the operation is resolved into a 500, so the refusal is
 * raised in didResolveOperation, and the refused document itself never reaches graphql-js.
 */
const REFUSED_STUB = '{ __typename }';

/**
 * Query texts that passed the document limits. A client sends the same few documents over and
 * over; a text seen to pass is not lexed and parsed a second time before Apollo's own (cached)
 * parse. Bounded by total characters, oldest out first; refusals are not kept.
 */
export class PassedDocuments {
  private readonly texts = new Set<string>();
  private chars = 0;

  constructor(private readonly maxChars = 4_000_000) {}

  check(source: string, limits: DocumentLimits): GraphQLError | undefined {
    if (this.texts.has(source)) return undefined;
    const refused = checkDocument(source, limits);
    if (!refused && source.length <= this.maxChars) {
      this.texts.add(source);
      this.chars += source.length;
      for (const old of this.texts) {
        if (this.chars <= this.maxChars) break;
        this.texts.delete(old);
        this.chars -= old.length;
      }
    }
    return refused;
  }

  get size(): number {
    return this.texts.size;
  }
}

export function queryLimitsPlugin(index: MetadataIndex, limits: QueryLimits, introspection: IntrospectionCache = introspectionCache()): ApolloServerPlugin {
  const passed = new PassedDocuments();
  return {
    async requestDidStart({ request }) {
      const refused = request.query === undefined ? undefined : passed.check(request.query, limits);
      if (refused) {
        request.query = REFUSED_STUB;
        request.operationName = undefined;
        if (request.extensions?.persistedQuery) request.extensions = { ...request.extensions, persistedQuery: undefined };
      }
      return {
        async didResolveOperation({ schema, operation, document }) {
          if (refused) throw refused;
          if (!operation) return;
          const error = costError(estimateCost(schema, index, operation, fragmentsOf(document), request.variables ?? {}), limits);
          if (error) throw error;
        },
        async responseForOperation(context) {
          return introspection.answer(context);
        },
      };
    },
  };
}
