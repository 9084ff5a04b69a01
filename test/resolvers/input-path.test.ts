import { inputPathFor, stripeParamKeys } from '../../src/resolvers/params';
import { loadMetadata } from '../../src/metadata/load';
import type { EndpointMeta } from '../../src/metadata/types';

const { metadata } = loadMetadata();
const endpoint = (type: string, name: string): EndpointMeta => metadata.resources[type]!.endpoints.find((e) => e.name === name)!;
const argName = (e: EndpointMeta) => (p: string) => (p === e.idParam ? 'id' : p);
const path = (type: string, name: string, param: string) => inputPathFor(param, endpoint(type, name), metadata, argName(endpoint(type, name)));

test("Stripe's bracketed param splits into its keys", () => {
  expect(stripeParamKeys('individual[dob][day]')).toEqual(['individual', 'dob', 'day']);
  expect(stripeParamKeys('email')).toEqual(['email']);
  expect(stripeParamKeys('line_items[0][amount]')).toEqual(['line_items', '0', 'amount']);
  expect(stripeParamKeys('line_items[][amount]')).toEqual(['line_items', 'amount']);
  expect(stripeParamKeys('odd]value')).toEqual(['odd]value']);
});

test('nested input fields map back to their GraphQL names under input', () => {
  expect(path('Account', 'create', 'individual[dob][day]')).toEqual(['input', 'individual', 'dob', 'day']);
  expect(path('Account', 'create', 'business_profile[product_description]')).toEqual(['input', 'businessProfile', 'productDescription']);
  expect(path('Account', 'create', 'email')).toEqual(['input', 'email']);
  expect(path('Person', 'updatePerson', 'relationship[percent_ownership]')).toEqual(['input', 'relationship', 'percentOwnership']);
});

test('list items are numbered; an index Stripe leaves out is left out', () => {
  expect(path('Account', 'create', 'individual[full_name_aliases][1]')).toEqual(['input', 'individual', 'fullNameAliases', 1]);
  expect(path('TaxCalculation', 'create', 'line_items[2][performance_location]')).toEqual(['input', 'lineItems', 2, 'performanceLocation']);
  expect(path('TaxCalculation', 'create', 'line_items[][amount]')).toEqual(['input', 'lineItems', 'amount']);
});

test('inside a @oneOf input, the one member whose hash has the key; a key several members have stays Stripe’s', () => {
  expect(path('BankAccount', 'createExternalAccount', 'external_account[routing_number]')).toEqual([
    'input',
    'externalAccount',
    'bankAccount',
    'routingNumber',
  ]);
  expect(path('BankAccount', 'createExternalAccount', 'external_account[exp_month]')).toEqual(['input', 'externalAccount', 'card', 'expMonth']);
  expect(path('BankAccount', 'createExternalAccount', 'external_account[currency]')).toEqual(['input', 'externalAccount', 'currency']);
  expect(path('BankAccount', 'createExternalAccount', 'external_account')).toEqual(['input', 'externalAccount']);
});

test('inside a range, the range’s keys', () => {
  expect(path('Account', 'list', 'created[gt]')).toEqual(['input', 'created', 'gt']);
});

test('for keys the metadata does not know, the keys stay Stripe’s', () => {
  expect(path('Account', 'create', 'nonsense[inner_key]')).toEqual(['input', 'nonsense', 'inner_key']);
});

test('a path parameter maps to its argument', () => {
  expect(path('Person', 'updatePerson', 'person')).toEqual(['id']);
  expect(path('Person', 'updatePerson', 'id')).toEqual(['id']);
  expect(path('Person', 'updatePerson', 'account')).toEqual(['account']);
});
