/**
 * The query limits' cost estimate, as a pure function over the real schema: exact numbers.
 */
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { buildGatewaySchema } from '../../src/schema';
import { costError, estimateCost, MAX_INTROSPECTION_FIELDS, PassedDocuments, type OperationCost, type QueryLimits } from '../../src/plugins/limits';
import { getIntrospectionQuery } from 'graphql';
import { resourceForId } from '../../src/resolvers/loading';

const { schema, index } = buildGatewaySchema();

function fullCost(query: string, variables: Record<string, unknown> = {}): OperationCost {
  const doc = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of doc.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return estimateCost(schema, index, op, fragments, variables);
}

function cost(query: string, variables: Record<string, unknown> = {}): { depth: number; upstreamRequests: number } {
  const { depth, upstreamRequests } = fullCost(query, variables);
  return { depth, upstreamRequests };
}

/** `{ ...Fn }` where each fragment spreads the one below it twice: 2^n spreads written in ~30n bytes. */
function fragmentFan(n: number, type: string, leaf: string, body = (below: string) => `...${below} ...${below}`): string {
  const defs = [`fragment F0 on ${type} { ${leaf} }`];
  for (let i = 1; i <= n; i++) defs.push(`fragment F${i} on ${type} { ${body(`F${i - 1}`)} }`);
  return defs.join('\n');
}

test('one object by id: one request, depth 2', () => {
  expect(cost('{ account(id: "acct_1") { id email } }')).toEqual({ depth: 2, upstreamRequests: 1 });
});

test('a list with a relation per item multiplies by the page size', () => {
  // 1 list + 10 persons lists (default page 10) + 10 capabilities lists.
  expect(cost('{ accounts { nodes { id persons { nodes { id } } capabilities { nodes { id } } } } }').upstreamRequests).toBe(21);
  // first: 3 -> 1 + 3 + 3.
  expect(cost('{ accounts(first: 3) { nodes { persons { nodes { id } } capabilities { nodes { id } } } } }').upstreamRequests).toBe(7);
});

test('page sizes from variables count too', () => {
  expect(cost('query ($n: Int) { accounts(first: $n) { nodes { persons { nodes { id } } } } }', { n: 4 }).upstreamRequests).toBe(5);
});

test('an expandable reference may cost one request per parent', () => {
  expect(cost('{ transfers(first: 5) { nodes { destination { id } } } }').upstreamRequests).toBe(6);
});

test('nodes(ids:) costs one request per id; asConnectedAccount costs nothing itself', () => {
  expect(cost('{ nodes(ids: ["acct_1", "acct_2", "acct_3"]) { id } }').upstreamRequests).toBe(3);
  expect(cost('{ asConnectedAccount(account: "acct_1") { account(id: "acct_2") { id } } }')).toEqual({ depth: 3, upstreamRequests: 1 });
});

test('fragments are followed', () => {
  expect(cost('{ accounts(first: 2) { nodes { ...A } } } fragment A on Account { persons { nodes { id } } }').upstreamRequests).toBe(3);
});

test('nothing hides behind a fragment on an interface or union: `... on Node` counts as the type itself', () => {
  const plain = cost('{ account(id: "acct_1") { persons(first: 100) { nodes { account { persons(first: 100) { nodes { id } } } } } } }');
  const hidden = cost(
    '{ account(id: "acct_1") { ... on Node { ... on Account { persons(first: 100) { nodes { account { persons(first: 100) { nodes { id } } } } } } } } }',
  );
  expect(plain.upstreamRequests).toBe(1 + 1 + 100 + 100);
  expect(hidden).toEqual(plain);
});

test('fields left out by @skip/@include cost nothing', () => {
  expect(cost('query ($no: Boolean!) { accounts(first: 5) { nodes { persons @include(if: $no) { nodes { id } } } } }', { no: false }).upstreamRequests).toBe(1);
});

test('a fragment spread twice into one selection set counts once, as execution collects it once', () => {
  expect(cost('{ ...A ...A } fragment A on Query { account(id: "acct_1") { id } }')).toEqual({ depth: 2, upstreamRequests: 1 });
});

test('a fragment fan of 40 levels (2^40 spreads) is estimated from its 41 fragments', () => {
  expect(cost(`{ ...F40 } ${fragmentFan(40, 'Query', '__typename')}`)).toEqual({ depth: 0, upstreamRequests: 0 });
  expect(cost(`{ ...F40 } ${fragmentFan(40, 'Query', 'account(id: "acct_1") { id }')}`)).toEqual({ depth: 2, upstreamRequests: 1 });
});

test('fragments that fan out under fields are estimated once per (selection set, type), and the sum is exact', () => {
  // Each of the 30 fragments writes its own two expandable references: the estimate counts each
  // field as written (an upper bound; execution merges same-named fields), each fragment once.
  const fan = fragmentFan(30, 'Transfer', 'id', (below) => `a: destination { ... on Account { id } } s1: sourceTransaction { id } ...${below}`);
  const estimate = cost(`{ transfer(id: "tr_1") { ...F30 } } ${fan}`);
  expect(estimate).toEqual({ depth: 3, upstreamRequests: 1 + 30 * 2 });
  const nested = fragmentFan(
    20,
    'Account',
    'id',
    (below) => `persons(first: 2) { nodes { account { ...${below} } } } p2: persons(first: 2) { nodes { account { ...${below} } } }`,
  );
  // Each level: two person lists (1 request each) whose 2 items each hold the level below.
  // c(0) = 0, c(n) = 2 * (1 + 2 * (1 + c(n-1))): the nested accounts are expandable references.
  let c = 0;
  for (let i = 0; i < 20; i++) c = 2 * (1 + 2 * (1 + c));
  expect(cost(`{ account(id: "acct_1") { ...F20 } } ${nested}`).upstreamRequests).toBe(1 + c);
});

test('introspection counts: depth without ofType steps, __schema/__type fields', () => {
  const full = fullCost(
    getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
  );
  expect(full).toEqual({ depth: 6, upstreamRequests: 0, introspectionFields: 1 });
  expect(fullCost('{ __schema { types { fields { type { fields { name } } } } } }')).toEqual({ depth: 6, upstreamRequests: 0, introspectionFields: 1 });
  expect(fullCost('{ __type(name: "Account") { ofType { ofType { ofType { name } } } } }').depth).toBe(2);
  expect(fullCost('{ a: __type(name: "Account") { name } b: __type(name: "Person") { name } c: __schema { queryType { name } } }').introspectionFields).toBe(3);
});

describe('costError', () => {
  const limits: QueryLimits = { maxDepth: 12, maxUpstreamRequests: 500, maxQueryBytes: 32768, maxTokens: 2000, maxAliases: 30, maxDirectives: 50 };
  const ok: OperationCost = { depth: 12, upstreamRequests: 500, introspectionFields: MAX_INTROSPECTION_FIELDS };
  const codeOf = (c: OperationCost): unknown => costError(c, limits)?.extensions.code;

  test('at every limit: no error', () => {
    expect(costError(ok, limits)).toBeUndefined();
  });

  test('one over each limit: its code', () => {
    expect(codeOf({ ...ok, depth: 13 })).toBe('QUERY_TOO_DEEP');
    expect(codeOf({ ...ok, upstreamRequests: 501 })).toBe('QUERY_TOO_COMPLEX');
    expect(costError({ ...ok, introspectionFields: MAX_INTROSPECTION_FIELDS + 1 }, limits)?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      introspectionFields: 3,
      limit: 2,
      http: { status: 400 },
    });
  });
});

describe('resourceForId', () => {
  test('the longest known prefix followed by an underscore', () => {
    expect(resourceForId(index, 'acct_1Abc')?.typeName).toBe('Account');
    expect(resourceForId(index, 'sub_sched_1Abc')?.typeName).toBe('SubscriptionSchedule');
    expect(resourceForId(index, 'acct')).toBeUndefined();
    expect(resourceForId(index, '_acct_1')).toBeUndefined();
  });

  test('an id of 40,000 underscores has no prefix (looked at up to the longest prefix only)', () => {
    expect(resourceForId(index, '_'.repeat(40_000))).toBeUndefined();
    expect(resourceForId(index, `acct${'_'.repeat(40_000)}`)?.typeName).toBe('Account');
  });
});

describe('estimates remembered per operation', () => {
  // One parsed operation sent again and again with other variables, as Apollo's document cache does.
  const doc = parse(
    'query ($n: Int, $lean: Boolean!, $id: ID!) { account(id: $id) { id } accounts(first: $n) @skip(if: $lean) { nodes { persons(first: $n) { nodes { id } } } } }',
  );
  const op = doc.definitions[0] as OperationDefinitionNode;
  const estimate = (variables: Record<string, unknown>): number => estimateCost(schema, index, op, {}, variables).upstreamRequests;

  test('a variable the estimate never reads does not change it; one it reads does', () => {
    expect(estimate({ id: 'acct_1', n: 3, lean: false })).toBe(1 + 1 + 3);
    expect(estimate({ id: 'acct_2', n: 3, lean: false })).toBe(5);
    expect(estimate({ id: 'acct_2', n: 5, lean: false })).toBe(1 + 1 + 5);
    expect(estimate({ id: 'acct_2', n: 3, lean: false })).toBe(5);
  });

  test('a huge or deeply nested variable is remembered by what the estimate sees of it (a list by its length)', () => {
    const idsDoc = parse('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }');
    const idsOp = idsDoc.definitions[0] as OperationDefinitionNode;
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(estimateCost(schema, index, idsOp, {}, { ids: deep }).upstreamRequests).toBe(1);
    expect(estimateCost(schema, index, idsOp, {}, { ids: ['acct_1', 'acct_2', 'acct_3'] }).upstreamRequests).toBe(3);
    expect(estimateCost(schema, index, idsOp, {}, { ids: ['acct_4', 'acct_5', 'acct_6'] }).upstreamRequests).toBe(3);
  });

  test('a variable read only when another has some value still counts (@skip around first:)', () => {
    const skipFirst = parse('query ($n: Int, $lean: Boolean!) { accounts(first: $n) @skip(if: $lean) { nodes { persons(first: $n) { nodes { id } } } } }');
    const skipOp = skipFirst.definitions[0] as OperationDefinitionNode;
    const run = (variables: Record<string, unknown>): number => estimateCost(schema, index, skipOp, {}, variables).upstreamRequests;
    // Skipped first: $n is never read.
    expect(run({ n: 2, lean: true })).toBe(0);
    expect(run({ n: 2, lean: false })).toBe(1 + 2);
    expect(run({ n: 4, lean: false })).toBe(1 + 4);
    expect(run({ n: 9, lean: true })).toBe(0);
    expect(run({ n: 2, lean: false })).toBe(3);
  });
});

describe('PassedDocuments', () => {
  const docLimits = { maxQueryBytes: 1000, maxTokens: 50, maxAliases: 2, maxDirectives: 2, maxDepth: 4 };

  test('a text that passed passes again; a refused one is refused every time and not kept', () => {
    const passed = new PassedDocuments(100);
    expect(passed.check('{ a }', docLimits)).toBeUndefined();
    expect(passed.check('{ a }', docLimits)).toBeUndefined();
    expect(passed.size).toBe(1);
    const aliases = '{ a: x b: y c: z }';
    expect(passed.check(aliases, docLimits)?.extensions.code).toBe('QUERY_TOO_MANY_ALIASES');
    expect(passed.check(aliases, docLimits)?.extensions.code).toBe('QUERY_TOO_MANY_ALIASES');
    expect(passed.size).toBe(1);
  });

  test('kept texts stay within the character budget, oldest out first', () => {
    const passed = new PassedDocuments(20);
    for (const name of ['aaaa', 'bbbb', 'cccc']) expect(passed.check(`{ ${name} }`, docLimits)).toBeUndefined(); // 8 characters each
    expect(passed.size).toBe(2);
    expect(passed.check('{ this_text_is_longer_than_twenty }', docLimits)).toBeUndefined();
    expect(passed.size).toBe(2);
  });
});
