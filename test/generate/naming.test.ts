import {
  enumValueName,
  fieldName,
  lowerFirst,
  pascalCase,
  plural,
  singular,
  typeNameForObject,
  unionName,
  UNRECOGNIZED_ENUM_VALUE,
} from '../../src/metadata/naming';

describe('pascalCase', () => {
  it.each([
    ['onramp_session', 'OnrampSession'],
    ['financial_connections.account', 'FinancialConnectionsAccount'],
    ['en-US', 'EnUS'],
    ['business profile', 'BusinessProfile'],
    ['a__b', 'AB'],
    ['alreadyCamel', 'AlreadyCamel'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(pascalCase(input)).toBe(expected);
  });
});

describe('typeNameForObject', () => {
  it.each([
    ['account', 'Account'],
    ['bank_account', 'BankAccount'],
    ['financial_connections.account', 'FinancialConnectionsAccount'],
    ['identity.verification_session', 'IdentityVerificationSession'],
    ['identity.verification_report', 'IdentityVerificationReport'],
    ['crypto.onramp_session', 'CryptoOnrampSession'],
    ['crypto.onramp.quotes', 'CryptoOnrampQuotes'],
    ['issuing.card', 'IssuingCard'],
    ['radar.value_list_item', 'RadarValueListItem'],
    ['apps.secret', 'AppsSecret'],
  ])('%j -> %j', (object, expected) => {
    expect(typeNameForObject(object)).toBe(expected);
  });
});

describe('fieldName', () => {
  it.each([
    ['charges_enabled', 'chargesEnabled'],
    ['id', 'id'],
    ['object', 'object'],
    ['address_line1', 'addressLine1'],
    ['ssn_last_4_provided', 'ssnLast4Provided'],
    ['three_d_secure', 'threeDSecure'],
    // GraphQL names cannot start with a digit.
    ['3d_secure', '_3dSecure'],
    ['', ''],
  ])('%j -> %j', (stripe, expected) => {
    expect(fieldName(stripe)).toBe(expected);
  });
});

describe('lowerFirst', () => {
  it.each([
    ['Account', 'account'],
    ['FinancialConnectionsAccount', 'financialConnectionsAccount'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(lowerFirst(input)).toBe(expected);
  });
});

describe('plural', () => {
  it.each([
    ['account', 'accounts'],
    ['Account', 'Accounts'],
    ['capability', 'capabilities'],
    ['Capability', 'Capabilities'],
    ['address', 'addresses'],
    ['box', 'boxes'],
    ['match', 'matches'],
    ['wish', 'wishes'],
    ['day', 'days'],
    ['IssuingDispute', 'IssuingDisputes'],
  ])('%j -> %j', (input, expected) => {
    expect(plural(input)).toBe(expected);
  });
});

describe('singular', () => {
  it.each([
    ['accounts', 'account'],
    ['capabilities', 'capability'],
    ['addresses', 'address'],
    ['boxes', 'box'],
    ['matches', 'match'],
    ['persons', 'person'],
    ['external_accounts', 'external_account'],
    ['onramp_sessions', 'onramp_session'],
    ['refunds', 'refund'],
    ['class', 'class'],
    ['account', 'account'],
  ])('%j -> %j', (input, expected) => {
    expect(singular(input)).toBe(expected);
  });

  it('inverts plural on the collection names of the seed paths', () => {
    for (const noun of ['account', 'capability', 'person', 'external_account', 'reversal', 'value_list_item', 'transaction_entry']) {
      expect(singular(plural(noun))).toBe(noun);
    }
  });
});

describe('enumValueName', () => {
  it.each([
    ['active', 'ACTIVE'],
    ['card_present', 'CARD_PRESENT'],
    ['en-US', 'EN_US'],
    ['zh-Hant-HK', 'ZH_HANT_HK'],
    ['fooBar', 'FOO_BAR'],
    ['a.b', 'A_B'],
    ['2fa', '_2FA'],
    ['3ds2', '_3DS2'],
    // GraphQL forbids true, false and null as enum values.
    ['true', 'TRUE_VALUE'],
    ['false', 'FALSE_VALUE'],
    ['null', 'NULL_VALUE'],
    ['', 'EMPTY'],
  ])('%j -> %j', (value, expected) => {
    expect(enumValueName(value)).toBe(expected);
  });

  it('always yields a legal GraphQL enum value name', () => {
    for (const value of ['en-US', '2fa', 'true', '', 'a b', 'x/y', 'ünïcode']) {
      expect(enumValueName(value)).toMatch(/^[_A-Za-z][_0-9A-Za-z]*$/);
    }
  });
});

describe('fallback enum value and union names', () => {
  it('names the fallback UNRECOGNIZED', () => {
    expect(UNRECOGNIZED_ENUM_VALUE).toBe('UNRECOGNIZED');
  });

  it('joins union members with Or', () => {
    expect(unionName(['Customer', 'DeletedCustomer'])).toBe('CustomerOrDeletedCustomer');
    expect(unionName(['BankAccount', 'Card'])).toBe('BankAccountOrCard');
  });
});
