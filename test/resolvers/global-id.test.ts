import { decodeGlobalId, encodeGlobalId, hasGlobalId, loadableById, parentIdField } from '../../src/metadata/global-id';
import { loadMetadata } from '../../src/metadata/load';

const { metadata } = loadMetadata();

test('a global id encodes type, parent and Stripe id, and decodes back', () => {
  const id = encodeGlobalId({ typeName: 'Capability', parentId: 'acct_1QTKu5QaZd2', stripeId: 'card_payments' });
  expect(id).toBe('gid_' + Buffer.from('Capability:acct_1QTKu5QaZd2:card_payments').toString('base64url'));
  expect(decodeGlobalId(id)).toEqual({ typeName: 'Capability', parentId: 'acct_1QTKu5QaZd2', stripeId: 'card_payments' });
});

test('anything else is not a global id', () => {
  expect(decodeGlobalId('acct_1QTKu5QaZd2')).toBeUndefined();
  expect(decodeGlobalId('card_payments')).toBeUndefined();
  expect(decodeGlobalId('gid_')).toBeUndefined();
  expect(decodeGlobalId('gid_!!')).toBeUndefined();
  expect(decodeGlobalId('gid_' + Buffer.from('Capability:acct_1').toString('base64url'))).toBeUndefined();
  expect(decodeGlobalId('gid_' + Buffer.from('Capability::x').toString('base64url'))).toBeUndefined();
  expect(decodeGlobalId('gid_' + Buffer.from('a:b:c:d').toString('base64url'))).toBeUndefined();
});

test('nested types whose object names its parent get global ids; the field that names it', () => {
  const withGlobal = Object.keys(metadata.types)
    .filter((t) => hasGlobalId(metadata, t))
    .sort();
  expect(withGlobal).toEqual(['BankAccount', 'Capability', 'Card', 'FeeRefund', 'Person', 'TransferReversal']);
  expect(withGlobal.map((t) => parentIdField(metadata, t))).toEqual(['account', 'account', 'account', 'fee', 'account', 'transfer']);
  expect(parentIdField(metadata, 'Account')).toBeUndefined();
});

test('only what node(id:) can load again counts as loadable', () => {
  expect(loadableById(metadata, 'Account')).toBe(true);
  expect(loadableById(metadata, 'Capability')).toBe(true);
  // Nested, but its object does not name its product; computed line items have no retrieve.
  expect(loadableById(metadata, 'ProductFeature')).toBe(false);
  expect(loadableById(metadata, 'TaxCalculationLineItem')).toBe(false);
  expect(loadableById(metadata, 'CryptoOnrampQuotes')).toBe(false);
});
