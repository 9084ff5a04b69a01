import {
  baseTypeName,
  operationFieldName,
  placeEndpoints,
  relationFieldName,
  renameShadowedFields,
  splitMethodName,
} from '../../scripts/generate/graph-fields';
import type { EndpointMeta, FieldMeta, ObjectTypeMeta, ResourceMeta, RestMetadata, TypeRef } from '../../src/metadata/types';

describe('splitMethodName', () => {
  it.each([
    ['create', ['create', '']],
    ['createPerson', ['create', 'Person']],
    ['del', ['delete', '']],
    ['retrieveCurrent', ['retrieve', 'Current']],
    ['createFromCalculation', ['create', 'FromCalculation']],
  ] as const)('%s -> %j', (method, expected) => {
    expect(splitMethodName(method)).toEqual(expected);
  });
});

describe('operationFieldName', () => {
  it.each([
    ['create', 'Account', 'createAccount'],
    ['update', 'Account', 'updateAccount'],
    ['createPerson', 'Person', 'createPerson'],
    ['del', 'Account', 'deleteAccount'],
    ['deletePerson', 'Person', 'deletePerson'],
    ['reject', 'Account', 'rejectAccount'],
    ['createFromCalculation', 'TaxTransaction', 'createTaxTransactionFromCalculation'],
    ['createReversal', 'TaxTransaction', 'createTaxTransactionReversal'],
    ['createRefund', 'FeeRefund', 'createFeeRefund'],
    ['updateExternalAccount', 'ExternalAccount', 'updateExternalAccount'],
    ['retrieve', 'Account', 'account'],
    ['retrieveCurrent', 'Account', 'currentAccount'],
    ['retrieveCapability', 'Capability', 'capability'],
    ['retrieve', 'FinancialConnectionsAccount', 'financialConnectionsAccount'],
  ])('%s + %s -> %s', (method, type, expected) => {
    expect(operationFieldName(method, type)).toBe(expected);
  });
});

describe('relationFieldName', () => {
  it.each([
    ['listPersons', 'Person', 'persons'],
    ['listCapabilities', 'Capability', 'capabilities'],
    ['listExternalAccounts', 'ExternalAccount', 'externalAccounts'],
    ['listRefunds', 'FeeRefund', 'refunds'],
    // A bare `list` under a parent is named after its items.
    ['list', 'Capability', 'capabilities'],
    ['list', 'TransferReversal', 'transferReversals'],
  ])('%s of %s -> %s', (method, child, expected) => {
    expect(relationFieldName(method, child)).toBe(expected);
  });
});

const type = (name: string, extra: Partial<ObjectTypeMeta> = {}): ObjectTypeMeta => ({ name, domain: 'Test', fields: [], ...extra });
const returning = (returns: TypeRef): EndpointMeta => ({ name: 'x', method: 'GET', path: '/v1/x', pathParams: [], kind: 'retrieve', returns });

describe('baseTypeName', () => {
  const metadata: Pick<RestMetadata, 'types' | 'unions'> = {
    types: {
      Account: type('Account', { object: 'account' }),
      DeletedAccount: type('DeletedAccount', { object: 'account', deleted: true }),
      TerminalReader: type('TerminalReader', { object: 'terminal.reader' }),
      DeletedTerminalReader: type('DeletedTerminalReader', { object: 'terminal.reader', deleted: true }),
      BankAccount: type('BankAccount', { object: 'bank_account' }),
      Card: type('Card', { object: 'card' }),
      DeletedBankAccount: type('DeletedBankAccount', { object: 'bank_account', deleted: true }),
      DeletedCard: type('DeletedCard', { object: 'card', deleted: true }),
    },
    unions: {
      TerminalReaderOrDeletedTerminalReader: { name: 'TerminalReaderOrDeletedTerminalReader', members: ['TerminalReader', 'DeletedTerminalReader'] },
      ExternalAccount: { name: 'ExternalAccount', members: ['BankAccount', 'Card'] },
      DeletedExternalAccount: { name: 'DeletedExternalAccount', members: ['DeletedBankAccount', 'DeletedCard'] },
    },
  };

  it.each([
    [{ kind: 'object', name: 'Account' }, 'Account'],
    [{ kind: 'object', name: 'DeletedAccount' }, 'Account'],
    [{ kind: 'union', name: 'TerminalReaderOrDeletedTerminalReader' }, 'TerminalReader'],
    [{ kind: 'union', name: 'ExternalAccount' }, 'ExternalAccount'],
    [{ kind: 'union', name: 'DeletedExternalAccount' }, 'ExternalAccount'],
    [{ kind: 'scalar', name: 'String' }, ''],
  ] as const)('%j -> %s', (returns, expected) => {
    expect(baseTypeName(returning(returns), metadata)).toBe(expected);
  });
});

describe('renameShadowedFields', () => {
  const field = (name: string, stripe: string, ref: TypeRef): FieldMeta => ({ name, stripe, type: ref, nullable: true });
  const account = (): RestMetadata => ({
    apiVersion: 'v',
    stripePackageVersion: '0',
    resources: {},
    types: {
      Account: type('Account', {
        object: 'account',
        fields: [
          field('capabilities', 'capabilities', { kind: 'object', name: 'AccountCapabilities' }),
          field('externalAccounts', 'external_accounts', { kind: 'apiList', of: { kind: 'union', name: 'ExternalAccount' } }),
          field('email', 'email', { kind: 'scalar', name: 'String' }),
        ],
      }),
    },
    enums: {},
    unions: {},
    inputs: {},
    relations: [],
  });

  it('moves a plain field shadowed by a connection to <name>Summary and keeps its Stripe name', () => {
    const metadata = account();
    renameShadowedFields(metadata, new Map([['Account', ['capabilities', 'externalAccounts', 'persons']]]));
    expect(metadata.types.Account!.fields.map((f) => [f.name, f.stripe])).toEqual([
      ['capabilitiesSummary', 'capabilities'],
      // An embedded Stripe list of the same name is the same data: it becomes the connection.
      ['externalAccounts', 'external_accounts'],
      ['email', 'email'],
    ]);
  });

  it('refuses a rename that would clash with an existing field', () => {
    const metadata = account();
    metadata.types.Account!.fields.push(field('capabilitiesSummary', 'capabilities_summary', { kind: 'scalar', name: 'JSON' }));
    expect(() => renameShadowedFields(metadata, new Map([['Account', ['capabilities']]]))).toThrow('generator: cannot rename Account.capabilities');
  });

  it('ignores parents that are not types', () => {
    const metadata = account();
    renameShadowedFields(metadata, new Map([['Nothing', ['capabilities']]]));
    expect(metadata.types.Account!.fields[0]!.name).toBe('capabilities');
  });
});

describe('placeEndpoints', () => {
  const endpoint = (e: Partial<EndpointMeta> & Pick<EndpointMeta, 'name' | 'method' | 'path' | 'kind'>): EndpointMeta => ({
    pathParams: [],
    returns: { kind: 'object', name: 'Thing' },
    ...e,
  });
  const resource = (typeName: string, endpoints: EndpointMeta[], extra: Partial<ResourceMeta> = {}): ResourceMeta => ({
    typeName,
    object: typeName.toLowerCase(),
    domain: 'Test',
    seed: true,
    preview: false,
    endpoints,
    ...extra,
  });
  const fixture = (): RestMetadata => ({
    apiVersion: 'v',
    stripePackageVersion: '0',
    resources: {
      Thing: resource('Thing', [
        endpoint({ name: 'retrieve', method: 'GET', path: '/v1/things/{thing}', pathParams: ['thing'], idParam: 'thing', kind: 'retrieve' }),
        endpoint({ name: 'list', method: 'GET', path: '/v1/things', kind: 'list', params: 'ThingListParams' }),
        endpoint({ name: 'search', method: 'GET', path: '/v1/things/search', kind: 'search' }),
        endpoint({ name: 'create', method: 'POST', path: '/v1/things', kind: 'create' }),
        endpoint({
          name: 'del',
          method: 'DELETE',
          path: '/v1/things/{thing}',
          pathParams: ['thing'],
          idParam: 'thing',
          kind: 'delete',
          returns: { kind: 'object', name: 'DeletedThing' },
        }),
        endpoint({ name: 'cancel', method: 'POST', path: '/v1/things/{thing}/cancel', pathParams: ['thing'], idParam: 'thing', kind: 'action' }),
      ]),
      Part: resource(
        'Part',
        [
          endpoint({
            name: 'listParts',
            method: 'GET',
            path: '/v1/things/{thing}/parts',
            pathParams: ['thing'],
            kind: 'list',
            returns: { kind: 'object', name: 'Part' },
          }),
          endpoint({
            name: 'createPart',
            method: 'POST',
            path: '/v1/things/{thing}/parts',
            pathParams: ['thing'],
            kind: 'create',
            returns: { kind: 'object', name: 'Part' },
          }),
        ],
        { parent: { typeName: 'Thing', pathParam: 'thing' } },
      ),
      Other: resource(
        'Other',
        [
          endpoint({
            name: 'retrieve',
            method: 'GET',
            path: '/v1/others/{other}',
            pathParams: ['other'],
            idParam: 'other',
            kind: 'retrieve',
            returns: { kind: 'object', name: 'Other' },
          }),
        ],
        {
          seed: false,
        },
      ),
    },
    types: {
      Thing: type('Thing', { object: 'thing' }),
      DeletedThing: type('DeletedThing', { object: 'thing', deleted: true }),
      Part: type('Part', { object: 'part' }),
      Other: type('Other', { object: 'other' }),
    },
    enums: {},
    unions: {},
    inputs: {
      ThingListParams: {
        name: 'ThingListParams',
        domain: 'Test',
        fields: [{ name: 'owner', stripe: 'owner', type: { kind: 'scalar', name: 'String' }, required: false, emptyable: false }],
      },
    },
    relations: [],
  });

  it('places roots, mutations and nested lists; leaves non-seed resources unexposed', () => {
    const metadata = fixture();
    placeEndpoints(metadata, []);
    const placed = Object.values(metadata.resources).flatMap((r) => r.endpoints.map((e) => [r.typeName, e.name, e.graphql]));
    expect(placed).toEqual([
      ['Thing', 'retrieve', { parent: 'Query', field: 'thing' }],
      ['Thing', 'list', { parent: 'Query', field: 'things' }],
      ['Thing', 'search', { parent: 'Query', field: 'searchThings' }],
      ['Thing', 'create', { parent: 'Mutation', field: 'createThing' }],
      ['Thing', 'del', { parent: 'Mutation', field: 'deleteThing' }],
      ['Thing', 'cancel', { parent: 'Mutation', field: 'cancelThing' }],
      ['Part', 'listParts', { parent: 'Thing', field: 'parts' }],
      ['Part', 'createPart', { parent: 'Mutation', field: 'createPart' }],
      ['Other', 'retrieve', undefined],
    ]);
  });

  it('throws when two endpoints want one field', () => {
    const metadata = fixture();
    metadata.resources.Thing!.endpoints.push(endpoint({ name: 'retrieve', method: 'GET', path: '/v1/thing', kind: 'retrieve' }));
    expect(() => placeEndpoints(metadata, [])).toThrow('generator: Query.thing would expose both GET /v1/things/{thing} and GET /v1/thing (Thing)');
  });

  it('checks filter relations against the child list parameters', () => {
    expect(() => placeEndpoints(fixture(), [{ parent: 'Other', field: 'things', child: 'Thing', filter: 'owner' }])).not.toThrow();
    expect(() => placeEndpoints(fixture(), [{ parent: 'Other', field: 'things', child: 'Thing', filter: 'maker' }])).toThrow(
      'generator: relation Other.things: Thing lists cannot filter by maker',
    );
    expect(() => placeEndpoints(fixture(), [{ parent: 'Other', field: 'parts', child: 'Part', filter: 'thing' }])).toThrow(
      'generator: relation Other.parts: Part has no top-level list',
    );
    expect(() => placeEndpoints(fixture(), [{ parent: 'Nope', field: 'things', child: 'Thing', filter: 'owner' }])).toThrow(
      'generator: relation parent Nope is not a type',
    );
  });
});
