/**
 * Typed inputs over the whole schema: `JSON` arguments, input fields and outputs counted
 * exactly and matched against the list in docs/schema.md; ranges, `@oneOf` inputs, maps keyed
 * by currency, empty objects as presence, and `ID`s where the conventions say; one name, one type.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getNamedType, graphql, isInputObjectType, isObjectType, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import { buildGatewaySchema } from '../../src/schema';
import type { TypeRef } from '../../src/metadata/types';

const { schema, index } = buildGatewaySchema();
const { metadata } = index;
const named = (name: string) => schema.getType(name);

interface Found {
  args: string[];
  inputs: string[];
  outputs: string[];
}

function jsonUses(): Found {
  const found: Found = { args: [], inputs: [], outputs: [] };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === 'JSON') found.outputs.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (getNamedType(arg.type).name === 'JSON') found.args.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (getNamedType(field.type).name === 'JSON') found.inputs.push(`${type.name}.${field.name}`);
    }
  }
  return found;
}

/** The table under "## Where `JSON` remains" in docs/schema.md: kind -> the fields it names (or a count). */
function documented(): Map<string, { fields: string[]; count?: number }> {
  const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'schema.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Where `JSON` remains'));
  const rows = section
    .slice(0, section.indexOf('\n\n', section.indexOf('| Kind |')))
    .split('\n')
    .filter((l) => /^\| (input field|argument|output)/.test(l));
  const out = new Map<string, { fields: string[]; count?: number }>();
  for (const row of rows) {
    const [kind, fields] = row
      .split('|')
      .slice(1, 3)
      .map((c) => c.trim());
    const entry = out.get(kind!) ?? { fields: [] };
    entry.fields.push(...[...fields!.matchAll(/`([\w.()]+)`/g)].map((m) => m[1]!));
    const count = /^(\d+) fields$/.exec(fields!);
    if (count) entry.count = Number(count[1]);
    out.set(kind!, entry);
  }
  return out;
}

function openReason(typeName: string, fieldName: string): string | undefined {
  let ref: TypeRef | undefined = metadata.types[typeName]?.fields.find((f) => f.name === fieldName)?.type;
  while (ref?.kind === 'list') ref = ref.of;
  return ref?.kind === 'scalar' ? ref.open : undefined;
}

describe('JSON', () => {
  const found = jsonUses();
  const docs = documented();

  test('exact counts: 0 arguments, 1 input field, 5 outputs', () => {
    expect(found.args).toEqual([]);
    expect(found.inputs).toEqual(['CryptoOnrampSessionCreateParams.kycDetails']);
    expect(found.outputs).toHaveLength(5);
  });

  test('every JSON argument, input field and output is the one docs/schema.md lists, with its reason', () => {
    expect(docs.get('argument')?.fields ?? []).toEqual(found.args);
    expect(docs.get('input field')!.fields).toEqual(found.inputs);
    expect([...found.outputs].sort()).toEqual([...docs.get('output')!.fields].sort());
    // Generated ones say why they are open: free-form maps.
    expect(found.outputs.filter((f) => !f.startsWith('StripeEvent')).map((f) => openReason(...(f.split('.') as [string, string])))).toEqual(['map', 'map']);
  });

  test('objects the SDK declares with no fields answer whether Stripe sent them', () => {
    const field = (type: string, name: string) => String((named(type) as GraphQLObjectType).getFields()[name]!.type);
    expect(field('PaymentMethod', 'affirm')).toBe('Boolean');
    expect(field('AccountSessionComponentsDocuments', 'features')).toBe('Boolean!');
    const presence = Object.values(metadata.types).flatMap((t) => t.fields.filter((f) => f.presence).map((f) => `${t.name}.${f.name}`));
    expect(presence).toHaveLength(docs.get('output (empty)')!.count!);
    expect(presence).toHaveLength(136);
  });
});

describe('typed inputs', () => {
  test('range filters are TimestampRange / LongRange with gt, gte, lt, lte', () => {
    const range = named('TimestampRange') as GraphQLInputObjectType;
    expect(Object.values(range.getFields()).map((f) => `${f.name}: ${String(f.type)}`)).toEqual([
      'gt: Timestamp',
      'gte: Timestamp',
      'lt: Timestamp',
      'lte: Timestamp',
    ]);
    expect(Object.values((named('LongRange') as GraphQLInputObjectType).getFields()).map((f) => `${f.name}: ${String(f.type)}`)).toEqual([
      'gt: Long',
      'gte: Long',
      'lt: Long',
      'lte: Long',
    ]);
    const query = schema.getQueryType()!.getFields();
    expect(String(query.accounts!.args.find((a) => a.name === 'created')!.type)).toBe('TimestampRange');
    expect(String(query.topups!.args.find((a) => a.name === 'amount')!.type)).toBe('LongRange');
    expect(String(query.financialConnectionsTransactions!.args.find((a) => a.name === 'transactedAt')!.type)).toBe('TimestampRange');
    // Every list filter Stripe takes as a number or a range is one of the two.
    const ranges = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((t) =>
        Object.values(t.getFields()).flatMap((f) =>
          f.args.filter((a) => /Range$/.test(getNamedType(a.type).name)).map((a) => `${t.name}.${f.name}(${a.name})`),
        ),
      );
    expect(ranges).toHaveLength(40); // all 40 arguments that were JSON
  });

  test('union parameters are @oneOf inputs, named after their members', () => {
    const external = named('AccountCreateExternalAccountParamsExternalAccountOneOf') as GraphQLInputObjectType;
    expect(external.isOneOf).toBe(true);
    expect(Object.values(external.getFields()).map((f) => `${f.name}: ${String(f.type)}`)).toEqual([
      'token: ID',
      'card: AccountCreateExternalAccountParamsCard',
      'bankAccount: AccountCreateExternalAccountParamsBankAccount',
      'cardToken: AccountCreateExternalAccountParamsCardToken',
    ]);
    // The member says which hash it is: Stripe's `object` is not asked for.
    expect(Object.keys((named('AccountCreateExternalAccountParamsBankAccount') as GraphQLInputObjectType).getFields())).not.toContain('object');
    const delay = named('AccountUpdateParamsSettingsPayoutsScheduleDelayDaysOneOf') as GraphQLInputObjectType;
    expect(Object.values(delay.getFields()).map((f) => `${f.name}: ${String(f.type)}`)).toEqual([
      'minimum: AccountUpdateParamsSettingsPayoutsScheduleDelayDays',
      'value: Long',
    ]);
    const oneOfs = Object.values(schema.getTypeMap())
      .filter((t) => isInputObjectType(t) && t.isOneOf)
      .map((t) => t.name);
    expect(oneOfs.sort()).toEqual([
      'AccountCreateExternalAccountParamsExternalAccountOneOf',
      'AccountCreateParamsExternalAccountOneOf',
      'AccountCreateParamsSettingsPayoutsScheduleDelayDaysOneOf',
      'AccountUpdateParamsExternalAccountOneOf',
      'AccountUpdateParamsSettingsPayoutsScheduleDelayDaysOneOf',
      'TaxRegistrationCreateParamsActiveFromOneOf',
      'TaxRegistrationUpdateParamsActiveFromOneOf',
      'TaxRegistrationUpdateParamsExpiresAtOneOf',
    ]);
  });

  test('graphql-js refuses two members of a @oneOf input in validation', async () => {
    const result = await graphql({
      schema,
      source: 'mutation { createExternalAccount(account: "acct_1", input: {externalAccount: {token: "btok_1", cardToken: {token: "tok_1"}}}) { __typename } }',
    });
    expect(result.errors?.map((e) => e.message)).toEqual([
      'OneOf Input Object "AccountCreateExternalAccountParamsExternalAccountOneOf" must specify exactly one key.',
    ]);
  });

  test('maps keyed by currency are lists of typed entries', () => {
    const field = (type: string, name: string) => String((named(type) as GraphQLObjectType).getFields()[name]!.type);
    expect(field('FinancialConnectionsAccountBalance', 'current')).toBe('[CurrencyAmount!]!');
    expect(field('TreasuryFinancialAccountBalance', 'cash')).toBe('[CurrencyAmount!]!');
    expect(field('CashBalance', 'available')).toBe('[CurrencyAmount!]');
    expect(field('Price', 'currencyOptions')).toBe('[PriceCurrencyOptionsEntry!]');
    expect(field('PriceCurrencyOptionsEntry', 'value')).toBe('PriceCurrencyOptions!');
    const keyed = Object.values(metadata.types).flatMap((t) => t.fields.filter((f) => f.keyedBy === 'currency').map((f) => `${t.name}.${f.name}`));
    expect(keyed).toHaveLength(14);
  });
});

describe('ids and names', () => {
  function typesByName(): Map<string, Map<string, string[]>> {
    const byName = new Map<string, Map<string, string[]>>();
    const note = (name: string, type: string, where: string): void => {
      const types = byName.get(name) ?? new Map<string, string[]>();
      byName.set(name, types);
      types.set(type, [...(types.get(type) ?? []), where]);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type))
        for (const f of Object.values(type.getFields())) for (const a of f.args) note(a.name, getNamedType(a.type).name, `${type.name}.${f.name}(${a.name})`);
      if (isInputObjectType(type)) for (const f of Object.values(type.getFields())) note(f.name, getNamedType(f.type).name, `${type.name}.${f.name}`);
    }
    return byName;
  }

  test('an object named by id is ID in root fields and inputs alike', () => {
    const mutation = schema.getMutationType()!.getFields();
    expect(String(mutation.createPerson!.args.find((a) => a.name === 'account')!.type)).toBe('ID!');
    expect(String((named('AccountLinkCreateParams') as GraphQLInputObjectType).getFields().account!.type)).toBe('ID!');
    expect(String((named('AccountSessionCreateParams') as GraphQLInputObjectType).getFields().account!.type)).toBe('ID!');
    expect(String((named('IssuingCardCreateParams') as GraphQLInputObjectType).getFields().cardholder!.type)).toBe('ID');
    expect(String((named('TransferCreateParams') as GraphQLInputObjectType).getFields().destination!.type)).toBe('ID!');
    expect(
      String(
        schema
          .getQueryType()!
          .getFields()
          .issuingCards!.args.find((a) => a.name === 'cardholder')!.type,
      ),
    ).toBe('ID');
    // Identity numbers and the caller's own references are not object ids.
    const individual = (named('AccountCreateParamsIndividual') as GraphQLInputObjectType).getFields();
    expect(String(individual.idNumber!.type)).toBe('String');
    expect(String((named('AccountCreateParamsCompany') as GraphQLInputObjectType).getFields().taxId!.type)).toBe('String');
    expect(String((named('IdentityVerificationSessionCreateParams') as GraphQLInputObjectType).getFields().clientReferenceId!.type)).toBe('String');
  });

  test('no name is ID in one place and String in another, but the reader choice id the caller makes up', () => {
    const mixed = [...typesByName()].filter(([, types]) => types.has('ID') && types.has('String')).map(([name, types]) => [name, types.get('String')]);
    expect(mixed).toEqual([['id', ['TerminalReaderCollectInputsParamsInputSelectionChoice.id']]]);
  });
});
