/**
 * Bad input through the graph: a mutation whose input Stripe refuses answers BAD_USER_INPUT
 * with Stripe's `param` and `code` under `extensions.stripe`, every stored object is left as it was, and
 * the emulator's log shows the one refused request. Input the typed schema itself refuses never
 * reaches Stripe.
 */
import { startE2E, type E2E, type GraphQLErrorJson } from './harness';

const KEY = 'sk_test_e2e_invalid_input';
let e2e: E2E;
let account: string;

beforeAll(async () => {
  e2e = await startE2E();
  const accounts = await e2e.rest<{ data: Array<{ id: string; type: string }> }>('GET', '/v1/accounts', { key: KEY, params: { limit: '10' } });
  account = accounts.body.data.find((a) => a.type === 'custom')!.id;
});
afterAll(async () => {
  await e2e.close();
});

interface Case {
  name: string;
  mutation: string;
  variables: Record<string, unknown>;
  stripe: { param: string; code?: string };
  message: string;
}

const cases: Case[] = [
  {
    name: 'a day of birth out of range',
    mutation: 'mutation($id: ID!, $input: AccountUpdateParams) { updateAccount(id: $id, input: $input) { id } }',
    variables: { input: { individual: { dob: { day: 40, month: 1, year: 1990 } } } },
    stripe: { param: 'individual[dob][day]', code: 'parameter_invalid_integer' },
    message: 'This value must be less than or equal to 31.',
  },
  {
    name: 'an empty value that cannot unset',
    mutation: 'mutation($account: ID!, $input: AccountCreatePersonParams) { createPerson(account: $account, input: $input) { id } }',
    variables: { input: { dob: { day: 1, month: 1, year: 1990 }, firstName: 'Ada', relationship: { title: 'CEO', percentOwnership: 10 }, idNumber: '' } },
    stripe: { param: 'id_number', code: 'parameter_invalid_empty' },
    message:
      "You passed an empty string for 'id_number'. We assume empty values are an attempt to unset a parameter; however 'id_number' cannot be unset. You should remove 'id_number' from your request or supply a non-empty value.",
  },
];

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test('BAD_USER_INPUT with Stripe param and code; nothing changed', async () => {
    const before = await e2e.objects(KEY);
    e2e.emulator.control.resetLog();
    const res = await e2e.gql(c.mutation, { key: KEY, variables: { id: account, account, ...c.variables } });
    const error = res.errors?.[0] as GraphQLErrorJson & { extensions: { stripe?: Record<string, unknown> } };
    expect(res.errors).toHaveLength(1);
    expect(error.message).toBe(c.message);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.stripe).toMatchObject({ type: 'invalid_request_error', statusCode: 400, ...c.stripe });
    const log = e2e.emulator.control.requestLog();
    expect(log.map((e) => [e.method, e.status, e.refusedParams])).toEqual([['POST', 400, true]]);
    expect(await e2e.objects(KEY)).toEqual(before);
  });
});

/**
 * What Stripe used to refuse inside a JSON parameter, the typed inputs now refuse before any
 * request: GraphQL checks the variables against the @oneOf input and its members.
 */
const refusedByTheSchema: Array<{ name: string; mutation: string; variables: Record<string, unknown>; messages: string[] }> = [
  {
    name: 'text where number | minimum belongs',
    mutation: 'mutation($id: ID!, $input: AccountUpdateParams) { updateAccount(id: $id, input: $input) { id } }',
    variables: { input: { settings: { payouts: { schedule: { delayDays: { value: 'abc' } } } } } },
    messages: [
      'Variable "$input" got invalid value "abc" at "input.settings.payouts.schedule.delayDays.value"; Long must be an integer within ±2^53, got "abc"',
    ],
  },
  {
    name: "Stripe's snake_case keys where the bank account member belongs",
    mutation: 'mutation($account: ID!, $input: AccountCreateExternalAccountParams!) { createExternalAccount(account: $account, input: $input) { __typename } }',
    variables: { input: { externalAccount: { account_number: '000123456789' } } },
    messages: [
      'Variable "$input" got invalid value { account_number: "000123456789" } at "input.externalAccount"; Field "account_number" is not defined by type "AccountCreateExternalAccountParamsExternalAccountOneOf".',
      'Variable "$input" got invalid value { account_number: "000123456789" } at "input.externalAccount"; Exactly one key must be specified for OneOf type "AccountCreateExternalAccountParamsExternalAccountOneOf".',
    ],
  },
  {
    name: 'a key no external account has',
    mutation: 'mutation($account: ID!, $input: AccountCreateExternalAccountParams!) { createExternalAccount(account: $account, input: $input) { __typename } }',
    variables: { input: { externalAccount: { bankAccount: { foo: 1, country: 'US', accountNumber: '000123456789' } } } },
    messages: [
      'Variable "$input" got invalid value { foo: 1, country: "US", accountNumber: "000123456789" } at "input.externalAccount.bankAccount"; Field "foo" is not defined by type "AccountCreateExternalAccountParamsBankAccount".',
    ],
  },
];

describe.each(refusedByTheSchema.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test('BAD_USER_INPUT from the schema; no request to Stripe; nothing changed', async () => {
    const before = await e2e.objects(KEY);
    e2e.emulator.control.resetLog();
    const res = await e2e.gql(c.mutation, { key: KEY, variables: { id: account, account, ...c.variables } });
    expect(res.errors?.map((e) => e.message)).toEqual(c.messages);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(c.messages.map(() => 'BAD_USER_INPUT'));
    expect(e2e.emulator.control.requestLog()).toEqual([]);
    expect(await e2e.objects(KEY)).toEqual(before);
  });
});
