/**
 * Errors point into the input: a mutation Stripe refuses for one parameter answers with
 * `extensions.inputPath`, the GraphQL path of the argument that carried it, mapped from Stripe's
 * `param` through the metadata. The emulator checks every request as Stripe does and names the
 * parameter the same way.
 */
import { startE2E, type E2E } from './harness';

const KEY = 'sk_test_e2e_input_path';
let e2e: E2E;
let account: string;

beforeAll(async () => {
  e2e = await startE2E();
  const res = await e2e.gql<{ createAccount: { id: string } }>('mutation { createAccount(input: {type: CUSTOM, country: "US"}) { id } }', { key: KEY });
  account = res.data!.createAccount.id;
});
afterAll(async () => {
  await e2e.close();
});

async function refusal(query: string, variables: Record<string, unknown>) {
  const res = await e2e.gql(query, { key: KEY, variables });
  expect(res.errors).toHaveLength(1);
  const error = res.errors![0]!;
  return {
    path: error.path,
    code: error.extensions!.code,
    param: (error.extensions!.stripe as { param?: string } | undefined)?.param,
    inputPath: error.extensions!.inputPath,
  };
}

test('a nested field Stripe refuses: individual[dob][day] -> ["input", "individual", "dob", "day"]', async () => {
  const got = await refusal('mutation($input: AccountCreateParams) { createAccount(input: $input) { id } }', {
    input: { type: 'CUSTOM', country: 'US', individual: { firstName: 'Ada', dob: { day: 32, month: 1, year: 1990 } } },
  });
  expect(got).toEqual({ path: ['createAccount'], code: 'BAD_USER_INPUT', param: 'individual[dob][day]', inputPath: ['input', 'individual', 'dob', 'day'] });
});

test('the same field one level up in another mutation, through a connected account', async () => {
  const got = await refusal(
    'mutation($account: ID!, $input: AccountCreatePersonParams) { asConnectedAccount(account: $account) { createPerson(account: $account, input: $input) { id } } }',
    {
      account,
      input: { firstName: 'Ada', dob: { day: 1, month: 13, year: 1990 } },
    },
  );
  expect(got).toEqual({ path: ['asConnectedAccount', 'createPerson'], code: 'BAD_USER_INPUT', param: 'dob[month]', inputPath: ['input', 'dob', 'month'] });
});

test('an object that does not exist points at the id argument', async () => {
  const got = await refusal('mutation($account: ID!) { updatePerson(account: $account, id: "person_missing1", input: {firstName: "X"}) { id } }', { account });
  expect(got).toEqual({ path: ['updatePerson'], code: 'NOT_FOUND', param: 'id', inputPath: ['id'] });
});
