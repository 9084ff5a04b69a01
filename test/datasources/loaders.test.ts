import { StripeClient, closeAllPools, type StripeClientOptions } from '../../src/datasources/client';
import { DataSourceUsageError, InvalidInputError, StripeApiError, toGraphQLError } from '../../src/datasources/errors';
import { createLoaders, type LoaderOptions } from '../../src/datasources/loaders';
import {
  canonicalExpand,
  expandBelow,
  fillPath,
  resourceForObject,
  retrieveEndpointFor,
  type StripeList,
  type StripeObject,
} from '../../src/datasources/objects';
import { fakeStripe, sampleData } from './helpers/fakeStripe';
import { API_VERSION, metadata } from './helpers/metadata';
import { json, startUpstream, type Upstream } from './helpers/upstream';

const credentials = { apiKey: 'sk_test_loaderTest1' };

let upstream: Upstream;

beforeEach(async () => {
  upstream = await startUpstream();
  upstream.setHandler(fakeStripe(sampleData()));
});

afterEach(async () => {
  await closeAllPools();
  await upstream.close();
});

function setup(options: LoaderOptions = {}, clientOptions: Partial<StripeClientOptions> = {}) {
  const client = new StripeClient({
    apiVersion: API_VERSION,
    apiBase: upstream.baseUrl,
    retryInitialMs: 5,
    retryMaxMs: 10,
    random: () => 0,
    ...clientOptions,
  });
  return { client, loaders: createLoaders(client, credentials, metadata, options) };
}

const urls = (): string[] => upstream.received.map((r) => r.url);

describe('metadata helpers', () => {
  it('finds resources by Stripe object value', () => {
    expect(resourceForObject(metadata, 'person')?.typeName).toBe('Person');
    expect(resourceForObject(metadata, 'crypto.onramp_session')?.typeName).toBe('CryptoOnrampSession');
    expect(resourceForObject(metadata, 'list')).toBeUndefined();
  });

  it('picks the retrieve-by-id endpoint, under the parent for nested resources', () => {
    expect(retrieveEndpointFor(metadata.resources.Account!)?.path).toBe('/v1/accounts/{account}');
    expect(retrieveEndpointFor(metadata.resources.Person!)?.path).toBe('/v1/accounts/{account}/persons/{person}');
  });

  it('fills path templates, encoding values and refusing ids that change the path', () => {
    expect(fillPath('/v1/accounts/{account}/persons/{person}', { account: 'acct_1', person: 'person_1' })).toBe('/v1/accounts/acct_1/persons/person_1');
    expect(fillPath('/v1/x/{x}', { x: 'a:b' })).toBe('/v1/x/a%3Ab');
    expect(() => fillPath('/v1/x/{x}', { x: '..' })).toThrow(InvalidInputError);
    expect(() => fillPath('/v1/x/{x}', { x: 'acct_1/reject' })).toThrow('Invalid x: "acct_1/reject"');
    expect(() => fillPath('/v1/x/{x}', { x: '' })).toThrow(InvalidInputError);
    expect(() => fillPath('/v1/x/{x}', {})).toThrow('Path /v1/x/{x} needs a value for {x}');
  });

  it('canonicalises expansion sets and takes the part below a field', () => {
    expect(canonicalExpand(['b', 'a', 'b', ' ', 'c.d'])).toEqual(['a', 'b', 'c.d']);
    expect(canonicalExpand(undefined)).toEqual([]);
    expect(expandBelow(['customer', 'customer.default_source', 'data.customer', 'customers.x'], 'customer')).toEqual(['default_source']);
  });
});

describe('createLoaders', () => {
  it('loads the same account ten times in one request with one upstream call', async () => {
    const { client, loaders } = setup();
    const accounts = await Promise.all(Array.from({ length: 10 }, () => loaders.load('Account', 'acct_1')));
    expect(accounts.map((a) => a.email)).toEqual(Array(10).fill('owner@example.com'));
    // Later loads of the same key, after the batch ran, are served from the request's cache.
    await loaders.load('Account', 'acct_1');
    expect(urls()).toEqual(['/v1/accounts/acct_1']);
    expect(client.upstreamAttempts).toBe(1);
  });

  it('costs nothing for objects primed from a list', async () => {
    const { client, loaders } = setup();
    const customers = await client.request<StripeList<StripeObject>>({ method: 'GET', path: '/v1/customers', params: { limit: 100 }, credentials });
    expect(upstream.received).toHaveLength(1);
    expect(loaders.prime(customers)).toBe(5);
    const loaded = await Promise.all(['cus_1', 'cus_2', 'cus_3', 'cus_4', 'cus_5'].map((id) => loaders.load('Customer', id)));
    expect(loaded.map((c) => c.email)).toEqual(['c1@example.com', 'c2@example.com', 'c3@example.com', 'c4@example.com', 'c5@example.com']);
    expect(upstream.received).toHaveLength(1);
  });

  it('primes list items when a load needs them, the page that arrived first winning', async () => {
    const { loaders } = setup();
    // Two pages of one list (other parameters), each with its own copy of cus_1.
    upstream.setHandler((req, res, index) =>
      json(res, 200, {
        object: 'list',
        url: '/v1/customers',
        has_more: false,
        data: [{ id: 'cus_1', object: 'customer', email: `copy-${index}@example.com` }],
      }),
    );
    const endpoint = metadata.resources.Customer!.endpoints.find((e) => e.kind === 'list')!;
    await loaders.listPage(endpoint, '/v1/customers', { limit: 1 });
    await loaders.listPage(endpoint, '/v1/customers', { limit: 2 });
    expect((await loaders.load('Customer', 'cus_1')).email).toBe('copy-0@example.com');
    expect(urls()).toEqual(['/v1/customers?limit=1', '/v1/customers?limit=2']);
    // A prime after them still loses to the page that came first.
    loaders.prime({ id: 'cus_1', object: 'customer', email: 'late@example.com' });
    expect((await loaders.load('Customer', 'cus_1')).email).toBe('copy-0@example.com');
  });

  it('primes objects expanded inside a list, under the expansion set below them', async () => {
    const { client, loaders } = setup();
    const page = await client.request({
      method: 'GET',
      path: '/v1/payment_intents',
      params: { expand: ['data.customer'] },
      credentials,
    });
    // Three intents (no expansion left below them) and three customers.
    expect(loaders.prime(page, { expand: ['data.customer'] })).toBe(6);
    await loaders.load('Customer', 'cus_2');
    await loaders.load('PaymentIntent', 'pi_1', { expand: ['customer'] });
    expect(upstream.received).toHaveLength(1);
  });

  it('primes expanded sub-objects of a loaded object', async () => {
    const { loaders } = setup();
    const intent = await loaders.load('PaymentIntent', 'pi_3', { expand: ['customer'] });
    expect((intent.customer as StripeObject).id).toBe('cus_3');
    const customer = await loaders.load('Customer', 'cus_3');
    expect(customer.email).toBe('c3@example.com');
    expect(urls()).toEqual(['/v1/payment_intents/pi_3?expand[0]=customer']);
  });

  it('keys by expansion set (in any order) and by connected account', async () => {
    const { loaders } = setup();
    await Promise.all([
      loaders.load('Account', 'acct_1'),
      loaders.load('Account', 'acct_1', { expand: ['b', 'a'] }),
      loaders.load('Account', 'acct_1', { expand: ['a', 'b'] }),
      loaders.load('Account', 'acct_1', { stripeAccount: 'acct_2' }),
    ]);
    expect(urls().sort()).toEqual(['/v1/accounts/acct_1', '/v1/accounts/acct_1', '/v1/accounts/acct_1?expand[0]=a&expand[1]=b']);
    expect(upstream.received.map((r) => r.headers['stripe-account'] ?? '-').sort()).toEqual(['-', '-', 'acct_2']);
  });

  it('fetches a list page once per request, primes its items, and keys pages by parameters and expansions', async () => {
    const { loaders } = setup();
    const endpoint = metadata.resources.Transfer!.endpoints.find((e) => e.kind === 'list')!;
    const first = await loaders.listPage(endpoint, '/v1/transfers', { limit: 2, destination: 'acct_1' });
    expect(first.data.map((t) => t.amount)).toEqual([100, 300]);
    await loaders.listPage(endpoint, '/v1/transfers', { limit: 2, destination: 'acct_1' });
    await loaders.load('Transfer', first.data[0]!.id);
    await loaders.listPage(endpoint, '/v1/transfers', { limit: 1, destination: 'acct_1' });
    expect(urls()).toEqual(['/v1/transfers?limit=2&destination=acct_1', '/v1/transfers?limit=1&destination=acct_1']);
  });

  it('rejects only the failing key of a batch', async () => {
    const { loaders } = setup();
    const results = await Promise.all(['cus_1', 'cus_404', 'cus_2'].map((id) => loaders.load('Customer', id).catch((error: unknown) => error)));
    expect(results[0]).toMatchObject({ id: 'cus_1' });
    expect(results[1]).toBeInstanceOf(StripeApiError);
    expect((results[1] as StripeApiError).message).toBe('No such customer: cus_404');
    expect(results[2]).toMatchObject({ id: 'cus_2' });
  });

  it('fetches a batch under the concurrency cap', async () => {
    const data = sampleData();
    const handle = fakeStripe(data);
    upstream.setHandler((req, res) => {
      setTimeout(() => handle(req, res), 20);
    });
    const { loaders } = setup({ batchConcurrency: 2 }, { maxInFlightPerCredential: 10 });
    const results = await Promise.all(['cus_1', 'cus_2', 'cus_3', 'cus_4', 'cus_5'].map((id) => loaders.load('Customer', id)));
    expect(results.map((r) => r.id)).toEqual(['cus_1', 'cus_2', 'cus_3', 'cus_4', 'cus_5']);
    expect(upstream.received).toHaveLength(5);
    expect(upstream.maxConcurrent).toBe(2);
  });

  it('caches a singleton and primes the object it returns', async () => {
    const { loaders } = setup();
    const [a, b] = await Promise.all([loaders.loadSingleton('Account'), loaders.loadSingleton('Account')]);
    expect(a).toBe(b);
    await loaders.load('Account', 'acct_1');
    expect(urls()).toEqual(['/v1/account']);
  });

  it('sends the preview version a preview resource needs', async () => {
    const { loaders } = setup();
    const session = await loaders.load('CryptoOnrampSession', 'cos_1');
    expect(session.status).toBe('initialized');
    expect(upstream.received[0]?.headers['stripe-version']).toBe(`${API_VERSION}; crypto_onramp_beta=v2`);
  });

  it('does not prime deleted objects', () => {
    const { loaders } = setup();
    expect(loaders.prime({ id: 'cus_1', object: 'customer', deleted: true })).toBe(0);
  });

  it('in naive mode fetches every load and primes nothing', async () => {
    const { loaders } = setup({ enabled: false });
    await Promise.all(Array.from({ length: 10 }, () => loaders.load('Account', 'acct_1')));
    expect(loaders.enabled).toBe(false);
    expect(loaders.prime({ id: 'cus_1', object: 'customer' })).toBe(0);
    await loaders.load('Customer', 'cus_1');
    expect(upstream.received).toHaveLength(11);
  });

  it('fails clearly on misuse, without calling Stripe', async () => {
    const { loaders } = setup();
    await expect(loaders.load('Nope', 'x_1')).rejects.toThrow(new DataSourceUsageError('No Stripe resource named Nope in the metadata'));
    await expect(loaders.load('Person', 'person_1')).rejects.toThrow('Loading Person person_1 needs ctx.parentId (the Account id)');
    const bad = await loaders.load('Account', '../customers').catch((error: unknown) => error);
    expect(bad).toBeInstanceOf(InvalidInputError);
    expect(toGraphQLError(bad).extensions.code).toBe('BAD_USER_INPUT');
    await expect(loaders.loadSingleton('Customer')).rejects.toThrow('Customer has no singleton retrieve endpoint in the metadata');
    expect(upstream.received).toHaveLength(0);
  });

  it('cancels loads when the GraphQL request is abandoned', async () => {
    upstream.setHandler(() => undefined);
    const controller = new AbortController();
    const { loaders } = setup({ signal: controller.signal });
    const pending = loaders.load('Account', 'acct_1').catch((error: unknown) => error);
    for (let i = 0; i < 200 && upstream.received.length === 0; i += 1) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    expect(toGraphQLError(await pending).extensions.code).toBe('REQUEST_CANCELLED');
  });
});
