/**
 * GraphQL arguments -> Stripe parameters, over the real generated input metadata.
 */
import { toStripeParams } from '../../src/resolvers/params';
import { encodeParams } from '../../src/datasources/encoding';
import { loadMetadata } from '../../src/metadata/load';

const { metadata } = loadMetadata();

test('camelCase names go back to Stripe names, nested inputs too', () => {
  const params = toStripeParams(
    'AccountUpdateParams',
    {
      email: 'a@b.example',
      businessProfile: { productDescription: 'Bikes', supportEmail: 's@b.example' },
      capabilities: { cardPayments: { requested: true } },
    },
    metadata,
  );
  expect(params).toEqual({
    email: 'a@b.example',
    business_profile: { product_description: 'Bikes', support_email: 's@b.example' },
    capabilities: { card_payments: { requested: true } },
  });
  expect(encodeParams(params)).toBe(
    'business_profile[product_description]=Bikes&business_profile[support_email]=s%40b.example&capabilities[card_payments][requested]=true&email=a%40b.example',
  );
});

test('explicit null unsets a field Stripe lets you clear; elsewhere null is simply absent', () => {
  expect(toStripeParams('AccountUpdateParams', { metadata: null, email: null }, metadata)).toEqual({ metadata: '' });
});

test('lists of inputs keep their order and convert each item', () => {
  const params = toStripeParams(
    'TerminalReaderCollectInputsParams',
    {
      inputs: [
        { type: 'text', customText: { title: 'Name' } },
        { type: 'signature', customText: { title: 'Sign' }, required: true },
      ],
    },
    metadata,
  );
  expect(encodeParams(params)).toBe(
    'inputs[0][custom_text][title]=Name&inputs[0][type]=text&inputs[1][custom_text][title]=Sign&inputs[1][required]=true&inputs[1][type]=signature',
  );
});

test('no input type or no value: no parameters', () => {
  expect(toStripeParams(undefined, { a: 1 }, metadata)).toEqual({});
  expect(toStripeParams('AccountUpdateParams', undefined, metadata)).toEqual({});
});

describe('typed inputs', () => {
  test("a range is sent as Stripe's hash", () => {
    const params = toStripeParams('AccountListParams', { created: { gte: 1767225600, lt: 1767312000 } }, metadata);
    expect(params).toEqual({ created: { gte: 1767225600, lt: 1767312000 } });
    expect(encodeParams(params)).toBe('created[gte]=1767225600&created[lt]=1767312000');
  });

  test('a @oneOf input is sent as its one member: a token as the string', () => {
    const params = toStripeParams('AccountCreateExternalAccountParams', { externalAccount: { token: 'btok_us' } }, metadata);
    expect(encodeParams(params)).toBe('external_account=btok_us');
  });

  test('a hash member is sent with the object its member implies', () => {
    const params = toStripeParams(
      'AccountCreateExternalAccountParams',
      {
        externalAccount: {
          bankAccount: { country: 'US', currency: 'usd', accountNumber: '000123456789', routingNumber: '110000000', accountHolderType: 'company' },
        },
      },
      metadata,
    );
    expect(params).toEqual({
      external_account: {
        object: 'bank_account',
        account_holder_type: 'company',
        account_number: '000123456789',
        country: 'US',
        currency: 'usd',
        routing_number: '110000000',
      },
    });
    expect(encodeParams(toStripeParams('AccountCreateExternalAccountParams', { externalAccount: { cardToken: { token: 'tok_visa' } } }, metadata))).toBe(
      'external_account[object]=card&external_account[token]=tok_visa',
    );
  });

  test('a keyword or a number member; null on an emptyable @oneOf parameter unsets it', () => {
    const schedule = (delayDays: unknown) => toStripeParams('AccountUpdateParams', { settings: { payouts: { schedule: { delayDays } } } }, metadata);
    expect(encodeParams(schedule({ minimum: 'minimum' }))).toBe('settings[payouts][schedule][delay_days]=minimum');
    expect(encodeParams(schedule({ value: 7 }))).toBe('settings[payouts][schedule][delay_days]=7');
    expect(toStripeParams('AccountUpdateParams', { externalAccount: null }, metadata)).toEqual({ external_account: '' });
    expect(
      encodeParams(toStripeParams('TaxRegistrationCreateParams', { activeFrom: { timestamp: 1767225600 }, country: 'US', countryOptions: {} }, metadata)),
    ).toBe('active_from=1767225600&country=US');
  });
});
