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
    { email: 'a@b.example', businessProfile: { productDescription: 'Bikes', supportEmail: 's@b.example' }, capabilities: { cardPayments: { requested: true } } },
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
    { inputs: [{ type: 'text', customText: { title: 'Name' } }, { type: 'signature', customText: { title: 'Sign' }, required: true }] },
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
