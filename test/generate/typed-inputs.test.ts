/**
 * The generator's decisions for typed inputs (scripts/generate/typed-inputs.ts) and the
 * runtime's map entries (src/resolvers/maps.ts), as pure functions.
 */
import { isObjectIdParam, isRangeInput, memberFieldName, rangeInput, rangeScalar } from '../../scripts/generate/typed-inputs';
import { currencyEntries, presence } from '../../src/resolvers/maps';
import type { EnumMeta, InputTypeMeta } from '../../src/metadata/types';

const objects = new Set(['account', 'customer', 'cardholder', 'financial_account', 'payment_intent', 'file', 'token']);

describe('isObjectIdParam', () => {
  test.each([
    ['account', 'The identifier of the account to create an account link for.'],
    ['cardholder', 'The Cardholder object with which the card will be associated.'],
    ['financial_account', ''],
    ['customer_id', ''],
    ['payment_intent', 'The ID of the PaymentIntent to confirm.'],
    ['logo', '(ID of a [file upload](https://stripe.com/docs/guides/file-upload)) A logo for the account.'],
    [
      'back',
      'The back of a document returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `additional_verification`.',
    ],
    ['original_transaction', 'Transaction (e.g., ipi_...) that the disputed transaction is a duplicate of. Of the two ...'],
    ['destination', 'Only return transfers for the destination specified by this account ID.'],
  ])('%s is an object id', (name, doc) => {
    expect(isObjectIdParam(name, doc, objects)).toBe(true);
  });

  test.each([
    ['tax_id', "The business ID number of the company, as appropriate for the company's country."],
    ['id_number', 'The government-issued ID number of the individual.'],
    ['client_reference_id', 'A string to reference this user. This can be a customer ID, a session ID, or similar.'],
    ['reference', 'A custom identifier for this line item, which must be unique across the line items.'],
    ['lookup_key', 'A unique key you provide as your own system identifier. This may be up to 80 characters.'],
    ['creditor_id', 'The business creditor id for european payments.'],
    ['value', 'Value of the tax ID.'],
    ['name', 'The name of the account.'],
  ])('%s is not', (name, doc) => {
    expect(isObjectIdParam(name, doc, objects)).toBe(false);
  });
});

describe('unions', () => {
  const range: InputTypeMeta = rangeInput('Long', 'Test');
  const inputs = new Map<string, InputTypeMeta>([['RangeQueryParam', { ...range, name: 'RangeQueryParam' }]]);

  test('a range hash with a timestamp or an integer is a range of that scalar', () => {
    expect(isRangeInput(inputs.get('RangeQueryParam'))).toBe(true);
    expect(
      rangeScalar(
        [
          { kind: 'input', name: 'RangeQueryParam' },
          { kind: 'scalar', name: 'Timestamp' },
        ],
        inputs,
      ),
    ).toBe('Timestamp');
    expect(
      rangeScalar(
        [
          { kind: 'scalar', name: 'Long' },
          { kind: 'input', name: 'RangeQueryParam' },
        ],
        inputs,
      ),
    ).toBe('Long');
    expect(
      rangeScalar(
        [
          { kind: 'scalar', name: 'String' },
          { kind: 'input', name: 'RangeQueryParam' },
        ],
        inputs,
      ),
    ).toBeUndefined();
    expect(
      rangeScalar(
        [
          { kind: 'input', name: 'Other' },
          { kind: 'scalar', name: 'Timestamp' },
        ],
        inputs,
      ),
    ).toBeUndefined();
    expect(rangeInput('Timestamp', 'D').fields.map((f) => `${f.name}:${f.type.kind === 'scalar' ? f.type.name : ''}`)).toEqual([
      'gt:Timestamp',
      'gte:Timestamp',
      'lt:Timestamp',
      'lte:Timestamp',
    ]);
  });

  test('members are named by their type, keyword or kind', () => {
    const enums = new Map<string, EnumMeta>([
      ['Delay', { name: 'Delay', values: { MINIMUM: 'minimum' } }],
      ['Two', { name: 'Two', values: { A: 'a', B: 'b' } }],
    ]);
    const owner = 'AccountCreateExternalAccountParams';
    expect(memberFieldName({ kind: 'input', name: `${owner}BankAccount` }, owner, enums)).toBe('bankAccount');
    expect(memberFieldName({ kind: 'input', name: 'Elsewhere' }, owner, enums)).toBe('elsewhere');
    expect(memberFieldName({ kind: 'enum', name: 'Delay' }, owner, enums)).toBe('minimum');
    expect(memberFieldName({ kind: 'enum', name: 'Two' }, owner, enums)).toBe('value');
    expect(memberFieldName({ kind: 'scalar', name: 'String' }, owner, enums)).toBe('token');
    expect(memberFieldName({ kind: 'scalar', name: 'Timestamp' }, owner, enums)).toBe('timestamp');
    expect(memberFieldName({ kind: 'scalar', name: 'Long' }, owner, enums)).toBe('value');
    expect(() => memberFieldName({ kind: 'scalar', name: 'JSON' }, owner, enums)).toThrow(
      'generator: no member name for a JSON in a union of AccountCreateExternalAccountParams',
    );
  });
});

test('currencyEntries lists a map in its order; anything else is null', () => {
  expect(currencyEntries({ usd: 1200, eur: -300 })).toEqual([
    { currency: 'usd', value: 1200 },
    { currency: 'eur', value: -300 },
  ]);
  expect(currencyEntries({})).toEqual([]);
  expect(currencyEntries(null)).toBeNull();
  expect(currencyEntries([1])).toBeNull();
  expect(currencyEntries(5)).toBeNull();
});

test('presence: an object is there (true), null is not (false), item by item in lists', () => {
  expect(presence({})).toBe(true);
  expect(presence({ any: 1 })).toBe(true);
  expect(presence(null)).toBe(false);
  expect(presence([{}, null])).toEqual([true, false]);
});
