/**
 * A small metadata fixture for the generic engine: customers, charges, transfers and accounts
 * with persons under them. Independent of the generated metadata, so engine tests pin the
 * engine's behaviour alone.
 */

import type { EndpointMeta, FieldMeta, InputFieldMeta, ObjectTypeMeta, ResourceMeta, RestMetadata, TypeRef } from '../../src/metadata/types';

const s = (name: 'String' | 'ID' | 'Boolean' | 'Long' | 'Timestamp' | 'Metadata' | 'JSON'): TypeRef => ({ kind: 'scalar', name });
const f = (stripe: string, type: TypeRef, nullable = true, expandable = false): FieldMeta => ({
  name: stripe.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()),
  stripe,
  type,
  nullable,
  ...(expandable ? { expandable: true } : {}),
});
const obj = (name: string): TypeRef => ({ kind: 'object', name });

function type(name: string, object: string | undefined, fields: FieldMeta[]): ObjectTypeMeta {
  return { name, ...(object === undefined ? {} : { object }), domain: 'Test', fields };
}

const common = (): FieldMeta[] => [
  f('id', s('ID'), false),
  f('object', s('String'), false),
  f('created', s('Timestamp'), false),
  f('livemode', s('Boolean'), false),
  f('metadata', s('Metadata'), false),
];

function crud(collection: string, param: string, typeName: string, opts: { params?: string; listParams?: string; del?: boolean } = {}): EndpointMeta[] {
  const ret: TypeRef = obj(typeName);
  const item = `${collection}/{${param}}`;
  const out: EndpointMeta[] = [
    { name: 'list', method: 'GET', path: collection, pathParams: [], kind: 'list', returns: ret, ...(opts.listParams ? { params: opts.listParams } : {}) },
    { name: 'create', method: 'POST', path: collection, pathParams: [], kind: 'create', returns: ret, ...(opts.params ? { params: opts.params } : {}) },
    { name: 'retrieve', method: 'GET', path: item, pathParams: [param], idParam: param, kind: 'retrieve', returns: ret },
    {
      name: 'update',
      method: 'POST',
      path: item,
      pathParams: [param],
      idParam: param,
      kind: 'update',
      returns: ret,
      ...(opts.params ? { params: `${opts.params}Update` } : {}),
    },
  ];
  if (opts.del)
    out.push({ name: 'del', method: 'DELETE', path: item, pathParams: [param], idParam: param, kind: 'delete', returns: obj(`Deleted${typeName}`) });
  return out;
}

function resource(typeName: string, object: string, idPrefix: string, endpoints: EndpointMeta[], extra: Partial<ResourceMeta> = {}): ResourceMeta {
  return { typeName, object, idPrefix, domain: 'Test', seed: true, preview: false, endpoints, ...extra };
}

const input = (name: string, fields: InputFieldMeta[]) => ({ name, domain: 'Test', fields });
const p = (stripe: string, t: InputFieldMeta['type'], required = false, emptyable = false): InputFieldMeta => ({
  name: stripe,
  stripe,
  type: t,
  required,
  emptyable,
});

export function fixtureMetadata(): RestMetadata {
  const customerEndpoints = crud('/v1/customers', 'customer', 'Customer', { params: 'CustomerCreateParams', listParams: 'CustomerListParams', del: true });
  const personEndpoints: EndpointMeta[] = [
    { name: 'listPersons', method: 'GET', path: '/v1/accounts/{account}/persons', pathParams: ['account'], kind: 'list', returns: obj('Person') },
    {
      name: 'createPerson',
      method: 'POST',
      path: '/v1/accounts/{account}/persons',
      pathParams: ['account'],
      kind: 'create',
      returns: obj('Person'),
      params: 'PersonCreateParams',
    },
    {
      name: 'retrievePerson',
      method: 'GET',
      path: '/v1/accounts/{account}/persons/{person}',
      pathParams: ['account', 'person'],
      idParam: 'person',
      kind: 'retrieve',
      returns: obj('Person'),
    },
  ];
  return {
    apiVersion: '2026-10-28.endive',
    stripePackageVersion: 'fixture',
    resources: {
      Customer: resource('Customer', 'customer', 'cus', [
        ...customerEndpoints,
        {
          name: 'search',
          method: 'GET',
          path: '/v1/customers/search',
          pathParams: [],
          kind: 'search',
          returns: obj('Customer'),
          params: 'CustomerSearchParams',
        },
      ]),
      Charge: resource('Charge', 'charge', 'ch', [
        ...crud('/v1/charges', 'charge', 'Charge', { params: 'ChargeCreateParams' }),
        {
          name: 'capture',
          method: 'POST',
          path: '/v1/charges/{charge}/capture',
          pathParams: ['charge'],
          idParam: 'charge',
          kind: 'action',
          returns: obj('Charge'),
        },
      ]),
      Transfer: resource('Transfer', 'transfer', 'tr', crud('/v1/transfers', 'transfer', 'Transfer', { params: 'TransferCreateParams' })),
      Account: resource('Account', 'account', 'acct', crud('/v1/accounts', 'account', 'Account', { params: 'AccountCreateParams', del: true })),
      Person: resource('Person', 'person', 'person', personEndpoints, { parent: { typeName: 'Account', pathParam: 'account' } }),
    },
    types: {
      Customer: type('Customer', 'customer', [
        ...common(),
        f('email', s('String')),
        f('name', s('String')),
        f('balance', s('Long'), false),
        f('delinquent', s('Boolean')),
        f('address', obj('Address')),
        f('shipping', obj('Shipping'), false),
        f('last_charge', obj('Charge'), true, true),
        f('preferred_locales', { kind: 'list', of: s('String') }),
      ]),
      Address: type('Address', undefined, [f('line1', s('String')), f('city', s('String')), f('country', s('String'))]),
      Shipping: type('Shipping', undefined, [f('name', s('String')), f('address', obj('Address'), false)]),
      Charge: type('Charge', 'charge', [
        ...common(),
        f('amount', s('Long'), false),
        f('currency', s('String'), false),
        f('status', { kind: 'enum', name: 'ChargeStatus' }, false),
        f('captured', s('Boolean'), false),
        f('customer', obj('Customer'), true, true),
        f('transfer', obj('Transfer'), true, true),
        f('refunds', { kind: 'apiList', of: obj('Refund') }),
      ]),
      Refund: type('Refund', 'refund', [...common(), f('amount', s('Long'), false)]),
      Transfer: type('Transfer', 'transfer', [...common(), f('amount', s('Long'), false), f('destination', obj('Account'), true, true)]),
      Account: type('Account', 'account', [...common(), f('email', s('String')), f('type', { kind: 'enum', name: 'AccountType' }, false)]),
      DeletedAccount: {
        ...type('DeletedAccount', 'account', [f('id', s('ID'), false), f('object', s('String'), false), f('deleted', s('Boolean'), false)]),
        deleted: true,
      },
      DeletedCustomer: {
        ...type('DeletedCustomer', 'customer', [f('id', s('ID'), false), f('object', s('String'), false), f('deleted', s('Boolean'), false)]),
        deleted: true,
      },
      Person: type('Person', 'person', [...common(), f('account', s('String'), false), f('first_name', s('String'))]),
    },
    enums: {
      ChargeStatus: { name: 'ChargeStatus', values: { FAILED: 'failed', PENDING: 'pending', SUCCEEDED: 'succeeded', CAPTURED: 'captured' } },
      AccountType: { name: 'AccountType', values: { CUSTOM: 'custom', EXPRESS: 'express', STANDARD: 'standard' } },
      Locale: { name: 'Locale', values: { EN: 'en', FR: 'fr' } },
    },
    unions: {},
    inputs: {
      CustomerCreateParams: input('CustomerCreateParams', [
        p('email', { kind: 'scalar', name: 'String' }, false, true),
        p('name', { kind: 'scalar', name: 'String' }),
        p('balance', { kind: 'scalar', name: 'Long' }),
        p('address', { kind: 'input', name: 'AddressParam' }, false, true),
        p('metadata', { kind: 'scalar', name: 'Metadata' }, false, true),
        p('preferred_locales', { kind: 'list', of: { kind: 'enum', name: 'Locale' } }),
        p('delinquent', { kind: 'scalar', name: 'Boolean' }),
      ]),
      CustomerCreateParamsUpdate: input('CustomerCreateParamsUpdate', [
        p('email', { kind: 'scalar', name: 'String' }, false, true),
        p('name', { kind: 'scalar', name: 'String' }),
        p('address', { kind: 'input', name: 'AddressParam' }, false, true),
        p('metadata', { kind: 'scalar', name: 'Metadata' }, false, true),
        p('last_charge', { kind: 'scalar', name: 'String' }),
      ]),
      AddressParam: input('AddressParam', [
        p('line1', { kind: 'scalar', name: 'String' }, true),
        p('city', { kind: 'scalar', name: 'String' }),
        p('country', { kind: 'scalar', name: 'String' }),
      ]),
      CustomerListParams: input('CustomerListParams', [
        p('email', { kind: 'scalar', name: 'String' }),
        p('limit', { kind: 'scalar', name: 'Long', min: 1, max: 100 }),
        p('starting_after', { kind: 'scalar', name: 'String' }),
        p('ending_before', { kind: 'scalar', name: 'String' }),
        p('created', { kind: 'scalar', name: 'JSON' }),
      ]),
      ChargeCreateParams: input('ChargeCreateParams', [
        p('amount', { kind: 'scalar', name: 'Long' }, true),
        p('currency', { kind: 'scalar', name: 'String' }, true),
        p('customer', { kind: 'scalar', name: 'String' }),
        p('transfer', { kind: 'scalar', name: 'String' }),
      ]),
      CustomerSearchParams: input('CustomerSearchParams', [
        p('query', { kind: 'scalar', name: 'String' }, true),
        p('limit', { kind: 'scalar', name: 'Long', min: 1, max: 100 }),
        p('page', { kind: 'scalar', name: 'String' }),
      ]),
      TransferCreateParams: input('TransferCreateParams', [
        p('amount', { kind: 'scalar', name: 'Long' }),
        p('destination', { kind: 'scalar', name: 'String' }),
      ]),
      TransferCreateParamsUpdate: input('TransferCreateParamsUpdate', [p('metadata', { kind: 'scalar', name: 'Metadata' }, false, true)]),
      AccountCreateParams: input('AccountCreateParams', [p('email', { kind: 'scalar', name: 'String' }), p('type', { kind: 'enum', name: 'AccountType' })]),
      AccountCreateParamsUpdate: input('AccountCreateParamsUpdate', [
        p('email', { kind: 'scalar', name: 'String' }),
        p('metadata', { kind: 'scalar', name: 'Metadata' }, false, true),
      ]),
      PersonCreateParams: input('PersonCreateParams', [p('first_name', { kind: 'scalar', name: 'String' })]),
      ChargeCreateParamsUpdate: input('ChargeCreateParamsUpdate', [p('metadata', { kind: 'scalar', name: 'Metadata' }, false, true)]),
    },
    relations: [],
  };
}
