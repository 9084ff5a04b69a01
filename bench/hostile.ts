/**
 * Hostile documents: what an attacker (or a broken client) can send without a key, each with the
 * answer the gateway must give. Shared by the corpus test (test/e2e/hostile.test.ts), which
 * checks every outcome against a real gateway process, and by `npm run bench`, which measures
 * the gateway's CPU time for each.
 */
import { getIntrospectionQuery } from 'graphql';
import { median } from './stats';

export interface HostileOutcome {
  status: number;
  /** `extensions.code` of each error, in order. */
  codes: string[];
  /** What of `data` the entry checks (see `project`); absent when there is no data. */
  data?: unknown;
}

export interface HostileEntry {
  name: string;
  /** The POST body, as sent. */
  body: string;
  expected: HostileOutcome;
  /** The part of `data` to compare (default: all of it). */
  project?: (data: Record<string, unknown>) => unknown;
}

/** `fragment F0 on T { leaf }` and `fragment Fn on T { body(Fn-1) }` for n = 1..levels. */
export function fragmentFan(levels: number, type: string, leaf: string, body = (below: string) => `...${below} ...${below}`): string {
  const defs = [`fragment F0 on ${type} { ${leaf} }`];
  for (let i = 1; i <= levels; i++) defs.push(`fragment F${i} on ${type} { ${body(`F${i - 1}`)} }`);
  return defs.join('\n');
}

const json = (query: string, variables?: Record<string, unknown>, operationName?: string): string => JSON.stringify({ query, variables, operationName });
const times = (n: number, f: (i: number) => string, sep = ' '): string => Array.from({ length: n }, (_, i) => f(i)).join(sep);
const refused = (code: string, status = 400): HostileOutcome => ({ status, codes: [code] });
const FULL_INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const schemaSummary = (data: Record<string, unknown>): unknown => {
  const schema = data.__schema as { queryType: { name: string }; types: unknown[] };
  return { queryType: schema.queryType.name, hasTypes: schema.types.length > 1000 };
};

/** Fragment fans: exponential expansion written in a few hundred bytes. */
const FANS: HostileEntry[] = [
  {
    name: 'fan-22-typename',
    body: json(`{ ...F22 } ${fragmentFan(22, 'Query', '__typename')}`),
    expected: { status: 200, codes: [], data: { __typename: 'Query' } },
  },
  {
    name: 'fan-40-typename',
    body: json(`{ ...F40 } ${fragmentFan(40, 'Query', '__typename')}`),
    expected: { status: 200, codes: [], data: { __typename: 'Query' } },
  },
  {
    name: 'fan-40-inline-fragments',
    body: json(`{ ...F40 } ${fragmentFan(40, 'Query', '__typename', (b) => `... on Query { ...${b} } ... on Query { ...${b} }`)}`),
    expected: { status: 200, codes: [], data: { __typename: 'Query' } },
  },
  {
    name: 'fan-40-account',
    body: json(`{ currentAccount { ...F40 } } ${fragmentFan(40, 'Account', 'object')}`),
    expected: { status: 200, codes: [], data: { currentAccount: { object: 'account' } } },
  },
  {
    name: 'fan-40-list-leaf',
    body: json(`{ ...F40 } ${fragmentFan(40, 'Query', 'accounts(first: 100) { nodes { persons(first: 100) { nodes { id } } } }')}`),
    expected: { status: 200, codes: [], data: true },
    project: (d) => Array.isArray((d.accounts as { nodes: unknown }).nodes),
  },
  {
    name: 'fan-40-costly-leaf',
    body: json(
      `{ ...F40 } ${fragmentFan(40, 'Query', 'accounts(first: 100) { nodes { persons(first: 100) { nodes { account { persons(first: 100) { nodes { id } } } } } } }')}`,
    ),
    expected: refused('QUERY_TOO_COMPLEX'),
  },
  {
    name: 'fan-12-under-fields',
    body: json(
      `{ account(id: "acct_x") { ...F12 } } ${fragmentFan(12, 'Account', 'id', (b) => `persons(first: 2) { nodes { account { ...${b} } } } p: persons(first: 2) { nodes { account { ...${b} } } }`)}`,
    ),
    expected: refused('QUERY_TOO_DEEP'),
  },
  {
    name: 'fan-3-under-fields-costly',
    body: json(
      `{ account(id: "acct_x") { ...F3 } } ${fragmentFan(3, 'Account', 'id', (b) => `persons(first: 100) { nodes { account { ...${b} } } } p: persons(first: 100) { nodes { account { ...${b} } } }`)}`,
    ),
    expected: refused('QUERY_TOO_COMPLEX'),
  },
  {
    name: 'fan-40-introspection',
    body: json(`{ ...F40 } ${fragmentFan(40, 'Query', '__schema { queryType { name } }')}`),
    expected: { status: 200, codes: [], data: { __schema: { queryType: { name: 'Query' } } } },
  },
  { name: 'fragment-cycle', body: json('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), expected: refused('GRAPHQL_VALIDATION_FAILED') },
  {
    name: 'fragments-80-same-field',
    body: json(`{ ${times(80, (i) => `...F${i}`)} } ${times(80, (i) => `fragment F${i} on Query { currentAccount { ${i % 2 ? 'id' : 'email'} } }`)}`),
    expected: refused('QUERY_TOO_COMPLEX'),
  },
];

/** Floods: many of one thing in one document. */
const FLOODS: HostileEntry[] = [
  { name: 'aliases-100', body: json(`{ ${times(100, (i) => `a${i}: __typename`)} }`), expected: refused('QUERY_TOO_MANY_ALIASES') },
  { name: 'aliases-2500', body: json(`{ ${times(2500, (i) => `a${i}:x`)} }`), expected: refused('QUERY_TOO_MANY_TOKENS') },
  {
    name: 'aliases-20-accounts',
    body: json(`{ ${times(20, (i) => `a${i}: currentAccount { object }`)} }`),
    expected: { status: 200, codes: [], data: 20 },
    project: (d) => Object.keys(d).length,
  },
  { name: 'directives-60-skip', body: json(`{ __typename ${times(60, () => '@skip(if: false)')} }`), expected: refused('QUERY_TOO_MANY_DIRECTIVES') },
  { name: 'directives-300-unknown', body: json(`{ __typename ${times(300, () => '@a')} }`), expected: refused('QUERY_TOO_MANY_DIRECTIVES') },
  { name: 'same-field-500', body: json(`{ ${times(500, () => '__typename')} }`), expected: refused('QUERY_TOO_COMPLEX') },
  {
    name: 'same-field-300-subselections',
    body: json(`{ ${times(300, (i) => `currentAccount { ${i % 2 ? 'id' : 'email'} }`)} }`),
    expected: refused('QUERY_TOO_COMPLEX'),
  },
  { name: 'tokens-30000-braces', body: json('{'.repeat(30_000)), expected: refused('QUERY_TOO_MANY_TOKENS') },
  { name: 'document-40kb-comment', body: json(`{ __typename } # ${'x'.repeat(40_000)}`), expected: refused('QUERY_TOO_LARGE') },
  {
    name: 'string-30kb-argument',
    body: json(`{ __type(name: "${'x'.repeat(30_000)}") { name } }`),
    expected: { status: 200, codes: [], data: { __type: null } },
  },
  {
    name: 'variables-300-definitions',
    body: json(`query (${times(300, (i) => `$v${i}: Int`)}) { __typename }`),
    expected: { status: 400, codes: Array<string>(101).fill('GRAPHQL_VALIDATION_FAILED') },
  },
  { name: 'unterminated-string', body: json(`{ __type(name: "${'x'.repeat(20_000)}`), expected: refused('GRAPHQL_PARSE_FAILED') },
  { name: 'body-over-1mb', body: json(`{ __typename } # ${'x'.repeat(1_100_000)}`), expected: refused('BAD_REQUEST', 413) },
];

/** Depth: nesting that is cheap to write and expensive to walk. */
const DEPTH: HostileEntry[] = [
  {
    name: 'nesting-13-real-fields',
    body: json(
      `{ capability(account: "acct_x", id: "transfers") { account { capabilities(first: 1) { nodes { account { capabilities(first: 1) { nodes { account { capabilities(first: 1) { nodes { account { businessProfile { name } } } } } } } } } } } } }`,
    ),
    expected: refused('QUERY_TOO_DEEP'),
  },
  { name: 'nesting-500-unknown-fields', body: json(`${'{ a '.repeat(500)}${'}'.repeat(500)}`), expected: refused('QUERY_TOO_DEEP') },
  { name: 'nesting-5000-unknown-fields', body: json(`${'{ a '.repeat(5000)}${'}'.repeat(5000)}`), expected: refused('QUERY_TOO_MANY_TOKENS') },
  {
    name: 'inline-fragments-380-deep',
    body: json(`{ ${'... on Query { '.repeat(380)}__typename${' }'.repeat(380)} }`),
    expected: { status: 200, codes: [], data: { __typename: 'Query' } },
  },
  { name: 'list-value-900-deep', body: json(`{ __typename(a: ${'['.repeat(900)}${']'.repeat(900)}) }`), expected: refused('GRAPHQL_VALIDATION_FAILED') },
  {
    name: 'oftype-600-deep',
    body: json(`{ __type(name: "Account") { ${'ofType { '.repeat(600)}name${' }'.repeat(600)} } }`),
    expected: { status: 200, codes: [], data: { __type: { ofType: null } } },
  },
];

/** Introspection: once per schema, and within the limits. */
const INTROSPECTION: HostileEntry[] = [
  {
    name: 'introspection-full',
    body: json(FULL_INTROSPECTION),
    expected: { status: 200, codes: [], data: { queryType: 'Query', hasTypes: true } },
    project: schemaSummary,
  },
  {
    name: 'introspection-full-again',
    body: json(FULL_INTROSPECTION),
    expected: { status: 200, codes: [], data: { queryType: 'Query', hasTypes: true } },
    project: schemaSummary,
  },
  // graphql-js's own validation refuses introspection lists nested three deep (MaxIntrospectionDepthRule).
  {
    name: 'introspection-nested-lists',
    body: json('{ __type(name: "Query") { fields { type { fields { type { fields { name } } } } } } }'),
    expected: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: 'introspection-3-schemas',
    body: json('{ a: __schema { types { name } } b: __schema { types { name } } c: __schema { types { name } } }'),
    expected: refused('QUERY_TOO_COMPLEX'),
  },
  {
    name: 'introspection-query-type',
    body: json('{ __type(name: "Query") { fields { name args { name type { name } } type { name } } } }'),
    expected: { status: 200, codes: [], data: true },
    project: (d) => (d.__type as { fields: unknown[] }).fields.length > 100,
  },
];

/** Ids, variables and operations: large values where the document is small. */
const VALUES: HostileEntry[] = [
  {
    name: 'node-id-40000-underscores',
    body: json('query ($id: ID!) { node(id: $id) { id } }', { id: '_'.repeat(40_000) }),
    expected: { status: 200, codes: ['NOT_FOUND'], data: { node: null } },
  },
  {
    name: 'node-id-account-40000-underscores',
    body: json('query ($id: ID!) { node(id: $id) { id } }', { id: `acct${'_'.repeat(40_000)}` }),
    expected: { status: 200, codes: ['BAD_USER_INPUT'], data: { node: null } },
  },
  {
    name: 'node-id-lone-surrogate',
    body: json('query ($id: ID!) { node(id: $id) { id } }', { id: 'acct_\uD800x' }),
    expected: { status: 200, codes: ['BAD_USER_INPUT'], data: { node: null } },
  },
  {
    name: 'nodes-60000-ids',
    body: json('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 60_000 }, (_, i) => `acct_${i}`) }),
    expected: refused('QUERY_TOO_COMPLEX'),
  },
  {
    name: 'variable-nested-10000-lists',
    body: `{"query":"query ($x: [ID!]!) { nodes(ids: $x) { id } }","variables":{"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`,
    expected: refused('BAD_USER_INPUT'),
  },
  {
    // A @oneOf input (typed inputs) with two members: refused by validation, nothing sent upstream.
    name: 'oneof-two-members',
    body: json(
      'mutation { createExternalAccount(account: "acct_1", input: {externalAccount: {token: "btok_1", cardToken: {token: "tok_1"}}}) { __typename } }',
    ),
    expected: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: 'oneof-two-members-by-variable',
    body: json(
      'mutation ($e: AccountCreateExternalAccountParamsExternalAccountOneOf!) { createExternalAccount(account: "acct_1", input: {externalAccount: $e}) { __typename } }',
      {
        e: { token: 'btok_1', cardToken: { token: 'tok_1' } },
      },
    ),
    expected: refused('BAD_USER_INPUT'),
  },
  { name: 'range-unknown-bound', body: json('{ accounts(created: {greaterThan: 1}) { nodes { id } } }'), expected: refused('GRAPHQL_VALIDATION_FAILED') },
  {
    name: 'variables-50000-undeclared',
    body: json('{ __typename }', Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`v${i}`, i]))),
    expected: { status: 200, codes: [], data: { __typename: 'Query' } },
  },
  {
    name: 'operations-300-named',
    body: json(
      times(300, (i) => `query Q${i} { __typename }`),
      undefined,
      'Q299',
    ),
    expected: { status: 200, codes: [], data: { __typename: 'Query' } },
  },
  { name: 'operations-300-unnamed-choice', body: json(times(300, (i) => `query Q${i} { __typename }`)), expected: refused('OPERATION_RESOLUTION_FAILURE') },
  {
    name: 'operations-200-sharing-a-fan',
    body: json(`${times(200, (i) => `query Q${i} { ...F20 }`)} ${fragmentFan(20, 'Query', '__typename')}`, undefined, 'Q7'),
    expected: { status: 200, codes: [], data: { __typename: 'Query' } },
  },
  { name: 'batch-100-operations', body: JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ __typename }' }))), expected: refused('BAD_REQUEST') },
];

export const HOSTILE: readonly HostileEntry[] = [...FANS, ...FLOODS, ...DEPTH, ...INTROSPECTION, ...VALUES];

/** Sends one entry and reads the outcome in the shape of `expected`. */
export async function sendHostile(url: string, entry: HostileEntry, signal?: AbortSignal): Promise<HostileOutcome> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: entry.body, signal });
  const text = await res.text();
  let parsed: { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return { status: res.status, codes: [`unparseable answer: ${text.slice(0, 100)}`] };
  }
  const outcome: HostileOutcome = { status: res.status, codes: (parsed.errors ?? []).map((e) => e.extensions?.code ?? 'none') };
  if (parsed.data) outcome.data = entry.project ? entry.project(parsed.data) : parsed.data;
  return outcome;
}

/** One entry's figures in the bench: the gateway's own CPU time per request. */
export interface HostileResult {
  name: string;
  /** `status code` of the answer, e.g. `400 QUERY_TOO_DEEP` or `200`. */
  answer: string;
  /** True when the answer was the corpus's expected one on every run. */
  asExpected: boolean;
  /** The first request of the entry (cold: caches filling, code not yet optimised). */
  firstCpuMs: number;
  /** The median and the highest of the runs after it. */
  medianCpuMs: number;
  maxCpuMs: number;
}

/** Sends each entry `1 + runs` times, one request at a time, reading the gateway's CPU around each. */
export async function measureHostile(url: string, cpuMicros: () => Promise<number>, runs: number): Promise<HostileResult[]> {
  const results: HostileResult[] = [];
  for (const entry of HOSTILE) {
    const cpu: number[] = [];
    let outcome: HostileOutcome | undefined;
    let asExpected = true;
    for (let i = 0; i <= runs; i++) {
      const before = await cpuMicros();
      outcome = await sendHostile(url, entry, AbortSignal.timeout(60_000));
      cpu.push((await cpuMicros()) - before);
      asExpected &&= JSON.stringify(outcome) === JSON.stringify(entry.expected);
    }
    const warm = cpu.slice(1);
    results.push({
      name: entry.name,
      answer: [outcome!.status, ...new Set(outcome!.codes)].join(' '),
      asExpected,
      firstCpuMs: cpu[0]! / 1000,
      medianCpuMs: median(warm) / 1000,
      maxCpuMs: Math.max(...warm) / 1000,
    });
  }
  return results;
}
