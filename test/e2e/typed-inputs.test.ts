/**
 * Typed inputs against the emulator, whose request check is Stripe's: a range filter is sent as
 * Stripe's `created[gt]=...` and filters the list; a `@oneOf` input sends exactly the member
 * chosen (a token as the bare string, a bank account as the hash with its implied `object`);
 * GraphQL refuses two members before anything is sent; maps keyed by currency answer typed
 * entries; an object declared with no fields answers whether it is there.
 */
import { startE2E, type E2E } from './harness';

const KEY = 'sk_test_e2e_typed_inputs';
let e2e: E2E;
let custom: string;

beforeAll(async () => {
  e2e = await startE2E();
  const accounts = await e2e.rest<{ data: Array<{ id: string; type: string }> }>('GET', '/v1/accounts', { key: KEY, params: { limit: '10' } });
  custom = accounts.body.data.find((a) => a.type === 'custom')!.id;
});
afterAll(async () => {
  await e2e.close();
});

interface Node {
  id: string;
  created: number;
}

const LIST = 'query($created: TimestampRange) { accounts(first: 100, created: $created) { nodes { id created } } }';

async function accounts(created?: Record<string, number>): Promise<Node[]> {
  const res = await e2e.gql<{ accounts: { nodes: Node[] } }>(LIST, { key: KEY, variables: created ? { created } : {} });
  expect(res.errors).toBeUndefined();
  return res.data!.accounts.nodes;
}

describe('range filters', () => {
  test('created: {gt} is sent as created[gt] and keeps only the later objects', async () => {
    const all = await accounts();
    const times = [...new Set(all.map((a) => a.created))].sort((a, b) => a - b);
    expect(times.length).toBeGreaterThan(2);
    const cut = times[1]!;
    e2e.emulator.control.resetLog();
    const later = await accounts({ gt: cut });
    expect(e2e.emulator.control.requestLog().map((e) => decodeURIComponent(e.query))).toEqual([`created[gt]=${cut}&limit=100`]);
    expect(later.map((a) => a.id)).toEqual(all.filter((a) => a.created > cut).map((a) => a.id));
    expect(later.length).toBe(all.length - all.filter((a) => a.created <= cut).length);
  });

  test('an exact time is {gte: t, lte: t}; lt and gte together bound both ends', async () => {
    const all = await accounts();
    const t = all[0]!.created;
    expect((await accounts({ gte: t, lte: t })).map((a) => a.id)).toEqual(all.filter((a) => a.created === t).map((a) => a.id));
    const times = [...new Set(all.map((a) => a.created))].sort((a, b) => a - b);
    const [low, high] = [times[0]!, times[times.length - 1]!];
    expect((await accounts({ gte: low, lt: high })).map((a) => a.id)).toEqual(all.filter((a) => a.created >= low && a.created < high).map((a) => a.id));
  });

  test('a key the range does not have is refused by GraphQL, before any request', async () => {
    e2e.emulator.control.resetLog();
    const res = await e2e.gql(LIST, { key: KEY, variables: { created: { greaterThan: 1 } } });
    expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Variable "$created" got invalid value { greaterThan: 1 }; Field "greaterThan" is not defined by type "TimestampRange".'],
    ]);
    expect(e2e.emulator.control.requestLog()).toEqual([]);
  });
});

describe('@oneOf inputs', () => {
  const CREATE =
    'mutation($account: ID!, $ext: AccountCreateExternalAccountParamsExternalAccountOneOf!) { createExternalAccount(account: $account, input: {externalAccount: $ext}) { __typename ... on BankAccount { stripeId last4 routingNumber accountHolderName country currency } } }';

  test('two members in a literal: a validation error, nothing sent', async () => {
    e2e.emulator.control.resetLog();
    const res = await e2e.gql(
      `mutation { createExternalAccount(account: "${custom}", input: {externalAccount: {token: "btok_us", bankAccount: {country: "US", accountNumber: "000123456789"}}}) { __typename } }`,
      { key: KEY },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', 'OneOf Input Object "AccountCreateExternalAccountParamsExternalAccountOneOf" must specify exactly one key.'],
    ]);
    expect(e2e.emulator.control.requestLog()).toEqual([]);
  });

  test('two members in variables, or a null member: BAD_USER_INPUT, nothing sent', async () => {
    e2e.emulator.control.resetLog();
    const two = await e2e.gql(CREATE, { key: KEY, variables: { account: custom, ext: { token: 'btok_us', cardToken: { token: 'tok_visa' } } } });
    expect(two.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      [
        'BAD_USER_INPUT',
        'Variable "$ext" got invalid value { token: "btok_us", cardToken: { token: "tok_visa" } }; Exactly one key must be specified for OneOf type "AccountCreateExternalAccountParamsExternalAccountOneOf".',
      ],
    ]);
    const nullMember = await e2e.gql(CREATE, { key: KEY, variables: { account: custom, ext: { token: null } } });
    expect(nullMember.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Variable "$ext" got invalid value null at "ext.token"; Field "token" must be non-null.'],
    ]);
    expect(e2e.emulator.control.requestLog()).toEqual([]);
  });

  test("{bankAccount: {...}} is sent as Stripe's hash with object=bank_account, and the strict emulator accepts it", async () => {
    e2e.emulator.control.resetLog();
    const res = await e2e.gql<{ createExternalAccount: Record<string, unknown> }>(CREATE, {
      key: KEY,
      variables: {
        account: custom,
        ext: { bankAccount: { country: 'US', currency: 'usd', accountHolderName: 'Typed Shop', accountNumber: '000555666777', routingNumber: '110000000' } },
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createExternalAccount).toEqual({
      __typename: 'BankAccount',
      stripeId: expect.stringMatching(/^ba_/),
      last4: '6777',
      routingNumber: '110000000',
      accountHolderName: 'Typed Shop',
      country: 'US',
      currency: 'usd',
    });
    expect(e2e.emulator.control.requestLog().map((e) => [e.method, e.route, e.status, e.refusedParams])).toEqual([
      ['POST', '/v1/accounts/{account}/external_accounts', 200, false],
    ]);
  });

  test('{token: "btok_..."} is sent as the bare string', async () => {
    e2e.emulator.control.resetLog();
    const res = await e2e.gql<{ createExternalAccount: Record<string, unknown> }>(CREATE, {
      key: KEY,
      variables: { account: custom, ext: { token: 'btok_us_verified' } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createExternalAccount.__typename).toBe('BankAccount');
    expect(e2e.emulator.control.requestLog().map((e) => [e.method, e.status, e.refusedParams])).toEqual([['POST', 200, false]]);
  });
});

describe('maps keyed by currency', () => {
  test('balances answer [{currency, amount}] entries', async () => {
    const res = await e2e.gql<{ financialConnectionsAccounts: { nodes: unknown[] }; treasuryFinancialAccounts: { nodes: unknown[] } }>(
      '{ financialConnectionsAccounts(first: 10) { nodes { displayName balance { current { currency amount } cash { available { currency amount } } } } } treasuryFinancialAccounts(first: 10) { nodes { nickname balance { cash { currency amount } inboundPending { currency amount } outboundPending { currency amount } } } } }',
      { key: KEY },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.financialConnectionsAccounts.nodes).toEqual(
      expect.arrayContaining([
        {
          displayName: 'Everyday Checking',
          balance: { current: [{ currency: 'usd', amount: 524300 }], cash: { available: [{ currency: 'usd', amount: 524300 }] } },
        },
        {
          displayName: 'Rainy Day Savings',
          balance: { current: [{ currency: 'usd', amount: 1250000 }], cash: { available: [{ currency: 'usd', amount: 1250000 }] } },
        },
      ]),
    );
    // The demo's payments have moved the treasury balance; the entries are Stripe's map, entry by entry.
    const fa = await e2e.rest<{ data: Array<{ balance: Record<string, Record<string, number>> }> }>('GET', '/v1/treasury/financial_accounts', { key: KEY });
    expect(fa.body.data[0]!.balance).toEqual({ cash: { usd: 2438000 }, inbound_pending: { usd: 80000 }, outbound_pending: { usd: 62000 } });
    expect(res.data!.treasuryFinancialAccounts.nodes).toEqual([
      {
        nickname: 'Operating account',
        balance: {
          cash: [{ currency: 'usd', amount: 2438000 }],
          inboundPending: [{ currency: 'usd', amount: 80000 }],
          outboundPending: [{ currency: 'usd', amount: 62000 }],
        },
      },
    ]);
  });
});

describe('objects the SDK declares with no fields', () => {
  test('answer true where Stripe sent {}', async () => {
    const res = await e2e.gql<{ createAccountSession: { components: { documents: { enabled: boolean; features: boolean } } } }>(
      `mutation { createAccountSession(input: {account: "${custom}", components: {documents: {enabled: true}}}) { components { documents { enabled features } } } }`,
      { key: KEY },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createAccountSession.components.documents).toEqual({ enabled: true, features: true });
  });
});
