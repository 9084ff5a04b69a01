import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { idParamOf, integerRange, normalisePath, operationKind, parseEndpointTag, readJsPaths } from '../../scripts/generate/read-declarations';
import type { EndpointMeta } from '../../src/metadata/types';

describe('normalisePath', () => {
  it.each([
    ['/v1/accounts/{id}', '/v1/accounts/{account}', ['account']],
    ['/v1/accounts/{accountId}/persons/{id}', '/v1/accounts/{account}/persons/{person}', ['account', 'person']],
    ['/v1/accounts/{id}/reject', '/v1/accounts/{account}/reject', ['account']],
    ['/v1/accounts/{accountId}/capabilities/{id}', '/v1/accounts/{account}/capabilities/{capability}', ['account', 'capability']],
    ['/v1/accounts/{accountId}/external_accounts/{id}', '/v1/accounts/{account}/external_accounts/{external_account}', ['account', 'external_account']],
    ['/v1/application_fees/{feeId}/refunds/{id}', '/v1/application_fees/{application_fee}/refunds/{refund}', ['application_fee', 'refund']],
    ['/v1/financial_connections/accounts/{account}/refresh', '/v1/financial_connections/accounts/{account}/refresh', ['account']],
    ['/v1/account', '/v1/account', []],
    // Two params after collections of the same name stay distinct.
    ['/v1/things/{a}/things/{b}', '/v1/things/{thing}/things/{thing2}', ['thing', 'thing2']],
  ])('%s -> %s', (raw, expectedPath, expectedParams) => {
    expect(normalisePath(raw)).toEqual({ path: expectedPath, params: expectedParams });
  });
});

describe('operationKind', () => {
  const op = (name: string, method: EndpointMeta['method'], methodType?: string, returnsList = false): Parameters<typeof operationKind>[0] => ({
    name,
    http: { method, path: '/v1/x', ...(methodType ? { methodType } : {}) },
    returnsList,
  });

  it.each([
    [op('del', 'DELETE'), 'delete'],
    [op('deletePerson', 'DELETE'), 'delete'],
    [op('retrieve', 'GET'), 'retrieve'],
    [op('retrieveCurrent', 'GET'), 'retrieve'],
    [op('list', 'GET', 'list'), 'list'],
    [op('listPersons', 'GET', undefined, true), 'list'],
    [op('search', 'GET', 'search'), 'search'],
    [op('find', 'GET'), 'action'],
    [op('preview', 'GET'), 'action'],
    [op('create', 'POST'), 'create'],
    [op('createFromCalculation', 'POST'), 'create'],
    [op('update', 'POST'), 'update'],
    [op('updateCapability', 'POST'), 'update'],
    [op('reject', 'POST'), 'action'],
    [op('cancel', 'POST'), 'action'],
  ] as const)('%j -> %s', (method, expected) => {
    expect(operationKind(method)).toBe(expected);
  });
});

describe('idParamOf', () => {
  it.each([
    ['retrieve', '/v1/accounts/{account}', ['account'], 'account'],
    ['update', '/v1/accounts/{account}', ['account'], 'account'],
    ['delete', '/v1/accounts/{account}/persons/{person}', ['account', 'person'], 'person'],
    ['update', '/v1/accounts/{account}/persons/{person}', ['account', 'person'], 'person'],
    // An action names its target before the verb segment.
    ['action', '/v1/accounts/{account}/reject', ['account'], 'account'],
    // Lists and creates under a parent: the param names the parent, not the target.
    ['list', '/v1/accounts/{account}/persons', ['account'], undefined],
    ['create', '/v1/accounts/{account}/persons', ['account'], undefined],
    ['search', '/v1/things/{thing}/search', ['thing'], undefined],
    // Singletons have no id.
    ['retrieve', '/v1/account', [], undefined],
    ['update', '/v1/tax/settings', [], undefined],
    // A GET below an object that is not an action does not act on that object.
    ['retrieve', '/v1/accounts/{account}/summary', ['account'], undefined],
  ] as const)('%s %s -> %s', (kind, template, params, expected) => {
    expect(idParamOf(kind, template, [...params])).toBe(expected);
  });
});

describe('parseEndpointTag', () => {
  it('reads the method and path', () => {
    expect(parseEndpointTag('POST /v1/crypto/onramp_sessions', 'create', 'f.d.ts')).toEqual({
      method: 'POST',
      path: '/v1/crypto/onramp_sessions',
    });
  });

  it('reads a trailing list or search marker as the method type', () => {
    expect(parseEndpointTag(' GET /v1/crypto/onramp_sessions list ', 'list', 'f.d.ts')).toEqual({
      method: 'GET',
      path: '/v1/crypto/onramp_sessions',
      methodType: 'list',
    });
    expect(parseEndpointTag('GET /v1/things/search search', 'search', 'f.d.ts')).toEqual({
      method: 'GET',
      path: '/v1/things/search',
      methodType: 'search',
    });
  });

  it('reads a DELETE with a templated path', () => {
    expect(parseEndpointTag('DELETE /v1/things/{id}', 'del', 'f.d.ts')).toEqual({ method: 'DELETE', path: '/v1/things/{id}' });
  });

  it('rejects a missing tag, naming the file and method', () => {
    expect(() => parseEndpointTag(undefined, 'create', 'Things.d.ts')).toThrow('generator: Things.d.ts: create needs an @endpoint tag');
  });

  it('rejects a method the gateway does not speak', () => {
    expect(() => parseEndpointTag('PATCH /v1/things', 'update', 'Things.d.ts')).toThrow('generator: Things.d.ts: update needs an @endpoint tag');
    expect(() => parseEndpointTag('GET', 'list', 'Things.d.ts')).toThrow('needs an @endpoint tag');
  });
});

describe('readJsPaths', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-js-paths-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // Written in the shape of the stripe package's compiled resource files (cjs/resources/*.js).
  const SOURCE = `"use strict";
class ThingResource extends StripeResource_js_1.StripeResource {
    /**
     * Deletes a thing.
     */
    del(id, params, options) {
        return this._makeRequest('DELETE', \`/v1/things/\${encodeURIComponent(id)}\`, params, options);
    }
    retrieve(id, params, options) {
        if (typeof id === 'string') {
            return this._makeRequest('GET', \`/v1/things/\${encodeURIComponent(id)}\`, params, options);
        }
        else {
            return this._makeRequest('GET', '/v1/thing', params, options);
        }
    }
    list(params, options) {
        return this._makeRequest('GET', '/v1/things', params, options, {
            methodType: 'list',
        });
    }
    listParts(thingId, params, options) {
        return this._makeRequest('GET', \`/v1/things/\${encodeURIComponent(thingId)}/parts\`, params, options, {
            methodType: 'list',
        });
    }
    updatePart(thingId, id, params, options) {
        return this._makeRequest('POST', \`/v1/things/\${encodeURIComponent(thingId)}/parts/\${encodeURIComponent(id)}\`, params, options);
    }
    helper(x) {
        return x + 1;
    }
}
exports.ThingResource = ThingResource;
`;

  it('maps each method to the first request its body makes', () => {
    const file = path.join(dir, 'Things.js');
    fs.writeFileSync(file, SOURCE);
    const paths = readJsPaths(file);
    expect([...paths.entries()]).toEqual([
      ['del', { method: 'DELETE', path: '/v1/things/{id}' }],
      ['retrieve', { method: 'GET', path: '/v1/things/{id}' }],
      ['list', { method: 'GET', path: '/v1/things', methodType: 'list' }],
      ['listParts', { method: 'GET', path: '/v1/things/{thingId}/parts', methodType: 'list' }],
      ['updatePart', { method: 'POST', path: '/v1/things/{thingId}/parts/{id}' }],
    ]);
  });

  it('reads the real Accounts resource of the pinned stripe package', () => {
    const paths = readJsPaths(path.join(__dirname, '..', '..', 'node_modules', 'stripe', 'cjs', 'resources', 'Accounts.js'));
    expect(paths.get('retrieveCurrent')).toEqual({ method: 'GET', path: '/v1/account' });
    expect(paths.get('listPersons')).toEqual({ method: 'GET', path: '/v1/accounts/{id}/persons', methodType: 'list' });
    expect(paths.get('deleteExternalAccount')).toEqual({ method: 'DELETE', path: '/v1/accounts/{accountId}/external_accounts/{id}' });
    expect(paths.get('reject')).toEqual({ method: 'POST', path: '/v1/accounts/{id}/reject' });
  });
});

describe('integerRange', () => {
  it.each([
    ['The day of birth, between 1 and 31.', { min: 1, max: 31 }],
    ['A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.', { min: 1, max: 100 }],
    ['The month of birth, between 1 and 12.', { min: 1, max: 12 }],
    ['The four-digit year of birth.', {}],
    ['Nonsense, between 9 and 3.', {}],
  ])('%s', (doc, expected) => {
    expect(integerRange(doc)).toEqual(expected);
  });
});
