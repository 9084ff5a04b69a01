/**
 * The expansion planner as a pure function of a query and the real schema: exact paths.
 */
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { buildGatewaySchema } from '../../src/schema';
import { connectionItemSets, expansionsFor } from '../../src/resolvers/expansion';

const { schema, index } = buildGatewaySchema();

/** The selection set under the root field of `query`, and the fragments it may use. */
function rootSelection(query: string): { sets: SelectionSetNode[]; fragments: Record<string, FragmentDefinitionNode> } {
  const doc = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of doc.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const field = op.selectionSet.selections[0]!;
  if (field.kind !== Kind.FIELD || !field.selectionSet) throw new Error('test query needs a root field with a selection');
  return { sets: [field.selectionSet], fragments };
}

function plan(typeName: string, query: string): string[] {
  const { sets, fragments } = rootSelection(query);
  return expansionsFor(typeName, sets, { schema, fragments }, index);
}

test('a reference asked for beyond its id is expanded', () => {
  expect(plan('Transfer', '{ transfer(id: "tr_1") { id destination { email } } }')).toEqual(['destination']);
});

test('only the id or the typename of a reference: nothing to expand', () => {
  expect(plan('Transfer', '{ transfer(id: "tr_1") { destinationId destination { id __typename } } }')).toEqual([]);
});

test('references below references are expanded by dotted paths', () => {
  expect(plan('Transfer', '{ transfer(id: "tr_1") { sourceTransaction { id balanceTransaction { fee } } } }')).toEqual([
    'source_transaction',
    'source_transaction.balance_transaction',
  ]);
});

test('references inside plain nested objects carry the nested path', () => {
  expect(plan('Account', '{ account(id: "acct_1") { settings { branding { icon { id filename } } } } }')).toEqual(['settings.branding.icon']);
});

test('fragments, named and inline, are followed', () => {
  const query = `{ transfer(id: "tr_1") { ...T ... on Transfer { reversals { nodes { id } } } } }
    fragment T on Transfer { destination { email } }`;
  expect(plan('Transfer', query)).toEqual(['destination']);
});

test("Stripe's four levels are never exceeded", () => {
  const query = `{ transfer(id: "tr_1") { sourceTransaction { balanceTransaction { id fee } customer { ... on Customer {
    invoiceSettings { defaultPaymentMethod { id customer { ... on Customer { email } } } } } } } } }`;
  const paths = plan('Transfer', query);
  expect(paths.every((p) => p.split('.').length <= 4)).toBe(true);
  expect(paths).toContain('source_transaction.balance_transaction');
});

test('a union reference is expanded itself, never below (its member is unknown in advance)', () => {
  expect(plan('Payout', '{ payout { destination { ... on BankAccount { account { id email } } } } }')).toEqual(['destination']);
});

test('connection items: nodes and edges.node selections both count', () => {
  const { sets, fragments } = rootSelection('{ transfers { nodes { destination { email } } edges { node { sourceTransaction { amount } } } } }');
  const connection = schema.getType('TransferConnection') as import('graphql').GraphQLObjectType;
  const items = connectionItemSets(sets, connection, { schema, fragments });
  expect(expansionsFor('Transfer', items, { schema, fragments }, index, 1)).toEqual(['destination', 'source_transaction']);
});
