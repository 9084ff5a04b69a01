/**
 * What the generated metadata tells the emulator's request check, read from the committed
 * metadata: union members, integer ranges from the docs, hashes declared empty, and which
 * endpoints take no parameters besides `expand`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InputFieldMeta, RestMetadata } from '../../src/metadata/types';

const metadata = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'generated', 'metadata.json'), 'utf8')) as RestMetadata;
const field = (input: string, stripe: string): InputFieldMeta => metadata.inputs[input]!.fields.find((f) => f.stripe === stripe)!;
const endpoint = (typeName: string, name: string) => metadata.resources[typeName]!.endpoints.find((e) => e.name === name)!;

test('unions keep their members for the emulator; the graph types them as a @oneOf input or a range', () => {
  expect(field('AccountUpdateParamsSettingsPayoutsSchedule', 'delay_days').type).toEqual({
    kind: 'union',
    name: 'AccountUpdateParamsSettingsPayoutsScheduleDelayDaysOneOf',
    members: [
      { kind: 'enum', name: 'AccountUpdateParamsSettingsPayoutsScheduleDelayDays' },
      { kind: 'scalar', name: 'Long' },
    ],
  });
  expect(metadata.enums.AccountUpdateParamsSettingsPayoutsScheduleDelayDays!.values).toEqual({ MINIMUM: 'minimum' });
  expect(metadata.inputs.AccountUpdateParamsSettingsPayoutsScheduleDelayDaysOneOf!.oneOf).toBe(true);
  expect(metadata.inputs.AccountUpdateParamsSettingsPayoutsScheduleDelayDaysOneOf!.fields.map((f) => [f.name, f.type])).toEqual([
    ['minimum', { kind: 'enum', name: 'AccountUpdateParamsSettingsPayoutsScheduleDelayDays' }],
    ['value', { kind: 'scalar', name: 'Long' }],
  ]);
  expect(field('AccountCreateExternalAccountParams', 'external_account').type).toEqual({
    kind: 'union',
    name: 'AccountCreateExternalAccountParamsExternalAccountOneOf',
    members: [
      { kind: 'scalar', name: 'String' },
      { kind: 'input', name: 'AccountCreateExternalAccountParamsCard' },
      { kind: 'input', name: 'AccountCreateExternalAccountParamsBankAccount' },
      { kind: 'input', name: 'AccountCreateExternalAccountParamsCardToken' },
    ],
  });
  expect(metadata.inputs.AccountCreateExternalAccountParamsExternalAccountOneOf!.fields.map((f) => f.name)).toEqual([
    'token',
    'card',
    'bankAccount',
    'cardToken',
  ]);
  // The member says which hash it is: Stripe's `object` is implied and sent by the conversion.
  expect(field('AccountCreateExternalAccountParamsBankAccount', 'object').constant).toBe('bank_account');
  expect(field('AccountCreateExternalAccountParamsCardToken', 'object').constant).toBe('card');
  expect(field('TransferListParams', 'created').type).toEqual({
    kind: 'union',
    name: 'TimestampRange',
    members: [
      { kind: 'input', name: 'RangeQueryParam' },
      { kind: 'scalar', name: 'Timestamp' },
    ],
  });
  expect(field('TopupListParams', 'amount').type).toEqual({
    kind: 'union',
    name: 'LongRange',
    members: [
      { kind: 'input', name: 'RangeQueryParam' },
      { kind: 'scalar', name: 'Long' },
    ],
  });
  expect(metadata.inputs.TimestampRange!.fields.map((f) => [f.stripe, f.type])).toEqual([
    ['gt', { kind: 'scalar', name: 'Timestamp' }],
    ['gte', { kind: 'scalar', name: 'Timestamp' }],
    ['lt', { kind: 'scalar', name: 'Timestamp' }],
    ['lte', { kind: 'scalar', name: 'Timestamp' }],
  ]);
});

test('integer ranges come from the documentation', () => {
  expect(field('AccountCreateParamsIndividualDob', 'day').type).toEqual({ kind: 'scalar', name: 'Long', min: 1, max: 31 });
  expect(field('AccountCreateParamsIndividualDob', 'month').type).toEqual({ kind: 'scalar', name: 'Long', min: 1, max: 12 });
  expect(field('AccountCreateParamsIndividualDob', 'year').type).toEqual({ kind: 'scalar', name: 'Long' });
  expect(field('AccountListParams', 'limit').type).toEqual({ kind: 'scalar', name: 'Long', min: 1, max: 100 });
});

test('a hash declared with no properties takes no keys (and the graph leaves it out)', () => {
  expect(field('AccountSessionCreateParamsComponentsBalanceReport', 'features').type).toEqual({ kind: 'scalar', name: 'JSON', emptyHash: true });
});

test('endpoints whose parameter type holds only expand have none; the lists among them do not page', () => {
  expect(endpoint('Capability', 'listCapabilities').params).toBeUndefined();
  expect(endpoint('ReportingReportType', 'list').params).toBeUndefined();
  expect(endpoint('Person', 'listPersons').params).toBe('AccountListPersonsParams');
});
