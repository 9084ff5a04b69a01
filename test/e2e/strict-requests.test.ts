/**
 * The gateway never sends what Stripe would refuse. Generated from the metadata and the schema:
 * every root field, relation (nested and filter relations), expansion and mutation of the seed
 * resources runs through the gateway against the emulator, whose request check is Stripe's;
 * the emulator's request log must then hold no request refused for its parameters.
 *
 * Mutations use the demo data's ids and the required parameters of their input types, with
 * values of the right type; some fail for the state of the object (a second cancel), which is
 * allowed here. Only refusals of the parameters themselves count.
 */
import {
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import type { EndpointMeta, InputTypeMeta, InputTypeRef, ResourceMeta } from '../../src/metadata/types';
import { fieldName } from '../../src/metadata/naming';
import { inGraph } from '../../src/metadata/inputs';
import { buildGatewaySchema } from '../../src/schema';
import { startE2E, type E2E, type StoredObjectInfo } from './harness';

const KEY = 'sk_test_e2e_strict';
const { schema, index } = buildGatewaySchema();
const { metadata } = index;
type Json = Record<string, unknown>;

let e2e: E2E;
let stored: StoredObjectInfo[];
beforeAll(async () => {
  e2e = await startE2E();
  stored = await e2e.objects(KEY);
  e2e.emulator.control.resetLog();
});
afterAll(async () => {
  await e2e.close();
});

const seed = Object.values(metadata.resources)
  .filter((r) => r.seed)
  .sort((a, b) => a.typeName.localeCompare(b.typeName));

const sampleOf = (typeName: string): StoredObjectInfo | undefined =>
  stored.find((o) => o.typeName === typeName && !o.hidden && o.scope === '' && o.id !== null);

// ---------------------------------------------------------------- selections

/** A field that forces a load or an expansion: one scalar that is not the id. */
function scalarOf(typeName: string): string | undefined {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return undefined;
  return Object.values(type.getFields()).find(
    (f) =>
      f.name !== 'id' &&
      f.args.length === 0 &&
      !isObjectType(getNamedType(f.type)) &&
      !isUnionType(getNamedType(f.type)) &&
      !isInterfaceType(getNamedType(f.type)),
  )?.name;
}

/** Selection of a reference's target: a scalar of it (or of each union member). */
function targetSelection(named: GraphQLNamedType): string {
  const members = isUnionType(named) ? named.getTypes().map((t) => t.name) : [named.name];
  return `__typename ${members.map((m) => (scalarOf(m) ? `... on ${m} { ${scalarOf(m)} }` : '')).join(' ')}`;
}

/** Every expandable reference of a type, each asked for beyond its id. */
function expandables(typeName: string): string[] {
  const type = schema.getType(typeName) as GraphQLObjectType | undefined;
  const fields = metadata.types[typeName]?.fields ?? [];
  return fields
    .filter((f) => f.expandable && type?.getFields()[f.name])
    .map((f) => `${f.name} { ${targetSelection(getNamedType(type!.getFields()[f.name]!.type))} }`);
}

const isConnection = (f: GraphQLField<unknown, unknown>): boolean => getNamedType(f.type).name.endsWith('Connection');
const requiredArgs = (f: GraphQLField<unknown, unknown>) => f.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** Relations of a type (connections taking no required argument), their items with expansions. */
function relations(typeName: string): string[] {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return [];
  return Object.values(type.getFields())
    .filter((f) => isConnection(f) && requiredArgs(f).length === 0)
    .map((f) => `${f.name}(first: 3) { nodes { ${itemSelection(getNamedType(f.type) as GraphQLObjectType)} } }`);
}

function itemSelection(connection: GraphQLObjectType): string {
  const item = getNamedType(connection.getFields().nodes!.type);
  const members = isUnionType(item) ? item.getTypes().map((t) => t.name) : [item.name];
  return `__typename ${members.map((m) => `... on ${m} { ${ownSelection(m)} }`).join(' ')}`;
}

/** `__typename`, the id where the type has one, and every expandable reference. */
function ownSelection(typeName: string): string {
  const fields = (schema.getType(typeName) as GraphQLObjectType).getFields();
  return ['__typename', ...(fields.id ? ['id'] : []), ...expandables(typeName)].join(' ');
}

// ---------------------------------------------------------------- values of input types

/** A value of the right type for a required parameter, in GraphQL names (for variables). */
function sampleValue(ref: InputTypeRef, stripeName: string, own: Json): unknown {
  switch (ref.kind) {
    case 'scalar': {
      const existing = own[stripeName];
      if (ref.name === 'JSON') return {};
      if ((typeof existing === 'string' && existing !== '') || typeof existing === 'number' || typeof existing === 'boolean') return existing;
      if (typeof existing === 'object' && existing !== null && typeof (existing as Json).id === 'string') return (existing as Json).id;
      if (ref.name === 'Long' || ref.name === 'Int') return ref.min ?? 100;
      if (ref.name === 'Float') return 1;
      if (ref.name === 'Timestamp') return 1767225600;
      if (ref.name === 'Boolean') return true;
      if (ref.name === 'Metadata') return {};
      return stripeName === 'country' ? 'US' : stripeName === 'currency' ? 'usd' : `sample_${stripeName}`;
    }
    case 'enum': {
      const values = metadata.enums[ref.name]!.values;
      const existing = own[stripeName];
      const name = Object.entries(values).find(([, v]) => v === existing)?.[0] ?? Object.keys(values)[0]!;
      return name;
    }
    case 'list':
      return [sampleValue(ref.of, stripeName, own)];
    case 'input':
      return sampleInput(metadata.inputs[ref.name]!, {}, true);
    case 'union': {
      // A @oneOf input: its first member; a range: a lower bound.
      const input = metadata.inputs[ref.name]!;
      const first = input.fields[0]!;
      return input.oneOf ? { [first.name]: sampleValue(first.type, stripeName, own) } : { gte: sampleValue(first.type, stripeName, own) };
    }
  }
}

/** The required fields of an input; a required hash with none required still gets its first field (Stripe refuses an empty one). */
function sampleInput(input: InputTypeMeta, own: Json, nonEmpty = false): Json {
  const out: Json = {};
  const offered = input.fields.filter(inGraph);
  const required = offered.filter((x) => x.required);
  const fields = required.length === 0 && nonEmpty ? offered.slice(0, 1) : required;
  for (const f of fields) out[f.name] = sampleValue(f.type, f.stripe, own);
  return out;
}

// ---------------------------------------------------------------- the operations

interface Operation {
  name: string;
  query: string;
  variables?: Json;
}

function pathArgs(endpoint: EndpointMeta, sample: StoredObjectInfo | undefined, parentSample: StoredObjectInfo | undefined): Json | undefined {
  const args: Json = {};
  for (const p of endpoint.pathParams) {
    const value = p === endpoint.idParam ? sample?.id : (sample?.parents[p] ?? parentSample?.id);
    if (typeof value !== 'string') return undefined;
    args[p === endpoint.idParam ? 'id' : fieldName(p)] = value;
  }
  return args;
}

function readOperations(resource: ResourceMeta): Operation[] {
  const out: Operation[] = [];
  const sample = sampleOf(resource.typeName);
  const parentSample = resource.parent ? sampleOf(resource.parent.typeName) : undefined;
  for (const endpoint of resource.endpoints) {
    if (endpoint.graphql?.parent !== 'Query') continue;
    const field = schema.getQueryType()!.getFields()[endpoint.graphql.field]!;
    const args =
      endpoint.kind === 'retrieve' && endpoint.idParam
        ? pathArgs(endpoint, sample, parentSample)
        : endpoint.pathParams.length === 0
          ? {}
          : pathArgs(endpoint, sample, parentSample);
    if (args === undefined) continue;
    const extra = requiredArgs(field).filter((a) => args[a.name] === undefined);
    if (extra.length > 0) continue; // roots needing filters are run by seed-resources.test.ts
    const argText = Object.entries(args)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join(', ');
    if (endpoint.kind === 'list' || endpoint.kind === 'search') {
      out.push({
        name: `Query.${field.name}`,
        query: `{ r: ${field.name}(${argText ? `${argText}, ` : ''}first: 3) { nodes { ${itemSelection(getNamedType(field.type) as GraphQLObjectType)} } } }`,
      });
    } else if (endpoint.kind === 'retrieve') {
      const selection = [ownSelection(resource.typeName), ...relations(resource.typeName)].join(' ');
      out.push({ name: `Query.${field.name}`, query: `{ r: ${field.name}${argText ? `(${argText})` : ''} { ... on ${resource.typeName} { ${selection} } } }` });
    }
  }
  return out;
}

function mutationOperations(resource: ResourceMeta): Operation[] {
  const out: Operation[] = [];
  const sample = sampleOf(resource.typeName);
  const parentSample = resource.parent ? sampleOf(resource.parent.typeName) : undefined;
  for (const endpoint of resource.endpoints) {
    if (endpoint.graphql?.parent !== 'Mutation') continue;
    const field = schema.getMutationType()!.getFields()[endpoint.graphql.field]!;
    const args = pathArgs(endpoint, sample, parentSample);
    if (args === undefined) continue;
    const input = endpoint.params ? metadata.inputs[endpoint.params] : undefined;
    const inputArg = field.args.find((a) => a.name === 'input');
    const variables: Json = { ...args };
    if (inputArg && input) variables.input = sampleInput(input, sample?.data ?? {});
    const decls = field.args.filter((a) => variables[a.name] !== undefined).map((a) => `$${a.name}: ${String(a.type)}`);
    const uses = field.args.filter((a) => variables[a.name] !== undefined).map((a) => `${a.name}: $${a.name}`);
    const query = `mutation${decls.length ? `(${decls.join(', ')})` : ''} { r: ${field.name}${uses.length ? `(${uses.join(', ')})` : ''} { __typename } }`;
    out.push({ name: `Mutation.${field.name}`, query, variables });
  }
  // Deletes last, so the other mutations still find their objects.
  return out.sort((a, b) => Number(a.name.startsWith('Mutation.delete')) - Number(b.name.startsWith('Mutation.delete')));
}

// ---------------------------------------------------------------- the check

interface Refused {
  operation: string;
  request: string;
  error: unknown;
}

/** Reads must be well-formed for the gateway too; mutations may fail for the state of their object. */
const MALFORMED_READ = ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT'];
const MALFORMED_MUTATION = ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'];

async function runAll(ops: Operation[], malformedCodes: readonly string[]): Promise<{ refused: Refused[]; requests: number; malformed: string[] }> {
  const refused: Refused[] = [];
  const malformed: string[] = [];
  let requests = 0;
  for (const op of ops) {
    e2e.emulator.control.resetLog();
    const res = await e2e.gql(op.query, { key: KEY, variables: op.variables });
    // An operation the schema rejects would send nothing and prove nothing.
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    if (codes.some((c) => c !== undefined && malformedCodes.includes(c))) malformed.push(`${op.name}: ${res.errors![0]!.message}`);
    const log = e2e.emulator.control.requestLog();
    requests += log.length;
    for (const entry of log.filter((e) => e.refusedParams)) {
      refused.push({ operation: op.name, request: `${entry.method} ${entry.path}?${decodeURIComponent(entry.query)}`, error: entry.error });
    }
  }
  return { refused, requests, malformed };
}

test('every root field, relation and expansion of the seed resources: no request refused for its parameters', async () => {
  const ops = seed.flatMap(readOperations);
  expect(ops.length).toBeGreaterThan(90);
  const relationCount = ops.reduce((n, op) => n + (op.query.match(/\(first: 3\)/g)?.length ?? 0), 0);
  expect(relationCount).toBeGreaterThan(60);
  const { refused, requests, malformed } = await runAll(ops, MALFORMED_READ);
  expect(malformed).toEqual([]);
  expect(requests).toBeGreaterThan(ops.length);
  expect(refused).toEqual([]);
}, 120_000);

test('every mutation of the seed resources: no request refused for its parameters', async () => {
  const ops = seed.flatMap(mutationOperations);
  expect(ops.length).toBeGreaterThan(80);
  const { refused, requests, malformed } = await runAll(ops, MALFORMED_MUTATION);
  expect(malformed).toEqual([]);
  expect(requests).toBeGreaterThan(60);
  expect(refused).toEqual([]);
}, 120_000);
