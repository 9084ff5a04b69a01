/**
 * The generic engine over real HTTP, against a small metadata fixture: shapes, encoding,
 * errors, pagination, filters, expansion, idempotency, Connect scoping, key isolation,
 * faults and the control API.
 */

import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { fingerprint } from '../../src/emulator/auth';
import { fixtureMetadata } from './fixture';
import { call } from './helpers';

let emu: RunningEmulator;
const api = (method: string, path: string, options = {}) => call(emu.url, method, path, options);

beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: false, metadata: fixtureMetadata() });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => {
  emu.control.reset();
  emu.control.resetLog();
  emu.control.setFaults({});
});

describe('authentication', () => {
  test('no key: 401 in Stripe error shape', async () => {
    const r = await api('GET', '/v1/customers', { key: null });
    expect(r.status).toBe(401);
    expect(r.body).toEqual({
      error: {
        type: 'invalid_request_error',
        message:
          "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      },
    });
  });

  test('a live or malformed key: 401 that never echoes the key', async () => {
    const r = await api('GET', '/v1/customers', { key: 'sk_live_secretvalue123' });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('api_key_invalid');
    expect(JSON.stringify(r.body)).not.toContain('secretvalue123');
    expect(JSON.stringify(emu.control.requestLog())).not.toContain('secretvalue123');
  });

  test('basic auth with the key as user works like curl -u', async () => {
    const basic = Buffer.from('sk_test_alpha:').toString('base64');
    const r = await call(emu.url, 'GET', '/v1/customers', { key: null, headers: { Authorization: `Basic ${basic}` } });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ object: 'list', data: [], has_more: false, url: '/v1/customers' });
  });
});

describe('objects and encoding', () => {
  test('create: every field present, nested objects by nullability, params merged', async () => {
    const r = await api('POST', '/v1/customers', {
      form: 'email=jenny%40example.com&name=Jenny+Rosen&balance=-150&address[line1]=1+Main&address[city]=Paris&metadata[plan]=pro&preferred_locales[]=fr&preferred_locales[]=en&delinquent=true',
    });
    expect(r.status).toBe(200);
    const { id, created, ...rest } = r.body;
    expect(id).toMatch(/^cus_1[0-9A-Za-z]{9,}$/);
    expect(typeof created).toBe('number');
    expect(rest).toEqual({
      object: 'customer',
      livemode: false,
      metadata: { plan: 'pro' },
      email: 'jenny@example.com',
      name: 'Jenny Rosen',
      balance: -150,
      delinquent: true,
      address: { line1: '1 Main', city: 'Paris', country: null },
      shipping: { name: null, address: { line1: null, city: null, country: null } },
      last_charge: null,
      preferred_locales: ['fr', 'en'],
    });
    const again = await api('GET', `/v1/customers/${id}`);
    expect(again.body).toEqual(r.body);
  });

  test('update merges metadata key by key; an empty value unsets', async () => {
    const c = await api('POST', '/v1/customers', { form: 'email=a%40b.c&metadata[a]=1&metadata[b]=2' });
    const u = await api('POST', `/v1/customers/${c.body.id}`, { form: 'email=&metadata[a]=&metadata[c]=3' });
    expect(u.status).toBe(200);
    expect(u.body.email).toBeNull();
    expect(u.body.metadata).toEqual({ b: '2', c: '3' });
  });

  test('400 with param for unknown, missing nested, and badly typed params', async () => {
    const unknown = await api('POST', '/v1/customers', { form: 'nickname=x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toEqual({
      type: 'invalid_request_error',
      code: 'parameter_unknown',
      doc_url: 'https://stripe.com/docs/error-codes/parameter-unknown',
      message: 'Received unknown parameter: nickname',
      param: 'nickname',
    });
    const nested = await api('POST', '/v1/customers', { form: 'address[city]=Paris' });
    expect([nested.status, nested.body.error.param, nested.body.error.message]).toEqual([400, 'address[line1]', 'Missing required param: address[line1].']);
    const integer = await api('POST', '/v1/customers', { form: 'balance=ten' });
    expect([integer.status, integer.body.error.param, integer.body.error.message]).toEqual([400, 'balance', 'Invalid integer: ten']);
    const enumList = await api('POST', '/v1/customers', { form: 'preferred_locales[0]=xx' });
    expect([enumList.status, enumList.body.error.param]).toEqual([400, 'preferred_locales[0]']);
    const missing = await api('POST', '/v1/charges', { form: 'currency=usd' });
    expect([missing.status, missing.body.error.code, missing.body.error.param]).toEqual([400, 'parameter_missing', 'amount']);
    const mixed = await api('POST', '/v1/customers', { form: 'name=a&name[x]=b' });
    expect([mixed.status, mixed.body.error.param]).toEqual([400, 'name[x]']);
  });

  test('JSON bodies are refused with a clear 400', async () => {
    const r = await api('POST', '/v1/customers', { json: { email: 'x@y.z' } });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/form-encoded/);
  });

  test('404 resource_missing and unrecognized URLs', async () => {
    const r = await api('GET', '/v1/customers/cus_nope');
    expect(r.status).toBe(404);
    expect(r.body.error).toEqual({
      type: 'invalid_request_error',
      code: 'resource_missing',
      doc_url: 'https://stripe.com/docs/error-codes/resource-missing',
      message: "No such customer: 'cus_nope'",
      param: 'id',
    });
    const u = await api('GET', '/v1/nothing_here');
    expect(u.status).toBe(404);
    expect(u.body.error.message).toBe('Unrecognized request URL (GET: /v1/nothing_here). The emulator serves the endpoints in its metadata.');
  });

  test('delete answers {id, object, deleted} and the object is gone', async () => {
    const c = await api('POST', '/v1/customers', { form: 'name=x' });
    const d = await api('DELETE', `/v1/customers/${c.body.id}`);
    expect(d.body).toEqual({ id: c.body.id, object: 'customer', deleted: true });
    expect((await api('GET', `/v1/customers/${c.body.id}`)).status).toBe(404);
  });

  test('a generic action moves status to its past tense when the enum has it', async () => {
    const ch = await api('POST', '/v1/charges', { form: 'amount=500&currency=usd' });
    expect(ch.body.status).toBe('failed');
    const cap = await api('POST', `/v1/charges/${ch.body.id}/capture`);
    expect(cap.body.status).toBe('captured');
  });

  test('every response has a distinct Request-Id', async () => {
    const a = await api('GET', '/v1/customers');
    const b = await api('GET', '/v1/customers', { key: null });
    expect(a.headers.get('request-id')).toMatch(/^req_[0-9A-Za-z]{14}$/);
    expect(b.headers.get('request-id')).toMatch(/^req_/);
    expect(a.headers.get('request-id')).not.toBe(b.headers.get('request-id'));
  });
});

describe('lists', () => {
  async function fiveCustomers(): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await api('POST', '/v1/customers', { form: `name=c${i}&email=c${i % 2}%40x.io` })).body.id);
    return ids.reverse(); // newest first, as lists answer
  }

  test('limit, starting_after, ending_before and has_more', async () => {
    const ids = await fiveCustomers();
    const first = await api('GET', '/v1/customers?limit=2');
    expect(first.body.data.map((c: { id: string }) => c.id)).toEqual(ids.slice(0, 2));
    expect(first.body.has_more).toBe(true);
    const next = await api('GET', `/v1/customers?limit=2&starting_after=${ids[1]}`);
    expect(next.body.data.map((c: { id: string }) => c.id)).toEqual(ids.slice(2, 4));
    const last = await api('GET', `/v1/customers?limit=2&starting_after=${ids[3]}`);
    expect([last.body.data.map((c: { id: string }) => c.id), last.body.has_more]).toEqual([ids.slice(4), false]);
    const back = await api('GET', `/v1/customers?limit=2&ending_before=${ids[4]}`);
    expect([back.body.data.map((c: { id: string }) => c.id), back.body.has_more]).toEqual([ids.slice(2, 4), true]);
  });

  test('bad paging params are 400/404 with the param named', async () => {
    expect((await api('GET', '/v1/customers?limit=0')).body.error.param).toBe('limit');
    expect((await api('GET', '/v1/customers?limit=101')).status).toBe(400);
    const cursor = await api('GET', '/v1/customers?starting_after=cus_gone');
    expect([cursor.status, cursor.body.error.param, cursor.body.error.code]).toEqual([404, 'starting_after', 'resource_missing']);
  });

  test('created ranges and field filters', async () => {
    const ids = await fiveCustomers();
    const now = Math.floor(Date.now() / 1000);
    expect((await api('GET', `/v1/customers?created[gt]=${now + 1000}`)).body.data).toEqual([]);
    expect((await api('GET', `/v1/customers?created[lte]=${now + 1000}&limit=100`)).body.data).toHaveLength(5);
    const byEmail = await api('GET', '/v1/customers?email=c1%40x.io');
    expect(byEmail.body.data.map((c: { id: string }) => c.id)).toEqual([ids[1], ids[3]]);
    expect((await api('GET', '/v1/customers?created[since]=1')).body.error.param).toBe('created[since]');
  });

  test('search answers a search_result', async () => {
    await fiveCustomers();
    const r = await api('GET', "/v1/customers/search?query=name:'c1'&limit=2");
    expect([r.body.object, r.body.data.length, r.body.has_more, r.body.next_page]).toEqual(['search_result', 2, true, null]);
  });
});

describe('expansion', () => {
  async function chain() {
    const acct = await api('POST', '/v1/accounts', { form: 'email=dest%40x.io&type=express' });
    const tr = await api('POST', '/v1/transfers', { form: `amount=100&destination=${acct.body.id}` });
    const cus = await api('POST', '/v1/customers', { form: 'name=Ann' });
    const ch = await api('POST', '/v1/charges', { form: `amount=900&currency=usd&customer=${cus.body.id}&transfer=${tr.body.id}` });
    await api('POST', `/v1/customers/${cus.body.id}`, { form: `last_charge=${ch.body.id}` });
    return { acct: acct.body, tr: tr.body, cus: cus.body, ch: ch.body };
  }

  test('ids by default; expand[] swaps in objects, nested through expanded ones', async () => {
    const { acct, tr, cus, ch } = await chain();
    expect([ch.customer, ch.transfer]).toEqual([cus.id, tr.id]);
    const r = await api('GET', `/v1/charges/${ch.id}?expand[]=customer&expand[]=transfer.destination`);
    expect(r.body.customer.id).toBe(cus.id);
    expect(r.body.customer.last_charge).toBe(ch.id);
    expect(r.body.transfer.id).toBe(tr.id);
    expect(r.body.transfer.destination).toEqual((await api('GET', `/v1/accounts/${acct.id}`)).body);
  });

  test('four levels deep is allowed; five is a 400', async () => {
    const { acct, ch } = await chain();
    const four = await api('GET', `/v1/charges/${ch.id}?expand[0]=customer.last_charge.transfer.destination`);
    expect(four.body.customer.last_charge.transfer.destination.id).toBe(acct.id);
    const five = await api('GET', `/v1/charges/${ch.id}?expand[]=customer.last_charge.customer.last_charge.transfer`);
    expect([five.status, five.body.error.param]).toEqual([400, 'expand']);
    expect(five.body.error.message).toBe('You cannot expand more than 4 levels of a property. Property: customer.last_charge.customer.last_charge.transfer');
  });

  test('lists expand with the data. prefix only', async () => {
    const { cus } = await chain();
    const r = await api('GET', '/v1/charges?expand[]=data.customer');
    expect(r.body.data[0].customer.id).toBe(cus.id);
    const bad = await api('GET', '/v1/charges?expand[]=customer');
    expect([bad.status, bad.body.error.param]).toEqual([400, 'expand']);
  });

  test('a field that is not expandable is a 400', async () => {
    const { ch } = await chain();
    const r = await api('GET', `/v1/charges/${ch.id}?expand[]=amount`);
    expect([r.status, r.body.error.message]).toEqual([400, 'This property cannot be expanded (amount).']);
  });
});

describe('idempotency', () => {
  test('same key and body replays; same key, other body is idempotency_error', async () => {
    const headers = { 'Idempotency-Key': 'order-42' };
    const a = await api('POST', '/v1/customers', { form: 'name=Once&metadata[x]=1', headers });
    const b = await api('POST', '/v1/customers', { form: 'metadata[x]=1&name=Once', headers });
    expect(b.body).toEqual(a.body);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(a.headers.get('idempotent-replayed')).toBeNull();
    const c = await api('POST', '/v1/customers', { form: 'name=Twice', headers });
    expect(c.status).toBe(400);
    expect(c.body.error.type).toBe('idempotency_error');
    expect(c.body.error.message).toBe(
      "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'order-42' if you meant to execute a different request.",
    );
    expect((await api('GET', '/v1/customers')).body.data.map((x: { id: string }) => x.id)).toEqual([a.body.id]);
  });

  test('keys are per platform: another secret key may reuse one', async () => {
    const headers = { 'Idempotency-Key': 'shared' };
    await api('POST', '/v1/customers', { form: 'name=A', headers });
    const other = await api('POST', '/v1/customers', { form: 'name=B', headers, key: 'sk_test_beta' });
    expect([other.status, other.body.name]).toEqual([200, 'B']);
  });
});

describe('Connect and platforms', () => {
  test('objects made under Stripe-Account are visible only with that header', async () => {
    const acct = await api('POST', '/v1/accounts', { form: 'type=custom' });
    const scoped = { 'Stripe-Account': acct.body.id };
    const c = await api('POST', '/v1/customers', { form: 'name=Inside', headers: scoped });
    expect(c.headers.get('stripe-account')).toBe(acct.body.id);
    expect((await api('GET', '/v1/customers', { headers: scoped })).body.data.map((x: { id: string }) => x.id)).toEqual([c.body.id]);
    expect((await api('GET', '/v1/customers')).body.data).toEqual([]);
    expect((await api('GET', `/v1/customers/${c.body.id}`)).status).toBe(404);
  });

  test('an unknown connected account is refused', async () => {
    const r = await api('GET', '/v1/customers', { headers: { 'Stripe-Account': 'acct_unknown' } });
    expect([r.status, r.body.error.code]).toEqual([403, 'account_invalid']);
  });

  test('nested collections live under their parent, which must exist', async () => {
    const acct = await api('POST', '/v1/accounts', { form: 'type=custom' });
    const p = await api('POST', `/v1/accounts/${acct.body.id}/persons`, { form: 'first_name=Jo' });
    expect([p.body.account, p.body.first_name, p.body.id.startsWith('person_')]).toEqual([acct.body.id, 'Jo', true]);
    expect((await api('GET', `/v1/accounts/${acct.body.id}/persons`)).body.data.map((x: { id: string }) => x.id)).toEqual([p.body.id]);
    const missing = await api('GET', '/v1/accounts/acct_missing/persons');
    expect([missing.status, missing.body.error.message]).toEqual([404, "No such account: 'acct_missing'"]);
  });

  test('each secret key is its own platform', async () => {
    const a = await api('POST', '/v1/customers', { form: 'name=Alpha' });
    expect((await api('GET', '/v1/customers', { key: 'sk_test_beta' })).body.data).toEqual([]);
    expect((await api('GET', `/v1/customers/${a.body.id}`, { key: 'sk_test_beta' })).status).toBe(404);
    expect((await api('GET', `/v1/customers/${a.body.id}`)).body.name).toBe('Alpha');
  });

  test('reset() drops state', async () => {
    const a = await api('POST', '/v1/customers', { form: 'name=Gone' });
    emu.control.reset();
    expect((await api('GET', `/v1/customers/${a.body.id}`)).status).toBe(404);
  });
});

describe('faults and control', () => {
  test('a share of 500s with Stripe-Should-Retry, limited by count', async () => {
    emu.control.setFaults({ rate500: 1, count: 1, shouldRetry: true });
    const failed = await api('GET', '/v1/customers');
    expect([failed.status, failed.body.error.type, failed.headers.get('stripe-should-retry')]).toEqual([500, 'api_error', 'true']);
    expect((await api('GET', '/v1/customers')).status).toBe(200);
  });

  test('429s set through the HTTP control API, only on matching paths', async () => {
    const set = await call(emu.url, 'POST', '/_emulator/faults', { key: null, json: { rate429: 1, paths: ['/v1/charges'], shouldRetry: false } });
    expect(set.body).toEqual({ faults: { rate429: 1, paths: ['/v1/charges'], shouldRetry: false } });
    const limited = await api('GET', '/v1/charges');
    expect([limited.status, limited.body.error.code, limited.headers.get('stripe-should-retry')]).toEqual([429, 'rate_limit', 'false']);
    expect((await api('GET', '/v1/customers')).status).toBe(200);
    expect(emu.control.requestLog().map((e) => e.fault)).toEqual(['429', null]);
  });

  test('dropped connections close without an answer', async () => {
    emu.control.setFaults({ dropRate: 1, count: 1 });
    await expect(fetch(`${emu.url}/v1/customers`, { headers: { Authorization: 'Bearer sk_test_alpha' } })).rejects.toThrow();
    expect((await api('GET', '/v1/customers')).status).toBe(200);
  });

  test('shares are drawn from a seeded stream: the same config injects the same faults', async () => {
    const run = async () => {
      emu.control.setFaults({ rate429: 0.3, rate500: 0.2, seed: 7 });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await api('GET', '/v1/customers')).status);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first.filter((s) => s !== 200).length).toBeGreaterThan(0);
  });

  test('bad fault configs are refused', async () => {
    const r = await call(emu.url, 'POST', '/_emulator/faults', { key: null, json: { rate500: 2 } });
    expect([r.status, r.body.error.message]).toEqual([400, 'rate500 must be a number from 0 to 1']);
    expect(() => emu.control.setFaults({ dropRate: 0.6, rate429: 0.6 })).toThrow('rate429 + rate500 + dropRate must not exceed 1');
  });

  test('latency is added and the request still answers', async () => {
    emu.control.setFaults({ latencyMs: 5 });
    expect((await api('GET', '/v1/customers')).status).toBe(200);
  });

  test('the request log counts by method and path and fingerprints keys', async () => {
    await api('GET', '/v1/customers');
    await api('GET', '/v1/customers');
    await api('POST', '/v1/customers', { form: 'name=x' });
    await api('GET', '/v1/customers', { headers: {}, key: 'sk_test_beta' });
    expect(emu.control.counts()).toEqual({ 'GET /v1/customers': 3, 'POST /v1/customers': 1 });
    const log = emu.control.requestLog();
    expect(log[0]).toMatchObject({ method: 'GET', path: '/v1/customers', route: '/v1/customers', stripeAccount: null, status: 200 });
    expect(log[0]!.apiKey).toMatch(/^key_[0-9a-f]{16}$/);
    expect(log[3]!.apiKey).not.toBe(log[0]!.apiKey);
    expect(JSON.stringify(log)).not.toContain('sk_test');
    const http = await call(emu.url, 'GET', '/_emulator/counts', { key: null });
    expect(http.body).toEqual({ counts: { 'GET /v1/customers': 3, 'POST /v1/customers': 1 } });
    emu.control.resetLog();
    expect(emu.control.counts()).toEqual({});
  });

  test('the most requests of a key answered at once: 3 overlapping for one key, 1 for another', async () => {
    emu.control.setFaults({ latencyMs: 50 });
    emu.control.resetLog();
    await Promise.all([
      api('GET', '/v1/customers'),
      api('GET', '/v1/customers'),
      api('GET', '/v1/customers'),
      api('GET', '/v1/customers', { key: 'sk_test_beta' }),
    ]);
    emu.control.setFaults({});
    const [alpha, beta] = [fingerprint('sk_test_alpha'), fingerprint('sk_test_beta')];
    expect(emu.control.maxInFlight()).toEqual({ [alpha]: 3, [beta]: 1 });
    expect((await call(emu.url, 'GET', '/_emulator/concurrency', { key: null })).body).toEqual({ maxInFlight: { [alpha]: 3, [beta]: 1 } });
    // A reset starts from what is in flight now: nothing.
    emu.control.resetLog();
    expect(emu.control.maxInFlight()).toEqual({ [alpha]: 0, [beta]: 0 });
  });
});
