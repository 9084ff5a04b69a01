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

test('unions keep their members (the graph still sees JSON)', () => {
  expect(field('AccountUpdateParamsSettingsPayoutsSchedule', 'delay_days').type).toEqual({
    kind: 'scalar',
    name: 'JSON',
    oneOf: [{ kind: 'enum', name: 'AccountUpdateParamsSettingsPayoutsScheduleDelayDays' }, { kind: 'scalar', name: 'Long' }],
  });
  expect(metadata.enums.AccountUpdateParamsSettingsPayoutsScheduleDelayDays!.values).toEqual({ MINIMUM: 'minimum' });
  expect(field('AccountCreateExternalAccountParams', 'external_account').type).toEqual({
    kind: 'scalar',
    name: 'JSON',
    oneOf: [
      { kind: 'scalar', name: 'String' },
      { kind: 'input', name: 'AccountCreateExternalAccountParamsCard' },
      { kind: 'input', name: 'AccountCreateExternalAccountParamsBankAccount' },
      { kind: 'input', name: 'AccountCreateExternalAccountParamsCardToken' },
    ],
  });
  expect(field('TransferListParams', 'created').type).toEqual({ kind: 'scalar', name: 'JSON', oneOf: [{ kind: 'input', name: 'RangeQueryParam' }, { kind: 'scalar', name: 'Timestamp' }] });
});

test('integer ranges come from the documentation', () => {
  expect(field('AccountCreateParamsIndividualDob', 'day').type).toEqual({ kind: 'scalar', name: 'Long', min: 1, max: 31 });
  expect(field('AccountCreateParamsIndividualDob', 'month').type).toEqual({ kind: 'scalar', name: 'Long', min: 1, max: 12 });
  expect(field('AccountCreateParamsIndividualDob', 'year').type).toEqual({ kind: 'scalar', name: 'Long' });
  expect(field('AccountListParams', 'limit').type).toEqual({ kind: 'scalar', name: 'Long', min: 1, max: 100 });
});

test('a hash declared with no properties takes no keys', () => {
  expect(field('AccountSessionCreateParamsComponentsBalanceReport', 'features').type).toEqual({ kind: 'scalar', name: 'JSON', emptyHash: true });
});

test('endpoints whose parameter type holds only expand have none; the lists among them do not page', () => {
  expect(endpoint('Capability', 'listCapabilities').params).toBeUndefined();
  expect(endpoint('ReportingReportType', 'list').params).toBeUndefined();
  expect(endpoint('Person', 'listPersons').params).toBe('AccountListPersonsParams');
});
