/**
 * Every seed resource through the graph: each root retrieve and list field the metadata places on
 * Query (`EndpointMeta.graphql`) is asked for, and what it answers is compared with what the
 * emulator's REST API answers for the same key. The cases are generated from the metadata, so a
 * new seed resource is covered without touching this file.
 */
import { isNonNullType, type GraphQLInterfaceType } from 'graphql';
import type { EndpointMeta, InputTypeRef, ResourceMeta, TypeRef } from '../../src/metadata/types';
import { fieldName } from '../../src/metadata/naming';
import { buildGatewaySchema } from '../../src/schema';
import { isPaginated } from '../../src/metadata/paging';
import { hasGlobalId } from '../../src/metadata/global-id';
import { startE2E, type E2E, type StoredObjectInfo } from './harness';

const KEY = 'sk_test_e2e_seed';
const { schema, index } = buildGatewaySchema();
const { metadata } = index;
const queryFields = schema.getQueryType()!.getFields();

interface Case {
  name: string;
  resource: ResourceMeta;
  endpoint: EndpointMeta;
  field: string;
}

const cases: Case[] = [];
for (const resource of Object.values(metadata.resources).sort((a, b) => a.typeName.localeCompare(b.typeName))) {
  if (!resource.seed) continue;
  for (const endpoint of resource.endpoints) {
    if (endpoint.graphql?.parent !== 'Query' || (endpoint.kind !== 'list' && endpoint.kind !== 'retrieve')) continue;
    const field = endpoint.graphql.field;
    cases.push({ name: `${resource.typeName}: ${endpoint.kind} Query.${field}`, resource, endpoint, field });
  }
}

/** The selection for a return type: `__typename`, plus `id` and `object` on every member that has them. */
function selection(ref: TypeRef): string {
  const members = ref.kind === 'union' ? metadata.unions[ref.name]!.members : ref.kind === 'object' ? [ref.name] : [];
  const parts = members.map((name) => {
    // A nested type's `id` is a global id (test/e2e/global-ids.test.ts); Stripe's is `stripeId`.
    const fields = (metadata.types[name]?.fields ?? [])
      .map((f) => f.name)
      .filter((f) => f === 'id' || f === 'object')
      .map((f) => (f === 'id' && hasGlobalId(metadata, name) ? 'id: stripeId' : f));
    return fields.length ? `... on ${name} { ${fields.join(' ')} }` : '';
  });
  return `__typename ${parts.join(' ')}`;
}

/** A GraphQL literal for a value of an input type (Stripe names and values in, GraphQL ones out). */
function literal(ref: InputTypeRef, value: unknown): string {
  switch (ref.kind) {
    case 'list':
      return `[${(value as unknown[]).map((v) => literal(ref.of, v)).join(', ')}]`;
    case 'enum': {
      const name = Object.entries(metadata.enums[ref.name]!.values).find(([, v]) => v === value)?.[0];
      if (name === undefined) throw new Error(`no ${ref.name} value for ${String(value)}`);
      return name;
    }
    case 'input': {
      const fields = metadata.inputs[ref.name]!.fields;
      const parts = fields
        .filter((f) => (value as Record<string, unknown>)[f.stripe] != null)
        .map((f) => `${f.name}: ${literal(f.type, (value as Record<string, unknown>)[f.stripe])}`);
      return `{${parts.join(', ')}}`;
    }
    default:
      return JSON.stringify(value);
  }
}

/** Stripe's bracketed form of a parameter value (`scope[type]=account`), nulls left out. */
function flatten(name: string, value: unknown, out: Record<string, string>): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(`${name}[${k}]`, v, out);
  } else out[name] = String(value);
}

interface Plan {
  /** Arguments for the gateway, as GraphQL source. */
  args: string;
  /** The REST path and params that ask the emulator for the same thing. */
  path: string;
  params: Record<string, string>;
}

/**
 * Arguments for a case, from a stored demo object of the resource: its id and parent ids for
 * path params, and for required filters the value the object itself carries (so it is listed),
 * else a plain value as the demo data uses.
 */
function plan(c: Case, sample: StoredObjectInfo | undefined): Plan {
  const field = queryFields[c.field]!;
  const args: string[] = [];
  const params: Record<string, string> = {};
  let path = c.endpoint.path;
  for (const param of c.endpoint.pathParams) {
    const argName = param === c.endpoint.idParam ? 'id' : fieldName(param);
    let value = param === c.endpoint.idParam ? sample?.id : sample?.parents[param];
    // A child that lives in its parent (financial account features): any parent will do.
    if (value === undefined && c.resource.parent?.pathParam === param) value = storedOf(c.resource.parent.typeName)?.id;
    if (typeof value !== 'string') throw new Error(`${c.name}: no demo object gives {${param}}`);
    path = path.replace(`{${param}}`, encodeURIComponent(value));
    args.push(`${argName}: ${JSON.stringify(value)}`);
  }
  const inputs = c.endpoint.params ? metadata.inputs[c.endpoint.params]!.fields : [];
  const pathArgNames = new Set(c.endpoint.pathParams.map((p) => (p === c.endpoint.idParam ? 'id' : fieldName(p))));
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) || pathArgNames.has(arg.name)) continue;
    const input = inputs.find((f) => f.name === arg.name);
    if (!input) throw new Error(`${c.name}: the required argument ${arg.name} is not a Stripe parameter`);
    const raw = sample?.data?.[input.stripe];
    const value = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : (raw ?? `${input.stripe}_demo`);
    flatten(input.stripe, value, params);
    args.push(`${arg.name}: ${literal(input.type, value)}`);
  }
  return { args: args.length ? `(${args.join(', ')})` : '', path, params };
}

let e2e: E2E;
let stored: StoredObjectInfo[];

beforeAll(async () => {
  e2e = await startE2E();
  stored = await e2e.objects(KEY);
});
afterAll(() => e2e.close());

/** A demo object of a type on the platform (not the platform's own hidden account). */
function storedOf(typeName: string): StoredObjectInfo | undefined {
  return stored.find((o) => o.typeName === typeName && o.scope === '' && !o.hidden);
}

test('the metadata places a root retrieve or list on Query for every seed resource but the few that only nest or only create', () => {
  expect(cases.length).toBeGreaterThanOrEqual(90);
  for (const c of cases) expect(queryFields[c.field]).toBeDefined();
  const covered = new Set(cases.map((c) => c.resource.typeName));
  const uncovered = Object.values(metadata.resources)
    .filter((r) => r.seed && !covered.has(r.typeName))
    .map((r) => r.typeName)
    .sort();
  // These have no Query root: they are reached as relations (tested in relations.test.ts) or are created only.
  expect(uncovered).toEqual([
    'AccountLink',
    'AccountSession',
    'FinancialConnectionsAccountOwner',
    'LoginLink',
    'TaxCalculationLineItem',
    'TaxTransactionLineItem',
    'TerminalConnectionToken',
  ]);
});

test('the demo data holds an object of every seed resource that has a root list or retrieve, except computed answers', () => {
  const missing = [...new Set(cases.map((c) => c.resource.typeName))].filter((t) => !storedOf(t)).sort();
  // Quotes are computed per request, never stored.
  expect(missing).toEqual(['CryptoOnrampQuotes']);
});

describe.each(cases)('$name', (c) => {
  test('answers what the emulator REST API answers for the same key, with no errors', async () => {
    const sample = storedOf(c.resource.typeName);
    const p = plan(c, sample);
    const rest = await e2e.rest<Record<string, unknown> & { data?: Array<Record<string, unknown>> }>('GET', p.path, {
      key: KEY,
      // Only lists that page take `limit`; Stripe answers the others whole.
      params: c.endpoint.kind === 'list' && isPaginated(metadata, c.endpoint) ? { ...p.params, limit: '10' } : p.params,
    });
    expect(rest.status).toBe(200);

    if (c.endpoint.kind === 'list') {
      const res = await e2e.gql<Record<string, { nodes: Array<Record<string, unknown>>; edges: Array<{ cursor: string }> }>>(
        `{ result: ${c.field}${p.args} { nodes { ${selection(c.endpoint.returns)} } edges { cursor } } }`,
        { key: KEY },
      );
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.result!.nodes;
      const expected = rest.body.data!;
      expect(expected.length).toBeGreaterThan(0);
      expect(nodes.map((n) => n.__typename)).toEqual(expected.map((o) => index.typeOfObject.get(String(o.object))?.live));
      if (nodes[0]!.id !== undefined) {
        expect(nodes.map((n) => n.id)).toEqual(expected.map((o) => o.id));
        expect(res.data!.result!.edges.map((edge) => edge.cursor)).toEqual(expected.map((o) => o.id));
      }
      if (nodes[0]!.object !== undefined) expect(nodes.map((n) => n.object)).toEqual(expected.map((o) => o.object));
      if (sample?.id) expect(nodes.map((n) => n.id)).toContain(sample.id);
    } else {
      const res = await e2e.gql<Record<string, Record<string, unknown> | null>>(`{ result: ${c.field}${p.args} { ${selection(c.endpoint.returns)} } }`, {
        key: KEY,
      });
      expect(res.errors).toBeUndefined();
      const got = res.data!.result!;
      expect(got.__typename).toBe(c.resource.typeName);
      if (got.object !== undefined) expect(got.object).toBe(rest.body.object);
      if (sample || c.endpoint.pathParams.length > 0) {
        expect(got.id ?? null).toBe(rest.body.id ?? null);
        if (c.endpoint.idParam) expect(got.id).toBe(sample!.id);
      } else {
        // A computed answer (quotes): a fresh id per request, so only its presence is compared.
        expect(typeof got.id).toBe(typeof rest.body.id);
      }
    }
  });
});

test('node(id:) and nodes(ids:) resolve a stored object of every seed resource that is a Node, by its id prefix', async () => {
  const nodeTypes = new Set(schema.getPossibleTypes(schema.getType('Node') as GraphQLInterfaceType).map((t) => t.name));
  const wanted = Object.values(metadata.resources).filter(
    (r) => r.seed && r.idPrefix && !r.parent && nodeTypes.has(r.typeName) && r.endpoints.some((e) => e.kind === 'retrieve' && e.idParam),
  );
  const samples = wanted.map((r) => storedOf(r.typeName)).filter((o): o is StoredObjectInfo => typeof o?.id === 'string');
  expect(samples.length).toBeGreaterThanOrEqual(50);
  const ids = samples.map((o) => o.id!);
  const res = await e2e.gql<{ nodes: Array<{ __typename: string; id: string } | null>; node: { __typename: string; id: string } | null }>(
    `query($ids: [ID!]!, $one: ID!) { nodes(ids: $ids) { __typename id } node(id: $one) { __typename id } }`,
    { key: KEY, variables: { ids, one: ids[0] } },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.nodes).toEqual(samples.map((o) => ({ __typename: o.typeName, id: o.id })));
  expect(res.data!.node).toEqual({ __typename: samples[0]!.typeName, id: ids[0] });
});

test('node(id:) of a type that is not a Node (Stripe gives tax calculations a nullable id) is a clear NOT_LOADABLE', async () => {
  const calc = storedOf('TaxCalculation')!;
  const res = await e2e.gql(`{ node(id: "${calc.id}") { id } }`, { key: KEY });
  expect(res.data).toEqual({ node: null });
  expect(res.errors!.map((x) => [x.extensions!.code, x.message])).toEqual([
    ['NOT_LOADABLE', 'TaxCalculation is not a Node; ask for it through its own root field'],
  ]);
});

test('connections page forwards with first/after and backwards with last/before, as Stripe lists do', async () => {
  const all = (
    await e2e.rest<{ data: Array<{ id: string }> }>('GET', '/v1/identity/verification_sessions', { key: KEY, params: { limit: '100' } })
  ).body.data.map((o) => o.id);
  expect(all).toHaveLength(5);
  type Page = { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string } };
  const page = async (args: string): Promise<Page> => {
    const res = await e2e.gql<{ p: Page }>(
      `{ p: identityVerificationSessions(${args}) { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
      { key: KEY },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.p;
  };
  const first = await page('first: 2');
  expect(first.nodes.map((n) => n.id)).toEqual(all.slice(0, 2));
  expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: all[0], endCursor: all[1] });
  const second = await page(`first: 2, after: "${first.pageInfo.endCursor}"`);
  expect(second.nodes.map((n) => n.id)).toEqual(all.slice(2, 4));
  const rest = await page(`first: 2, after: "${second.pageInfo.endCursor}"`);
  expect(rest.nodes.map((n) => n.id)).toEqual(all.slice(4));
  expect(rest.pageInfo.hasNextPage).toBe(false);
  const back = await page(`last: 2, before: "${all[4]}"`);
  expect(back.nodes.map((n) => n.id)).toEqual(all.slice(2, 4));
  expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  const bad = await e2e.gql(`{ identityVerificationSessions(last: 2) { nodes { id } } }`, { key: KEY });
  expect(bad.errors!.map((x) => [x.extensions!.code, x.message])).toEqual([
    ['BAD_USER_INPUT', '`last` needs `before`: Stripe lists page backwards only from a cursor'],
  ]);
});
