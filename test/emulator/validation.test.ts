/**
 * The request check's pure policies (src/emulator/params.ts, expand.ts, errors.ts), each with
 * exact expected answers, over the small fixture and over shapes the generated metadata has.
 */

import { checkRange, coerceParams, readInteger, unionMemberToBlame } from '../../src/emulator/params';
import { checkExpandable, unexpandable } from '../../src/emulator/expand';
import { EmulatorError, oneOfList } from '../../src/emulator/errors';
import { Model } from '../../src/emulator/model';
import type { RestMetadata } from '../../src/metadata/types';
import { fixtureMetadata } from './fixture';

interface Refusal {
  status: number;
  type: string;
  code?: string;
  param?: string;
  message: string;
}

function refusalOf(fn: () => unknown): Refusal {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof EmulatorError)) throw err;
    const { type, code, param, message } = err.toBody().error;
    return { status: err.status, type, message, ...(code === undefined ? {} : { code }), ...(param === undefined ? {} : { param }) };
  }
  throw new Error('expected a refusal');
}

/** The fixture plus a union (`number | 'minimum'`, hash members keyed by `object`) and an empty hash. */
function metadata(): RestMetadata {
  const meta = fixtureMetadata();
  const p = (stripe: string, type: RestMetadata['inputs'][string]['fields'][number]['type'], required = false) => ({
    name: stripe,
    stripe,
    type,
    required,
    emptyable: false,
  });
  meta.enums.DelayMinimum = { name: 'DelayMinimum', values: { MINIMUM: 'minimum' } };
  meta.enums.BankObject = { name: 'BankObject', values: { BANK_ACCOUNT: 'bank_account' } };
  meta.enums.CardObject = { name: 'CardObject', values: { CARD: 'card' } };
  meta.inputs.Bank = {
    name: 'Bank',
    domain: 'Test',
    fields: [
      p('object', { kind: 'enum', name: 'BankObject' }, true),
      p('account_number', { kind: 'scalar', name: 'String' }, true),
      p('country', { kind: 'scalar', name: 'String' }, true),
    ],
  };
  meta.inputs.Card = {
    name: 'Card',
    domain: 'Test',
    fields: [p('object', { kind: 'enum', name: 'CardObject' }, true), p('number', { kind: 'scalar', name: 'String' }, true)],
  };
  meta.inputs.Payout = {
    name: 'Payout',
    domain: 'Test',
    fields: [
      p('delay_days', {
        kind: 'union',
        name: 'DelayDaysOneOf',
        members: [
          { kind: 'enum', name: 'DelayMinimum' },
          { kind: 'scalar', name: 'Long' },
        ],
      }),
      p('external_account', {
        kind: 'union',
        name: 'ExternalAccountOneOf',
        members: [
          { kind: 'scalar', name: 'String' },
          { kind: 'input', name: 'Card' },
          { kind: 'input', name: 'Bank' },
        ],
      }),
      p('features', { kind: 'scalar', name: 'JSON', emptyHash: true }),
      p('day', { kind: 'scalar', name: 'Long', min: 1, max: 31 }),
      p('tags', { kind: 'list', of: { kind: 'scalar', name: 'String' } }),
      p('type', { kind: 'enum', name: 'AccountType' }),
    ],
  };
  return meta;
}

const meta = metadata();
const check = (raw: Record<string, unknown>, input = 'Payout', checkRequired = true) => coerceParams(meta, input, raw as never, { checkRequired });

describe('coerceParams', () => {
  test('accepts and types what the metadata allows', () => {
    expect(
      check({ delay_days: 'minimum', external_account: { object: 'card', number: '4242' }, features: {}, day: '31', tags: ['a'], type: 'custom' }),
    ).toEqual({
      delay_days: 'minimum',
      external_account: { object: 'card', number: '4242' },
      features: {},
      day: 31,
      tags: ['a'],
      type: 'custom',
    });
    expect(check({ delay_days: '7', external_account: 'btok_1' })).toEqual({ delay_days: 7, external_account: 'btok_1' });
  });

  test.each<[string, Record<string, unknown>, Omit<Refusal, 'status' | 'type'>]>([
    ['unknown top-level key', { dela_days: '1' }, { code: 'parameter_unknown', param: 'dela_days', message: 'Received unknown parameter: dela_days' }],
    ['text where number | minimum belongs', { delay_days: 'abc' }, { code: 'parameter_invalid_integer', param: 'delay_days', message: 'Invalid integer: abc' }],
    [
      'a key no union member has',
      { external_account: { object: 'bank_account', account_number: '1', country: 'US', foo: '1' } },
      { code: 'parameter_unknown', param: 'external_account[foo]', message: 'Received unknown parameter: external_account[foo]' },
    ],
    [
      'camelCase keys',
      { external_account: { accountNumber: '1' } },
      { code: 'parameter_unknown', param: 'external_account[accountNumber]', message: 'Received unknown parameter: external_account[accountNumber]' },
    ],
    [
      'a hash member missing a required key',
      { external_account: { object: 'bank_account', account_number: '1' } },
      { code: 'parameter_missing', param: 'external_account[country]', message: 'Missing required param: external_account[country].' },
    ],
    [
      'any key in an empty hash',
      { features: { x: 'true' } },
      { code: 'parameter_unknown', param: 'features[x]', message: 'Received unknown parameter: features[x]' },
    ],
    ['text for an empty hash', { features: 'x' }, { param: 'features', message: 'Invalid hash' }],
    ['above the documented range', { day: '40' }, { code: 'parameter_invalid_integer', param: 'day', message: 'This value must be less than or equal to 31.' }],
    [
      'below the documented range',
      { day: '0' },
      { code: 'parameter_invalid_integer', param: 'day', message: 'This value must be greater than or equal to 1.' },
    ],
    ['a decimal for an integer', { day: '1.5' }, { code: 'parameter_invalid_integer', param: 'day', message: 'Invalid integer: 1.5' }],
    ['a hash for an integer', { day: { a: '1' } }, { code: 'parameter_invalid_integer', param: 'day', message: 'Invalid integer: {"a":"1"}' }],
    ['text for a list', { tags: 'a' }, { param: 'tags', message: 'Invalid array' }],
    [
      'an empty list item',
      { tags: ['a', ''] },
      {
        code: 'parameter_invalid_empty',
        param: 'tags[1]',
        message:
          "You passed an empty string for 'tags[1]'. We assume empty values are an attempt to unset a parameter; however 'tags[1]' cannot be unset. You should remove 'tags[1]' from your request or supply a non-empty value.",
      },
    ],
    [
      'an empty value that cannot unset',
      { day: '' },
      {
        code: 'parameter_invalid_empty',
        param: 'day',
        message:
          "You passed an empty string for 'day'. We assume empty values are an attempt to unset a parameter; however 'day' cannot be unset. You should remove 'day' from your request or supply a non-empty value.",
      },
    ],
    ['a value outside the enum', { type: 'premium' }, { param: 'type', message: 'Invalid type: must be one of custom, express, or standard' }],
  ])('%s', (_name, raw, expected) => {
    expect(refusalOf(() => check(raw))).toEqual({ status: 400, type: 'invalid_request_error', ...expected });
  });

  test('required top-level params bind on create, not on update; nested ones always', () => {
    expect(refusalOf(() => check({ amount: '1' }, 'ChargeCreateParams'))).toEqual({
      status: 400,
      type: 'invalid_request_error',
      code: 'parameter_missing',
      param: 'currency',
      message: 'Missing required param: currency.',
    });
    expect(check({ amount: '1' }, 'ChargeCreateParams', false)).toEqual({ amount: 1 });
    expect(refusalOf(() => check({ address: { city: 'x' } }, 'CustomerCreateParams', false))).toMatchObject({
      code: 'parameter_missing',
      param: 'address[line1]',
    });
  });
});

describe('small policies', () => {
  test('readInteger and checkRange', () => {
    expect(readInteger('-12', 'x')).toBe(-12);
    expect(refusalOf(() => readInteger('1e3', 'x')).message).toBe('Invalid integer: 1e3');
    expect(checkRange({ min: 1, max: 100 }, 100, 'limit')).toBe(100);
    expect(checkRange({}, -5, 'amount')).toBe(-5);
    expect(refusalOf(() => checkRange({ min: 1, max: 100 }, 101, 'limit')).message).toBe('This value must be less than or equal to 100.');
  });

  test('oneOfList', () => {
    expect(oneOfList(['reusable', 'single_use'])).toBe('reusable or single_use');
    expect(oneOfList(['a'])).toBe('a');
    expect(oneOfList(['a', 'b', 'c'])).toBe('a, b, or c');
  });

  test('unionMemberToBlame', () => {
    const members = meta.inputs.Payout!.fields[1]!.type;
    if (members.kind !== 'union') throw new Error('fixture');
    expect(unionMemberToBlame(meta, members.members, { object: 'bank_account' })).toBe(2);
    expect(unionMemberToBlame(meta, members.members, { object: 'card' })).toBe(1);
    expect(unionMemberToBlame(meta, members.members, { foo: '1' })).toBe(1);
    expect(
      unionMemberToBlame(
        meta,
        [
          { kind: 'enum', name: 'DelayMinimum' },
          { kind: 'scalar', name: 'Long' },
        ],
        'abc',
      ),
    ).toBe(1);
    expect(unionMemberToBlame(meta, [{ kind: 'enum', name: 'DelayMinimum' }], ['x'])).toBe(0);
  });
});

describe('expandability', () => {
  const model = new Model(fixtureMetadata());
  test.each<[string[], string[], string | undefined]>([
    [['Charge'], ['customer'], undefined],
    [['Charge'], ['transfer', 'destination'], undefined],
    [['Charge'], ['customer', 'last_charge', 'transfer', 'destination'], undefined],
    [['Charge'], ['amount'], 'amount'],
    [['Charge'], ['metadata'], 'metadata'],
    [['Charge'], ['nope'], 'nope'],
    [['Charge'], ['transfer', 'amount'], 'amount'],
    [['Charge'], ['refunds'], 'refunds'],
    [['Customer'], ['shipping', 'address'], 'address'],
  ])('%j %j -> %s', (types, path, failure) => {
    expect(unexpandable(model, types, path)).toBe(failure);
  });

  test('checkExpandable refuses with Stripe wording', () => {
    expect(refusalOf(() => checkExpandable(model, ['Charge'], [['customer'], ['metadata']]))).toEqual({
      status: 400,
      type: 'invalid_request_error',
      param: 'expand',
      message: 'This property cannot be expanded (metadata).',
    });
  });
});
