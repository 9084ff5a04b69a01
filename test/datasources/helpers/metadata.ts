/**
 * A small REST metadata fixture in the generator's shape, for data source tests until
 * `schema/generated/metadata.json` exists. Paths follow the metadata conventions.
 */
import type { EndpointMeta, ResourceMeta, RestMetadata } from '../../../src/metadata/types';

function endpoint(
  name: string,
  method: EndpointMeta['method'],
  kind: EndpointMeta['kind'],
  path: string,
  returns: string,
  extra: Partial<EndpointMeta> = {},
): EndpointMeta {
  const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const idParam = kind === 'list' || kind === 'create' || kind === 'search' ? undefined : pathParams[pathParams.length - 1];
  return {
    name,
    method,
    path,
    pathParams,
    ...(idParam ? { idParam } : {}),
    kind,
    returns: { kind: 'object', name: returns },
    ...extra,
  };
}

function resource(typeName: string, object: string, endpoints: EndpointMeta[], extra: Partial<ResourceMeta> = {}): ResourceMeta {
  return { typeName, object, domain: 'Test', seed: true, preview: false, endpoints, ...extra };
}

export const API_VERSION = '2026-10-28.endive';

export const metadata: RestMetadata = {
  apiVersion: API_VERSION,
  stripePackageVersion: '23.1.0',
  resources: {
    Account: resource(
      'Account',
      'account',
      [
        endpoint('retrieveCurrent', 'GET', 'retrieve', '/v1/account', 'Account'),
        endpoint('retrieve', 'GET', 'retrieve', '/v1/accounts/{account}', 'Account'),
        endpoint('list', 'GET', 'list', '/v1/accounts', 'Account'),
        endpoint('update', 'POST', 'update', '/v1/accounts/{account}', 'Account'),
        endpoint('reject', 'POST', 'action', '/v1/accounts/{account}/reject', 'Account'),
      ],
      { idPrefix: 'acct' },
    ),
    Person: resource(
      'Person',
      'person',
      [
        endpoint('retrievePerson', 'GET', 'retrieve', '/v1/accounts/{account}/persons/{person}', 'Person'),
        endpoint('listPersons', 'GET', 'list', '/v1/accounts/{account}/persons', 'Person', {
          graphql: { parent: 'Account', field: 'persons' },
          params: 'PagedListParams',
        }),
      ],
      { idPrefix: 'person', parent: { typeName: 'Account', pathParam: 'account' } },
    ),
    Capability: resource(
      'Capability',
      'capability',
      [
        endpoint('retrieveCapability', 'GET', 'retrieve', '/v1/accounts/{account}/capabilities/{capability}', 'Capability'),
        endpoint('listCapabilities', 'GET', 'list', '/v1/accounts/{account}/capabilities', 'Capability'),
      ],
      { parent: { typeName: 'Account', pathParam: 'account' } },
    ),
    BankAccount: resource(
      'BankAccount',
      'bank_account',
      [
        endpoint('retrieveExternalAccount', 'GET', 'retrieve', '/v1/accounts/{account}/external_accounts/{external_account}', 'BankAccount'),
        endpoint('listExternalAccounts', 'GET', 'list', '/v1/accounts/{account}/external_accounts', 'BankAccount', {
          graphql: { parent: 'Account', field: 'externalAccounts' },
          params: 'PagedListParams',
        }),
      ],
      { idPrefix: 'ba', parent: { typeName: 'Account', pathParam: 'account' } },
    ),
    Card: resource(
      'Card',
      // Left empty as the generator sometimes does; the object type's `object` is used instead.
      '',
      [
        endpoint('retrieveExternalAccount', 'GET', 'retrieve', '/v1/accounts/{account}/external_accounts/{external_account}', 'Card'),
        endpoint('listExternalAccounts', 'GET', 'list', '/v1/accounts/{account}/external_accounts', 'Card', {
          graphql: { parent: 'Account', field: 'externalAccounts' },
          params: 'PagedListParams',
        }),
      ],
      { idPrefix: 'card', parent: { typeName: 'Account', pathParam: 'account' } },
    ),
    Transfer: resource(
      'Transfer',
      'transfer',
      [endpoint('retrieve', 'GET', 'retrieve', '/v1/transfers/{transfer}', 'Transfer'), endpoint('list', 'GET', 'list', '/v1/transfers', 'Transfer')],
      { idPrefix: 'tr' },
    ),
    Customer: resource(
      'Customer',
      'customer',
      [endpoint('retrieve', 'GET', 'retrieve', '/v1/customers/{customer}', 'Customer'), endpoint('list', 'GET', 'list', '/v1/customers', 'Customer')],
      { idPrefix: 'cus' },
    ),
    PaymentIntent: resource(
      'PaymentIntent',
      'payment_intent',
      [
        endpoint('retrieve', 'GET', 'retrieve', '/v1/payment_intents/{payment_intent}', 'PaymentIntent'),
        endpoint('list', 'GET', 'list', '/v1/payment_intents', 'PaymentIntent'),
      ],
      { idPrefix: 'pi' },
    ),
    CryptoOnrampSession: resource(
      'CryptoOnrampSession',
      'crypto.onramp_session',
      [
        endpoint('retrieve', 'GET', 'retrieve', '/v1/crypto/onramp_sessions/{onramp_session}', 'CryptoOnrampSession', {
          previewVersion: 'crypto_onramp_beta=v2',
        }),
      ],
      { preview: true, seed: false, idPrefix: 'cos' },
    ),
  },
  types: {
    Card: { name: 'Card', object: 'card', domain: 'Test', fields: [] },
  },
  enums: {},
  unions: {},
  inputs: {
    // Lists that page take `limit` (as Stripe's PaginationParams); capabilities do not.
    PagedListParams: {
      name: 'PagedListParams',
      domain: 'Test',
      fields: [{ name: 'limit', stripe: 'limit', type: { kind: 'scalar', name: 'Long' }, required: false, emptyable: false }],
    },
  },
  relations: [{ parent: 'Account', field: 'transfers', child: 'Transfer', filter: 'destination' }],
};
