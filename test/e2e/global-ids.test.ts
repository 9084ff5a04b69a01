/**
 * Ids a client can trust: a type nested under a parent (persons, capabilities, external
 * accounts, fee refunds, transfer reversals) answers a global `id` that `node(id:)` loads again
 * and that no other object shares, with Stripe's own id in `stripeId`. Checked against the
 * emulator, and with Apollo Client's normalized cache holding two accounts' capabilities.
 */
import { InMemoryCache, gql } from '@apollo/client';
import { decodeGlobalId, encodeGlobalId } from '../../src/metadata/global-id';
import { startE2E, type E2E } from './harness';

const KEY = 'sk_test_e2e_global_ids';
let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

const ACCOUNTS = `query Two($a: ID!, $b: ID!) {
  a: account(id: $a) { id capabilities(first: 20) { nodes { id stripeId status accountId } } }
  b: account(id: $b) { id capabilities(first: 20) { nodes { id stripeId status accountId } } }
}`;

interface CapabilityNode {
  id: string;
  stripeId: string;
  status: string;
  accountId: string;
}
type TwoAccounts = Record<'a' | 'b', { id: string; capabilities: { nodes: CapabilityNode[] } }>;

/** Two demo accounts that both hold a `card_payments` capability, with different statuses. */
async function twoAccounts(): Promise<[string, string]> {
  const stored = await e2e.objects(KEY, 'Capability');
  const byAccount = new Map<string, string>();
  for (const c of stored) if (c.id === 'card_payments' && !c.hidden) byAccount.set(c.parents.account!, String(c.data?.status));
  const accounts = [...byAccount.entries()];
  const other = accounts.find(([, status]) => status !== accounts[0]![1]);
  return [accounts[0]![0], other![0]];
}

test('capabilities of two accounts have distinct global ids and the same stripeId; node(id:) and nodes(ids:) load them', async () => {
  const [a, b] = await twoAccounts();
  const res = await e2e.gql<TwoAccounts>(ACCOUNTS, { key: KEY, variables: { a, b } });
  expect(res.errors).toBeUndefined();
  const cardA = res.data!.a.capabilities.nodes.find((c) => c.stripeId === 'card_payments')!;
  const cardB = res.data!.b.capabilities.nodes.find((c) => c.stripeId === 'card_payments')!;
  expect(cardA.id).toBe(encodeGlobalId({ typeName: 'Capability', parentId: a, stripeId: 'card_payments' }));
  expect(cardB.id).toBe(encodeGlobalId({ typeName: 'Capability', parentId: b, stripeId: 'card_payments' }));
  expect(cardA.id).not.toBe(cardB.id);
  expect(cardA.status).not.toBe(cardB.status);

  const loaded = await e2e.gql<{ one: unknown; many: unknown[] }>(
    `query($one: ID!, $ids: [ID!]!) {
      one: node(id: $one) { __typename id ... on Capability { stripeId accountId status } }
      many: nodes(ids: $ids) { __typename id ... on Capability { stripeId accountId status } }
    }`,
    { key: KEY, variables: { one: cardA.id, ids: [cardA.id, cardB.id] } },
  );
  expect(loaded.errors).toBeUndefined();
  expect(loaded.data!.one).toEqual({ __typename: 'Capability', ...cardA });
  expect(loaded.data!.many).toEqual([
    { __typename: 'Capability', ...cardA },
    { __typename: 'Capability', ...cardB },
  ]);
});

test("Apollo Client's InMemoryCache keeps two accounts' capabilities apart", async () => {
  const [a, b] = await twoAccounts();
  const query = gql(ACCOUNTS);
  const res = await e2e.gql<TwoAccounts>(ACCOUNTS, { key: KEY, variables: { a, b } });
  expect(res.errors).toBeUndefined();
  const cache = new InMemoryCache();
  // __typename as Apollo adds it to every selection set.
  const withTypenames = {
    a: {
      __typename: 'Account',
      ...res.data!.a,
      capabilities: { __typename: 'CapabilityConnection', nodes: res.data!.a.capabilities.nodes.map((n) => ({ __typename: 'Capability', ...n })) },
    },
    b: {
      __typename: 'Account',
      ...res.data!.b,
      capabilities: { __typename: 'CapabilityConnection', nodes: res.data!.b.capabilities.nodes.map((n) => ({ __typename: 'Capability', ...n })) },
    },
  };
  cache.writeQuery({ query, variables: { a, b }, data: withTypenames });
  const read = cache.readQuery<typeof withTypenames>({ query, variables: { a, b } });
  expect(read).toEqual(withTypenames);
  const capabilityKeys = Object.keys(cache.extract())
    .filter((k) => k.startsWith('Capability:'))
    .sort();
  const expected = [...res.data!.a.capabilities.nodes, ...res.data!.b.capabilities.nodes].map((n) => `Capability:${n.id}`).sort();
  expect(capabilityKeys).toEqual(expected);
  expect(capabilityKeys.length).toBe(res.data!.a.capabilities.nodes.length + res.data!.b.capabilities.nodes.length);
});

test('every nested Node type the demo data holds is loaded again by node(id:) from its global id', async () => {
  const account = (await twoAccounts())[0];
  const res = await e2e.gql<{
    account: {
      persons: { nodes: Array<{ id: string; stripeId: string }> };
      externalAccounts: { nodes: Array<{ __typename: string; id: string; stripeId: string }> };
    };
  }>(
    `query($id: ID!) { account(id: $id) {
      persons(first: 10) { nodes { id stripeId } }
      externalAccounts(first: 10) { nodes { __typename ... on BankAccount { id stripeId } ... on Card { id stripeId } } }
    } }`,
    { key: KEY, variables: { id: account } },
  );
  expect(res.errors).toBeUndefined();
  const objects = [...res.data!.account.persons.nodes.map((n) => ({ __typename: 'Person', ...n })), ...res.data!.account.externalAccounts.nodes];
  expect(new Set(objects.map((o) => o.__typename))).toEqual(new Set(['Person', 'BankAccount', 'Card']));
  for (const o of objects) expect(decodeGlobalId(o.id)).toEqual({ typeName: o.__typename, parentId: account, stripeId: o.stripeId });
  const loaded = await e2e.gql<{ nodes: unknown[] }>(
    `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Person { stripeId } ... on BankAccount { stripeId } ... on Card { stripeId } } }`,
    { key: KEY, variables: { ids: objects.map((o) => o.id) } },
  );
  expect(loaded.errors).toBeUndefined();
  expect(loaded.data!.nodes).toEqual(objects);
});

test('an id argument takes the global id as well as Stripe id', async () => {
  const [account] = await twoAccounts();
  const gid = encodeGlobalId({ typeName: 'Capability', parentId: account, stripeId: 'transfers' });
  const res = await e2e.gql<{ byGlobal: unknown; byStripe: unknown }>(
    `query($account: ID!, $gid: ID!) {
      byGlobal: capability(account: $account, id: $gid) { id stripeId }
      byStripe: capability(account: $account, id: "transfers") { id stripeId }
    }`,
    { key: KEY, variables: { account, gid } },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({ byGlobal: { id: gid, stripeId: 'transfers' }, byStripe: { id: gid, stripeId: 'transfers' } });
});

test('a global id under another parent than the parent argument is refused, not read under the other', async () => {
  const [a, b] = await twoAccounts();
  const gid = encodeGlobalId({ typeName: 'Capability', parentId: b, stripeId: 'card_payments' });
  const res = await e2e.gql(`query($a: ID!, $gid: ID!) { capability(account: $a, id: $gid) { id } }`, { key: KEY, variables: { a, gid } });
  expect(res.data).toEqual({ capability: null });
  expect(res.errors!.map((x) => [x.extensions!.code, x.message])).toEqual([
    ['BAD_USER_INPUT', `The global id ${JSON.stringify(gid)} belongs to ${b}, not to ${a}`],
  ]);
});

test("node(id:) with a nested object's Stripe id, or a global id of an unknown type, is a clear error", async () => {
  const person = (await e2e.objects(KEY, 'Person')).find((p) => !p.hidden)!;
  const forged = encodeGlobalId({ typeName: 'Account', parentId: 'acct_1', stripeId: 'x' });
  const res = await e2e.gql(`query($p: ID!, $f: ID!) { p: node(id: $p) { id } f: node(id: $f) { id } }`, { key: KEY, variables: { p: person.id, f: forged } });
  expect(res.data).toEqual({ p: null, f: null });
  expect(res.errors!.map((x) => [x.path, x.extensions!.code, x.message]).sort((x, y) => String(x[0]).localeCompare(String(y[0])))).toEqual([
    [['f'], 'NOT_FOUND', `No Stripe object type is known for the id ${JSON.stringify(forged)}`],
    [['p'], 'NOT_LOADABLE', `Person ${person.id} can only be fetched through its Account`],
  ]);
});
