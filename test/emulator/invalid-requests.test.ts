/**
 * A corpus of requests Stripe refuses, each answered by the emulator exactly as Stripe answers:
 * HTTP status, `type`, `code`, `param` and message. Part of the table is written by hand (one
 * row per kind of mistake, on real seed endpoints); the rest is generated from the metadata (an
 * unknown parameter on every endpoint that takes none, `limit` out of range on every paginated
 * list, the first required parameter left out of every create), so each refusal holds for every
 * endpoint, not for a few. Every refused request must also leave the data unchanged.
 */
import { encodeForm } from '../../src/emulator/form';
import { loadMetadata, startEmulator, type RunningEmulator } from '../../src/emulator';
import { isPaginated } from '../../src/metadata/paging';
import type { EndpointMeta, RestMetadata } from '../../src/metadata/types';
import { call } from './helpers';

const metadata: RestMetadata = loadMetadata();
const KEY = 'sk_test_corpus';
let emu: RunningEmulator;
let acct: string;
let transfer: string;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, metadata });
  acct = (await call(emu.url, 'GET', '/v1/accounts?limit=1', { key: KEY })).body.data[0].id;
  transfer = (await call(emu.url, 'GET', '/v1/transfers?limit=1', { key: KEY })).body.data[0].id;
});
afterAll(async () => {
  await emu.close();
});

interface Expected {
  status?: number;
  type?: string;
  code?: string;
  param: string;
  message: string;
}

interface Row {
  name: string;
  method: 'GET' | 'POST' | 'DELETE';
  /** `{acct}` and `{tr}` are replaced with demo ids. */
  path: string;
  /** Form text, as sent (GET: the query string). */
  form: string;
  expected: Expected;
}

const empty = (p: string) =>
  `You passed an empty string for '${p}'. We assume empty values are an attempt to unset a parameter; however '${p}' cannot be unset. You should remove '${p}' from your request or supply a non-empty value.`;

const unknown = (param: string): Expected => ({ code: 'parameter_unknown', param, message: `Received unknown parameter: ${param}` });
const missing = (param: string): Expected => ({ code: 'parameter_missing', param, message: `Missing required param: ${param}.` });
const integer = (param: string, shown: string): Expected => ({ code: 'parameter_invalid_integer', param, message: `Invalid integer: ${shown}` });
const range = (param: string, side: 'greater' | 'less', bound: number): Expected => ({
  code: 'parameter_invalid_integer',
  param,
  message: `This value must be ${side} than or equal to ${bound}.`,
});
const noExpand = (property: string, list = false): Expected => ({
  param: 'expand',
  message: `This property cannot be expanded (${property}).${list ? ` You may want to try expanding 'data.${property}' instead.` : ''}`,
});

const bank = 'external_account[object]=bank_account&external_account[country]=US&external_account[currency]=usd';

const handRows: Row[] = [
  // Unknown parameters, at every depth and inside unions and empty hashes.
  { name: 'unknown nested key', method: 'POST', path: '/v1/accounts', form: 'individual[dob][dat]=1', expected: unknown('individual[dob][dat]') },
  { name: 'unknown top-level key', method: 'POST', path: '/v1/accounts', form: 'nmae=x', expected: unknown('nmae') },
  {
    name: 'camelCase inside a union',
    method: 'POST',
    path: '/v1/accounts/{acct}/external_accounts',
    form: 'external_account[accountNumber]=000123456789',
    expected: unknown('external_account[accountNumber]'),
  },
  {
    name: 'any key inside a union',
    method: 'POST',
    path: '/v1/accounts/{acct}/external_accounts',
    form: 'external_account[foo]=1',
    expected: unknown('external_account[foo]'),
  },
  {
    name: 'extra key on the bank account member',
    method: 'POST',
    path: '/v1/accounts/{acct}/external_accounts',
    form: `${bank}&external_account[account_number]=000123456789&external_account[foo]=1`,
    expected: unknown('external_account[foo]'),
  },
  {
    name: 'a union member without its required key',
    method: 'POST',
    path: '/v1/accounts/{acct}/external_accounts',
    form: bank,
    expected: missing('external_account[account_number]'),
  },
  {
    name: 'unknown capability',
    method: 'POST',
    path: '/v1/accounts',
    form: 'capabilities[teleport_payments][requested]=true',
    expected: unknown('capabilities[teleport_payments]'),
  },
  {
    name: 'unknown key in a capability',
    method: 'POST',
    path: '/v1/accounts',
    form: 'capabilities[card_payments][wanted]=true',
    expected: unknown('capabilities[card_payments][wanted]'),
  },
  { name: 'unknown key on a retrieve', method: 'GET', path: '/v1/accounts/{acct}', form: 'foo=1', expected: unknown('foo') },
  { name: 'unknown key on a delete', method: 'DELETE', path: '/v1/accounts/{acct}', form: 'foo=1', expected: unknown('foo') },
  { name: 'unknown key on an action without params', method: 'POST', path: '/v1/accounts/{acct}/unreject', form: 'reason=fraud', expected: unknown('reason') },
  { name: 'unknown range key', method: 'GET', path: '/v1/accounts', form: 'created[after]=1', expected: unknown('created[after]') },
  // `limit` and cursors on lists that do not page.
  { name: 'limit on capabilities', method: 'GET', path: '/v1/accounts/{acct}/capabilities', form: 'limit=10', expected: unknown('limit') },
  {
    name: 'cursor on capabilities',
    method: 'GET',
    path: '/v1/accounts/{acct}/capabilities',
    form: 'starting_after=card_payments',
    expected: unknown('starting_after'),
  },
  { name: 'limit on report types', method: 'GET', path: '/v1/reporting/report_types', form: 'limit=10', expected: unknown('limit') },
  // Missing required parameters.
  { name: 'external account left out', method: 'POST', path: '/v1/accounts/{acct}/external_accounts', form: '', expected: missing('external_account') },
  { name: 'transfer without currency', method: 'POST', path: '/v1/transfers', form: 'amount=100', expected: missing('currency') },
  { name: 'reject without reason', method: 'POST', path: '/v1/accounts/{acct}/reject', form: '', expected: missing('reason') },
  { name: 'treasury list without its financial account', method: 'GET', path: '/v1/treasury/transactions', form: '', expected: missing('financial_account') },
  { name: 'nested required key', method: 'POST', path: '/v1/accounts', form: 'individual[dob][day]=1', expected: missing('individual[dob][month]') },
  // Integers: text, decimals, hashes, ranges.
  {
    name: 'text for number | minimum',
    method: 'POST',
    path: '/v1/accounts/{acct}',
    form: 'settings[payouts][schedule][delay_days]=abc',
    expected: integer('settings[payouts][schedule][delay_days]', 'abc'),
  },
  { name: 'decimal amount', method: 'POST', path: '/v1/transfers', form: 'amount=1.5&currency=usd&destination={acct}', expected: integer('amount', '1.5') },
  { name: 'exponent amount', method: 'POST', path: '/v1/transfers', form: 'amount=1e3&currency=usd&destination={acct}', expected: integer('amount', '1e3') },
  {
    name: 'hash for an amount',
    method: 'POST',
    path: '/v1/transfers',
    form: 'amount[x]=1&currency=usd&destination={acct}',
    expected: integer('amount', '{"x":"1"}'),
  },
  {
    name: 'day of birth 40',
    method: 'POST',
    path: '/v1/accounts',
    form: 'individual[dob][day]=40&individual[dob][month]=1&individual[dob][year]=1990',
    expected: range('individual[dob][day]', 'less', 31),
  },
  {
    name: 'day of birth 0',
    method: 'POST',
    path: '/v1/accounts',
    form: 'individual[dob][day]=0&individual[dob][month]=1&individual[dob][year]=1990',
    expected: range('individual[dob][day]', 'greater', 1),
  },
  {
    name: 'month of birth 13',
    method: 'POST',
    path: '/v1/accounts',
    form: 'individual[dob][day]=1&individual[dob][month]=13&individual[dob][year]=1990',
    expected: range('individual[dob][month]', 'less', 12),
  },
  {
    name: 'text day of birth',
    method: 'POST',
    path: '/v1/accounts',
    form: 'individual[dob][day]=first&individual[dob][month]=1&individual[dob][year]=1990',
    expected: integer('individual[dob][day]', 'first'),
  },
  { name: 'limit 0', method: 'GET', path: '/v1/accounts', form: 'limit=0', expected: range('limit', 'greater', 1) },
  { name: 'limit 101', method: 'GET', path: '/v1/accounts', form: 'limit=101', expected: range('limit', 'less', 100) },
  { name: 'limit text', method: 'GET', path: '/v1/accounts', form: 'limit=ten', expected: integer('limit', 'ten') },
  { name: 'created text', method: 'GET', path: '/v1/transfers', form: 'created=yesterday', expected: integer('created', 'yesterday') },
  { name: 'created bound text', method: 'GET', path: '/v1/transfers', form: 'created[gte]=soon', expected: integer('created[gte]', 'soon') },
  // Other types.
  {
    name: 'boolean',
    method: 'POST',
    path: '/v1/accounts',
    form: 'capabilities[card_payments][requested]=maybe',
    expected: { param: 'capabilities[card_payments][requested]', message: 'Invalid boolean: maybe' },
  },
  {
    name: 'boolean as 1',
    method: 'POST',
    path: '/v1/accounts/{acct}/capabilities/card_payments',
    form: 'requested=1',
    expected: { param: 'requested', message: 'Invalid boolean: 1' },
  },
  {
    name: 'enum',
    method: 'POST',
    path: '/v1/accounts',
    form: 'type=premium',
    expected: { param: 'type', message: 'Invalid type: must be one of custom, express, or standard' },
  },
  { name: 'text for a hash', method: 'POST', path: '/v1/accounts', form: 'individual=Jane', expected: { param: 'individual', message: 'Invalid hash' } },
  { name: 'text for metadata', method: 'POST', path: '/v1/accounts', form: 'metadata=x', expected: { param: 'metadata', message: 'Invalid hash' } },
  {
    name: 'hash inside metadata',
    method: 'POST',
    path: '/v1/accounts',
    form: 'metadata[a][b]=1',
    expected: { param: 'metadata[a]', message: 'Invalid string: {"b":"1"}' },
  },
  { name: 'hash for a string', method: 'POST', path: '/v1/accounts', form: 'email[x]=a', expected: { param: 'email', message: 'Invalid string: {"x":"a"}' } },
  {
    name: 'text for a list',
    method: 'POST',
    path: '/v1/accounts',
    form: 'business_profile[minority_owned_business_designation]=none',
    expected: { param: 'business_profile[minority_owned_business_designation]', message: 'Invalid array' },
  },
  {
    name: 'enum of two values',
    method: 'POST',
    path: '/v1/account_links',
    form: 'account={acct}&type=account_onboarding&collection_options[fields]=eventually_due&return_url=https%3A%2F%2Fx.io&refresh_url=https%3A%2F%2Fx.io&collect=x',
    expected: { param: 'collect', message: 'Invalid collect: must be one of currently_due or eventually_due' },
  },
  {
    name: 'empty string that cannot unset',
    method: 'POST',
    path: '/v1/transfers',
    form: 'amount=100&currency=&destination={acct}',
    expected: { code: 'parameter_invalid_empty', param: 'currency', message: empty('currency') },
  },
  {
    name: 'empty nested string',
    method: 'POST',
    path: '/v1/accounts',
    form: 'individual[dob][day]=&individual[dob][month]=1&individual[dob][year]=1990',
    expected: { code: 'parameter_invalid_empty', param: 'individual[dob][day]', message: empty('individual[dob][day]') },
  },
  // Expansion.
  { name: 'expand a hash', method: 'GET', path: '/v1/transfers/{tr}', form: 'expand[]=metadata', expected: noExpand('metadata') },
  { name: 'expand a scalar', method: 'GET', path: '/v1/transfers/{tr}', form: 'expand[]=amount', expected: noExpand('amount') },
  { name: 'expand an unknown property', method: 'GET', path: '/v1/transfers/{tr}', form: 'expand[]=nothing', expected: noExpand('nothing') },
  {
    name: 'expand through an expansion to a scalar',
    method: 'GET',
    path: '/v1/transfers/{tr}',
    form: 'expand[]=destination.email',
    expected: noExpand('email'),
  },
  { name: 'expand on a list without data.', method: 'GET', path: '/v1/transfers', form: 'expand[]=destination', expected: noExpand('destination', true) },
  { name: 'expand on a list item scalar', method: 'GET', path: '/v1/transfers', form: 'expand[]=data.amount', expected: noExpand('amount') },
  { name: 'expand an id-only reference', method: 'GET', path: '/v1/accounts/{acct}/persons', form: 'expand[]=data.account', expected: noExpand('account') },
  { name: 'expand as text', method: 'GET', path: '/v1/transfers/{tr}', form: 'expand=destination', expected: { param: 'expand', message: 'Invalid array' } },
  {
    name: 'expand five levels',
    method: 'GET',
    path: '/v1/transfers/{tr}',
    form: 'expand[]=a.b.c.d.e',
    expected: { param: 'expand', message: 'You cannot expand more than 4 levels of a property. Property: a.b.c.d.e' },
  },
  {
    name: 'expand on a create',
    method: 'POST',
    path: '/v1/transfers',
    form: 'amount=100&currency=usd&destination={acct}&expand[]=metadata',
    expected: noExpand('metadata'),
  },
];

// ---------------------------------------------------------------- rows from the metadata

const seedEndpoints = Object.values(metadata.resources)
  .filter((r) => r.seed)
  .flatMap((r) => r.endpoints)
  .filter((e, i, all) => all.findIndex((o) => o.method === e.method && o.path === e.path) === i);

const placeholderPath = (e: EndpointMeta): string => e.pathParams.reduce((p, name) => p.replace(`{${name}}`, `x_${name}`), e.path);

const generatedRows: Row[] = [
  // An endpoint whose parameter type holds nothing but `expand` takes nothing else.
  ...seedEndpoints
    .filter((e) => e.params === undefined)
    .map((e): Row => ({
      name: `${e.method} ${e.path}: a parameter where none is taken`,
      method: e.method,
      path: placeholderPath(e),
      form: 'not_a_param=1',
      expected: unknown('not_a_param'),
    })),
  // Every list that pages holds `limit` to 1..100.
  ...seedEndpoints
    .filter((e) => e.kind === 'list' && isPaginated(metadata, e))
    .map((e): Row => ({ name: `${e.path}: limit=0`, method: 'GET', path: placeholderPath(e), form: 'limit=0', expected: range('limit', 'greater', 1) })),
  // Every create with a required parameter refuses a request without it (the first in order).
  ...seedEndpoints
    .filter((e) => e.kind === 'create' && e.params !== undefined && metadata.inputs[e.params]!.fields.some((f) => f.required))
    .map((e): Row => ({
      name: `${e.path}: nothing sent`,
      method: 'POST',
      path: placeholderPath(e),
      form: '',
      expected: missing(metadata.inputs[e.params!]!.fields.find((f) => f.required)!.stripe),
    })),
];

const rows = [...handRows, ...generatedRows];

test('the corpus holds at least 100 invalid requests', () => {
  expect(handRows.length).toBeGreaterThanOrEqual(50);
  expect(rows.length).toBeGreaterThanOrEqual(100);
});

/** A row's request: POST parameters in the body, others in the query string, as Stripe takes them. */
function send(row: Row) {
  const path = row.path.replace('{acct}', acct).replace('{tr}', transfer);
  const form = row.form.replace('{acct}', acct);
  if (row.method === 'POST') return call(emu.url, 'POST', path, { key: KEY, form });
  return call(emu.url, row.method, form === '' ? path : `${path}?${form}`, { key: KEY });
}

describe.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
  test('refused as Stripe refuses it', async () => {
    const res = await send(row);
    const { status = 400, type = 'invalid_request_error', code, param, message } = row.expected;
    const error: Record<string, unknown> = {
      type,
      message,
      param,
      ...(code === undefined ? {} : { code, doc_url: `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}` }),
    };
    expect({ status: res.status, body: res.body }).toEqual({ status, body: { error } });
  });
});

test('refused requests change nothing', async () => {
  const before = (await call(emu.url, 'GET', '/_emulator/objects?data=true', { key: KEY })).body.data;
  for (const row of handRows.filter((r) => r.method !== 'GET')) expect((await send(row)).status).toBe(400);
  expect((await call(emu.url, 'GET', '/_emulator/objects?data=true', { key: KEY })).body.data).toEqual(before);
});

test('the request log marks each as refused for its parameters', async () => {
  emu.control.resetLog();
  await call(emu.url, 'GET', `/v1/accounts/${acct}/capabilities?${encodeForm({ limit: 10 })}`, { key: KEY });
  await call(emu.url, 'GET', `/v1/accounts/${acct}/capabilities`, { key: KEY });
  expect(emu.control.requestLog().map((e) => [e.status, e.refusedParams, e.error])).toEqual([
    [400, true, { type: 'invalid_request_error', code: 'parameter_unknown', param: 'limit' }],
    [200, false, null],
  ]);
});
