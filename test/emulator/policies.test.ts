/** The emulator's pure policies, each with exact expected outputs. */

import { checkKey, fingerprint, keyFromHeader } from '../../src/emulator/auth';
import { actionName, statusAfterAction } from '../../src/emulator/engine';
import { readExpand } from '../../src/emulator/expand';
import { decideFault, faultConfigProblem } from '../../src/emulator/faults';
import { decodeForm, encodeForm } from '../../src/emulator/form';
import { portFromEnv } from '../../src/emulator/main';
import { Model } from '../../src/emulator/model';
import { inCreatedRange, paginate, readCreatedFilter, readPageRequest } from '../../src/emulator/pagination';
import { coerceParams } from '../../src/emulator/params';
import { RequestLog, type RequestLogEntry } from '../../src/emulator/log';
import { Router } from '../../src/emulator/router';
import { Store } from '../../src/emulator/store';
import { EmulatorError } from '../../src/emulator/errors';
import { fixtureMetadata } from './fixture';

function errorOf(fn: () => unknown): { status: number; param?: string; message: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof EmulatorError) return { status: err.status, ...(err.param === undefined ? {} : { param: err.param }), message: err.message };
    throw err;
  }
  throw new Error('expected an EmulatorError');
}

describe('form decoding', () => {
  test('bracket nesting, indexed and appended lists, plus-encoded spaces', () => {
    expect(decodeForm('a[b][c]=1&a[b][d]=x+y&list[]=p&list[]=q&items[1][price]=b&items[0][price]=a&empty=')).toEqual({
      a: { b: { c: '1', d: 'x y' } },
      list: ['p', 'q'],
      items: [{ price: 'a' }, { price: 'b' }],
      empty: '',
    });
  });

  test('appended hashes fill the last element until a key repeats', () => {
    expect(decodeForm('l[][a]=1&l[][b]=2&l[][a]=3')).toEqual({ l: [{ a: '1', b: '2' }, { a: '3' }] });
  });

  test('conflicts, bad names and bad escapes are 400s naming the param', () => {
    expect(errorOf(() => decodeForm('a=1&a[b]=2'))).toMatchObject({ status: 400, param: 'a[b]' });
    expect(errorOf(() => decodeForm('a[b=1'))).toMatchObject({ status: 400, param: 'a[b', message: 'Invalid parameter name: a[b' });
    expect(errorOf(() => decodeForm('a=%E0%A4%A'))).toMatchObject({ status: 400, param: 'a' });
    expect(errorOf(() => decodeForm('__proto__[x]=1'))).toMatchObject({ status: 400 });
  });

  test('encodeForm round-trips through decodeForm', () => {
    const value = { a: { b: ['x', 'y'] }, n: 3, t: true };
    expect(encodeForm(value)).toBe('a%5Bb%5D%5B0%5D=x&a%5Bb%5D%5B1%5D=y&n=3&t=true');
    expect(decodeForm(encodeForm(value))).toEqual({ a: { b: ['x', 'y'] }, n: '3', t: 'true' });
  });
});

describe('pagination and created filters', () => {
  const items = ['e', 'd', 'c', 'b', 'a'];
  const page = (q: Record<string, string>) => paginate(items, (x) => x, readPageRequest(q), 'thing');

  test('pages', () => {
    expect(page({})).toEqual({ data: items, hasMore: false });
    expect(page({ limit: '2' })).toEqual({ data: ['e', 'd'], hasMore: true });
    expect(page({ limit: '2', starting_after: 'd' })).toEqual({ data: ['c', 'b'], hasMore: true });
    expect(page({ limit: '2', ending_before: 'b' })).toEqual({ data: ['d', 'c'], hasMore: true });
    expect(page({ limit: '5', ending_before: 'b' })).toEqual({ data: ['e', 'd', 'c'], hasMore: false });
  });

  test('bad paging params', () => {
    expect(errorOf(() => readPageRequest({ limit: '0' }))).toMatchObject({ status: 400, param: 'limit' });
    expect(errorOf(() => readPageRequest({ limit: '1.5' }))).toMatchObject({ status: 400, param: 'limit', message: 'Invalid integer: 1.5' });
    expect(errorOf(() => readPageRequest({ starting_after: 'a', ending_before: 'b' }))).toMatchObject({ status: 400, param: 'ending_before' });
    expect(errorOf(() => page({ starting_after: 'z' }))).toEqual({ status: 404, param: 'starting_after', message: "No such thing: 'z'" });
  });

  test('created: exact or a range', () => {
    expect(readCreatedFilter('100')).toEqual({ gte: 100, lte: 100 });
    const range = readCreatedFilter({ gt: '10', lte: '20' })!;
    expect([10, 11, 20, 21].map((c) => inCreatedRange(c, range))).toEqual([false, true, true, false]);
    expect(readCreatedFilter(undefined)).toBeUndefined();
    expect(errorOf(() => readCreatedFilter({ after: '1' }))).toMatchObject({ param: 'created[after]' });
  });
});

describe('faults', () => {
  test('stacked shares: drop, then 429, then 500', () => {
    const cfg = { dropRate: 0.1, rate429: 0.2, rate500: 0.3 };
    expect([0.05, 0.15, 0.35, 0.65].map((draw) => decideFault(cfg, '/v1/x', draw, 0))).toEqual([
      { kind: 'drop' },
      { kind: 'error', status: 429 },
      { kind: 'error', status: 500 },
      { kind: 'none' },
    ]);
  });

  test('count and paths limit where faults land', () => {
    expect(decideFault({ rate500: 1, count: 2 }, '/v1/x', 0, 2)).toEqual({ kind: 'none' });
    expect(decideFault({ rate500: 1, paths: ['/v1/accounts'] }, '/v1/customers', 0, 0)).toEqual({ kind: 'none' });
    expect(decideFault({ rate500: 1, paths: ['/v1/accounts'] }, '/v1/accounts/acct_1', 0, 0)).toEqual({ kind: 'error', status: 500 });
  });

  test('config checks', () => {
    expect(faultConfigProblem({ rate429: 0.5 })).toBeNull();
    expect(faultConfigProblem({ latency: 5 })).toBe('unknown fault setting: latency');
    expect(faultConfigProblem({ latencyMs: -1 })).toBe('latencyMs must be a non-negative integer');
    expect(faultConfigProblem({ shouldRetry: 'yes' })).toBe('shouldRetry must be a boolean');
    expect(faultConfigProblem([])).toBe('faults must be an object');
  });
});

describe('actions, routes and expansion paths', () => {
  test('action names and the status they leave', () => {
    expect(actionName('/v1/accounts/{account}/reject')).toBe('reject');
    expect(actionName('/v1/tax/transactions/create_from_calculation')).toBe('create_from_calculation');
    expect(statusAfterAction('cancel', ['open', 'canceled'])).toBe('canceled');
    expect(statusAfterAction('close', ['open', 'closed'])).toBe('closed');
    expect(statusAfterAction('submit', ['submitted'])).toBe('submitted');
    expect(statusAfterAction('approve', ['pending', 'closed'])).toBeUndefined();
  });

  test('literal segments beat params; methods must match', () => {
    const router = new Router(fixtureMetadata());
    expect(router.match('GET', '/v1/customers/search')?.route.endpoint.kind).toBe('search');
    expect(router.match('GET', '/v1/customers/cus_1')).toMatchObject({ pathValues: { customer: 'cus_1' } });
    expect(router.match('GET', '/v1/accounts/acct_1/persons/person_2')?.pathValues).toEqual({ account: 'acct_1', person: 'person_2' });
    expect(router.match('PUT', '/v1/customers')).toBeNull();
    expect(router.match('GET', '/v1/customers/%E0%A4%A')).toBeNull();
  });

  test('expand paths: lists need data., at most four levels', () => {
    expect(readExpand(['a.b', 'c'], false)).toEqual([['a', 'b'], ['c']]);
    expect(readExpand(['data.a'], true)).toEqual([['a']]);
    expect(errorOf(() => readExpand('data.a', true))).toEqual({ status: 400, param: 'expand', message: 'Invalid array' });
    expect(errorOf(() => readExpand(['a'], true))).toEqual({
      status: 400,
      param: 'expand',
      message: "This property cannot be expanded (a). You may want to try expanding 'data.a' instead.",
    });
    expect(errorOf(() => readExpand(['a.b.c.d.e'], false)).message).toBe('You cannot expand more than 4 levels of a property. Property: a.b.c.d.e');
    expect(errorOf(() => readExpand(['a..b'], false))).toMatchObject({ param: 'expand' });
  });
});

describe('objects and params', () => {
  const meta = fixtureMetadata();
  const model = new Model(meta);

  test('materialize: nulls, nested non-nullable objects, lists, embedded lists', () => {
    expect(model.materialize('Charge', { id: 'ch_1', created: 5, listUrl: (f) => `/v1/charges/ch_1/${f}` })).toEqual({
      id: 'ch_1',
      object: 'charge',
      created: 5,
      livemode: false,
      metadata: {},
      amount: 0,
      currency: 'usd',
      status: 'failed',
      captured: false,
      customer: null,
      transfer: null,
      refunds: { object: 'list', data: [], has_more: false, url: '/v1/charges/ch_1/refunds' },
    });
  });

  test('coerceParams types values and names nested params', () => {
    const ok = coerceParams(
      meta,
      'CustomerCreateParams',
      { balance: '-5', delinquent: 'false', email: '', address: { line1: 'x' }, expand: ['a'] },
      { checkRequired: true },
    );
    expect(ok).toEqual({ balance: -5, delinquent: false, email: null, address: { line1: 'x' }, expand: ['a'] });
    expect(errorOf(() => coerceParams(meta, 'CustomerCreateParams', { delinquent: 'yes' }, { checkRequired: true }))).toMatchObject({
      param: 'delinquent',
      message: 'Invalid boolean: yes',
    });
    expect(errorOf(() => coerceParams(meta, 'CustomerCreateParams', { address: 'x' }, { checkRequired: true }))).toMatchObject({ param: 'address' });
    expect(errorOf(() => coerceParams(meta, 'CustomerCreateParams', { metadata: { a: { b: '1' } } }, { checkRequired: true }))).toMatchObject({
      param: 'metadata[a]',
    });
    // An endpoint without an input type takes nothing but `expand`.
    expect(errorOf(() => coerceParams(meta, undefined, { anything: 'goes' }, { checkRequired: true }))).toEqual({
      status: 400,
      param: 'anything',
      message: 'Received unknown parameter: anything',
    });
    expect(coerceParams(meta, undefined, { expand: ['a'] }, { checkRequired: true })).toEqual({ expand: ['a'] });
  });

  test('ids are deterministic per seed and never repeat', () => {
    const a = new Store('s');
    const b = new Store('s');
    const idsA = [a.newId('cus'), a.newId('cus'), a.newId('ch')];
    expect([b.newId('cus'), b.newId('cus'), b.newId('ch')]).toEqual(idsA);
    expect(new Set(idsA).size).toBe(3);
    expect(idsA[0]).toMatch(/^cus_1[0-9A-Za-z]{9}1$/);
    expect(new Store('other').newId('cus')).not.toBe(idsA[0]);
  });
});

describe('keys and ports', () => {
  test('keys from Bearer or Basic auth; only test keys pass; fingerprints hide keys', () => {
    expect(keyFromHeader('Bearer sk_test_1')).toBe('sk_test_1');
    expect(keyFromHeader(`Basic ${Buffer.from('sk_test_2:').toString('base64')}`)).toBe('sk_test_2');
    expect(keyFromHeader('Token x')).toBeUndefined();
    expect(checkKey('Bearer rk_test_abc')).toEqual({ ok: true, fingerprint: fingerprint('rk_test_abc') });
    expect(checkKey('Bearer pk_test_abc').ok).toBe(false);
    expect(fingerprint('sk_test_1')).toMatch(/^key_[0-9a-f]{16}$/);
    expect(fingerprint('sk_test_1')).not.toContain('sk_test');
  });

  test('EMULATOR_PORT', () => {
    expect(portFromEnv(undefined)).toBe(12111);
    expect(portFromEnv('8080')).toBe(8080);
    expect(() => portFromEnv('eighty')).toThrow('EMULATOR_PORT must be a port number (0-65535), got "eighty"');
    expect(() => portFromEnv('70000')).toThrow();
  });
});

describe('request log', () => {
  test('keeps the newest entries but counts every request', () => {
    const log = new RequestLog(2);
    const entry = (path: string): RequestLogEntry => ({
      time: 0,
      method: 'GET',
      path,
      query: '',
      route: null,
      stripeAccount: null,
      apiKey: null,
      status: 200,
      requestId: 'req_1',
      fault: null,
      idempotentReplay: false,
      error: null,
      refusedParams: false,
    });
    for (const path of ['/a', '/b', '/a']) log.add(entry(path));
    expect(log.list().map((e) => e.path)).toEqual(['/b', '/a']);
    expect(log.counts()).toEqual({ 'GET /a': 2, 'GET /b': 1 });
    log.reset();
    expect([log.list(), log.counts()]).toEqual([[], {}]);
  });
});
