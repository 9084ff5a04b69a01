/**
 * The query limits' cost estimate, as a pure function over the real schema: exact numbers.
 */
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { buildGatewaySchema } from '../../src/schema';
import { estimateCost } from '../../src/plugins/limits';

const { schema, index } = buildGatewaySchema();

function cost(query: string, variables: Record<string, unknown> = {}): { depth: number; upstreamRequests: number } {
  const doc = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of doc.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return estimateCost(schema, index, op, fragments, variables);
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
  const hidden = cost('{ account(id: "acct_1") { ... on Node { ... on Account { persons(first: 100) { nodes { account { persons(first: 100) { nodes { id } } } } } } } } }');
  expect(plain.upstreamRequests).toBe(1 + 1 + 100 + 100);
  expect(hidden).toEqual(plain);
});

test('fields left out by @skip/@include cost nothing', () => {
  expect(cost('query ($no: Boolean!) { accounts(first: 5) { nodes { persons @include(if: $no) { nodes { id } } } } }', { no: false }).upstreamRequests).toBe(1);
});
