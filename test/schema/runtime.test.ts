/**
 * The running gateway against raw Stripe objects it has never seen the like of: enum values
 * newer than the pinned package, and amounts past 2^31. A real HTTP server plays Stripe, and the
 * queries go over HTTP to the real gateway (startGateway), as a client's would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gatewayConfigFromEnv } from '../../src/config';
import { closeAllPools } from '../../src/datasources/client';
import { startGateway, type RunningGateway } from '../../src/server';

const BIG = 2 ** 40; // 1099511627776: past Int's 2^31, well inside a double's exact integers

/** Raw objects by request path, exactly as Stripe would send them (snake_case). */
const RAW: Record<string, unknown> = {
  '/v1/topups/tu_big': {
    id: 'tu_big',
    object: 'topup',
    amount: BIG,
    created: 1_760_000_000,
    currency: 'usd',
    livemode: false,
    metadata: { order: '42' },
    status: 'teleported', // not a TopupStatus value of the pinned package
  },
  '/v1/topups/tu_known': {
    id: 'tu_known',
    object: 'topup',
    amount: 500,
    created: 1_760_000_000,
    currency: 'usd',
    livemode: false,
    metadata: {},
    status: 'succeeded',
  },
  '/v1/accounts/acct_new': {
    id: 'acct_new',
    object: 'account',
    type: 'hyperconnected', // AccountType is non-null: an error here would null the whole account
    charges_enabled: true,
    details_submitted: false,
    payouts_enabled: false,
  },
  '/v1/financial_connections/accounts/fca_new': {
    id: 'fca_new',
    object: 'financial_connections.account',
    category: 'cash',
    created: 1_760_000_000,
    institution_name: 'Test Bank',
    livemode: false,
    status: 'active',
    subcategory: 'checking',
    permissions: ['balances', 'telepathy', 'transactions'],
    supported_payment_method_types: ['us_bank_account'],
  },
};

let server: Server;
let gateway: RunningGateway;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    requested.push(`${req.method} ${path}`);
    const body = RAW[path];
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json', 'request-id': 'req_runtime' });
    res.end(JSON.stringify(body ?? { error: { type: 'invalid_request_error', message: `No such object: ${path}` } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = gatewayConfigFromEnv({ STRIPE_API_BASE: apiBase, STRIPE_MAX_RETRIES: '0', LOG_LEVEL: 'warn' });
  gateway = await startGateway({ ...config, port: 0, host: '127.0.0.1' }, { apiBase });
});

afterAll(async () => {
  await gateway.close();
  await closeAllPools();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function run(query: string): Promise<unknown> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk_test_runtime' },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  return response.json();
}

describe('unknown enum values', () => {
  it('serialise as UNRECOGNIZED, without an error', async () => {
    const result = await run('{ topup(id: "tu_big") { id status } }');
    expect(result).toEqual({ data: { topup: { id: 'tu_big', status: 'UNRECOGNIZED' } } });
  });

  it('leave known values to their own names', async () => {
    const result = await run('{ topup(id: "tu_known") { status } }');
    expect(result).toEqual({ data: { topup: { status: 'SUCCEEDED' } } });
  });

  it('keep a non-null enum field (and its parent) from turning into an error', async () => {
    const result = await run('{ account(id: "acct_new") { id type chargesEnabled } }');
    expect(result).toEqual({ data: { account: { id: 'acct_new', type: 'UNRECOGNIZED', chargesEnabled: true } } });
  });

  it('map inside lists item by item', async () => {
    const result = await run('{ financialConnectionsAccount(id: "fca_new") { permissions status } }');
    expect(result).toEqual({
      data: { financialConnectionsAccount: { permissions: ['BALANCES', 'UNRECOGNIZED', 'TRANSACTIONS'], status: 'ACTIVE' } },
    });
  });
});

describe('large amounts', () => {
  it('returns 2^40 exactly through a Long field', async () => {
    const result = await run('{ topup(id: "tu_big") { amount created metadata } }');
    expect(result).toEqual({ data: { topup: { amount: 1099511627776, created: 1760000000, metadata: { order: '42' } } } });
    expect((result as { data: { topup: { amount: number } } }).data.topup.amount).toBe(BIG);
  });

  it('asked Stripe (our stand-in) for what the queries named', () => {
    expect(requested).toContain('GET /v1/topups/tu_big');
    expect(requested).toContain('GET /v1/accounts/acct_new');
  });
});
