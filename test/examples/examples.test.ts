/**
 * Every example operation in `examples/` (the ones the playground offers) runs against the real
 * gateway in front of the real emulator, over HTTP, without errors and with data. The onboarding
 * and identity journeys also run chained, each step taking the id the previous one returned, and
 * their key fields are asserted exactly.
 *
 * Each API key is its own emulator platform with its own copy of the demo data, so the chained
 * journeys use keys of their own and see nothing the other tests created.
 */
import { readdirSync } from 'node:fs';
import { Kind, OperationTypeNode, parse } from 'graphql';

import { closeAllPools } from '../../src/datasources/client';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { EXAMPLES_DIR, loadExamples, type ExampleOperation } from '../../src/examples';
import { gatewayConfigFromEnv } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { encodeGlobalId } from '../../src/metadata/global-id';

/** The key `npm start` uses against its embedded emulator. */
const EMBEDDED_DEMO_KEY = 'sk_test_embedded_demo';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface GraphQLResponse {
  status: number;
  data?: JsonObject | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: JsonObject }>;
}

let emulator: RunningEmulator;
let gateway: RunningGateway;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  gateway = await startGateway({ ...gatewayConfigFromEnv({ LOG_LEVEL: 'warn' }), port: 0 }, { apiBase: emulator.url, apiKey: EMBEDDED_DEMO_KEY });
});

afterAll(async () => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- still unset when beforeAll failed */
  await gateway?.close();
  await emulator?.close();
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
  await closeAllPools();
});

async function run(query: string, variables: JsonObject | undefined, key?: string, extra: Record<string, string> = {}): Promise<GraphQLResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra };
  if (key !== undefined) headers.authorization = `Bearer ${key}`;
  const response = await fetch(gateway.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
  return { status: response.status, ...body };
}

const examples = loadExamples();

function example(name: string): ExampleOperation {
  const found = examples.find((e) => e.name === name);
  if (found === undefined) throw new Error(`no example named ${JSON.stringify(name)} in ${EXAMPLES_DIR}`);
  return found;
}

function variablesOf(ex: ExampleOperation): JsonObject {
  return ex.variables === undefined ? {} : (JSON.parse(ex.variables) as JsonObject);
}

/** Runs an example with its own variables, changed by `edit`; fails on any error. */
async function runExample(name: string, edit: (variables: JsonObject) => void, key: string): Promise<JsonObject> {
  const ex = example(name);
  const variables = variablesOf(ex);
  edit(variables);
  const response = await run(ex.query, variables, key);
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data as JsonObject;
}

/** Root fields whose answer is null, an empty object, or a connection with no nodes. */
function emptyRootFields(data: JsonObject): string[] {
  return Object.entries(data)
    .filter(([, value]) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value === null;
      if (Object.keys(value).length === 0) return true;
      const nodes = value.nodes;
      return Array.isArray(nodes) && nodes.length === 0;
    })
    .map(([name]) => name);
}

describe('the examples folder', () => {
  test('holds the core journeys, one .graphql file each, all loaded', () => {
    const files = readdirSync(EXAMPLES_DIR)
      .filter((f) => f.endsWith('.graphql'))
      .sort();
    expect(examples).toHaveLength(files.length);
    expect(examples.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'create account',
        'add person',
        'request capabilities',
        'add external account',
        'create account link',
        'read account with everything nested',
        'list financial connections accounts',
        'create identity verification session',
        'follow identity verification session',
        'create crypto onramp session',
        'fetch crypto onramp quotes',
        'page through accounts forward',
        'page through accounts backward',
        'list verified identity sessions',
        'connected account through the header',
        'connected account in the query',
        'refresh financial connections account',
        'disconnect financial connections account',
        'cancel identity verification session',
        'redact identity verification session',
        'watch identity verification session',
      ]),
    );
  });

  test.each(examples.map((e) => [e.name, e] as const))('%s: one named operation, variables as JSON', (_name, ex) => {
    const operations = parse(ex.query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations).toHaveLength(1);
    expect(operations[0]?.kind === Kind.OPERATION_DEFINITION && operations[0].name?.value).toMatch(/^[A-Z][A-Za-z]+$/);
    if (ex.variables !== undefined) expect(typeof JSON.parse(ex.variables)).toBe('object');
    if (ex.headers !== undefined) expect(typeof JSON.parse(ex.headers)).toBe('object');
  });

  test('the playground page offers exactly these examples', async () => {
    const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    const config = html.match(/<script id="pg-config" type="application\/json">(.*?)<\/script>/s)?.[1];
    expect(config).toBeDefined();
    const offered = JSON.parse(config ?? 'null') as { embeddedMode: boolean; examples: ExampleOperation[] };
    expect(offered.embeddedMode).toBe(true);
    expect(offered.examples).toEqual(examples);
  });
});

/** True for an example that is a subscription: it runs over WebSocket, not HTTP. */
function isSubscription(ex: ExampleOperation): boolean {
  return parse(ex.query).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.SUBSCRIPTION);
}

describe('every example runs against the emulator', () => {
  // In file order, with the key `npm start` uses, as a user clicking through the playground would.
  test.each(examples.filter((e) => !isSubscription(e)).map((e) => [e.name, e] as const))('%s', async (_name, ex) => {
    const headers = ex.headers === undefined ? {} : (JSON.parse(ex.headers) as Record<string, string>);
    const response = await run(ex.query, ex.variables === undefined ? undefined : (JSON.parse(ex.variables) as JsonObject), undefined, headers);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(response.data).toEqual(expect.any(Object));
    const data = response.data as JsonObject;
    expect(Object.keys(data).length).toBeGreaterThan(0);
    expect(emptyRootFields(data)).toEqual([]);
  });
});

describe('every subscription example runs over WebSocket', () => {
  test.each(examples.filter(isSubscription).map((e) => [e.name, e] as const))('%s: receives an update with its fields', async (_name, ex) => {
    const variables = JSON.parse(ex.variables ?? '{}') as { id: string };
    const client = createClient({ url: gateway.url.replace('http:', 'ws:'), webSocketImpl: WebSocket, retryAttempts: 0 });
    const results: unknown[] = [];
    const errors: unknown[] = [];
    const stop = client.subscribe(
      { query: ex.query, variables },
      { next: (r) => void results.push(r), error: (e) => void errors.push(e), complete: () => undefined },
    );
    try {
      // The session as Stripe sends it in an event; published until the subscription is listening.
      const session = (await (
        await fetch(`${emulator.url}/v1/identity/verification_sessions/${variables.id}`, { headers: { authorization: `Bearer ${EMBEDDED_DEMO_KEY}` } })
      ).json()) as JsonObject;
      for (let n = 0; n < 100 && results.length === 0 && errors.length === 0; n++) {
        await gateway.events.publishOnce({
          id: `evt_example_${n}`,
          type: 'identity.verification_session.processing',
          account: null,
          created: n,
          object: session,
          previousAttributes: null,
        });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(errors).toEqual([]);
      const report = session.last_verification_report;
      expect(results[0]).toEqual({
        data: {
          identityVerificationSessionUpdated: {
            id: variables.id,
            status: String(session.status).toUpperCase(),
            lastVerificationReport: report === null ? null : { id: report },
          },
        },
      });
    } finally {
      stop();
      await client.dispose();
    }
  });
});

describe('journeys, chained by the ids each step returns', () => {
  test('onboard a connected account: create, add a person, request capabilities, add a bank account, link', async () => {
    const key = 'sk_test_examples_onboarding';

    const created = (await runExample('create account', () => undefined, key)).createAccount as JsonObject;
    const account = String(created.id);
    expect(account).toMatch(/^acct_[A-Za-z0-9]+$/);
    expect(created).toEqual({
      id: account,
      type: 'CUSTOM',
      country: 'US',
      email: 'owner@brightbikes.example',
      businessType: 'COMPANY',
      businessProfile: { name: 'Bright Bikes', url: 'https://brightbikes.example', mcc: '5940' },
      company: { name: 'Bright Bikes LLC' },
      chargesEnabled: false,
      payoutsEnabled: false,
      detailsSubmitted: false,
      metadata: { onboardedBy: 'playground' },
    });

    const person = (await runExample('add person', (v) => void (v.account = account), key)).createPerson as JsonObject;
    expect(person).toEqual({
      id: encodeGlobalId({ typeName: 'Person', parentId: account, stripeId: String(person.stripeId) }),
      stripeId: expect.stringMatching(/^person_[A-Za-z0-9]+$/),
      accountId: account,
      firstName: 'Maya',
      lastName: 'Ortiz',
      email: 'maya@brightbikes.example',
      dob: { day: 21, month: 6, year: 1988 },
      relationship: { representative: true, executive: true, owner: true, percentOwnership: 100, title: 'Founder' },
    });

    const capabilities = await runExample('request capabilities', (v) => void (v.account = account), key);
    expect(capabilities).toEqual({
      cardPayments: {
        id: encodeGlobalId({ typeName: 'Capability', parentId: account, stripeId: 'card_payments' }),
        stripeId: 'card_payments',
        requested: true,
        status: 'ACTIVE',
      },
      transfers: {
        id: encodeGlobalId({ typeName: 'Capability', parentId: account, stripeId: 'transfers' }),
        stripeId: 'transfers',
        requested: true,
        status: 'ACTIVE',
      },
    });

    const external = (await runExample('add external account', (v) => void (v.account = account), key)).createExternalAccount as JsonObject;
    expect(external).toEqual({
      __typename: 'BankAccount',
      id: encodeGlobalId({ typeName: 'BankAccount', parentId: account, stripeId: String(external.stripeId) }),
      stripeId: expect.stringMatching(/^ba_[A-Za-z0-9]+$/),
      bankName: 'STRIPE TEST BANK',
      accountHolderName: 'Bright Bikes LLC',
      accountHolderType: 'company',
      country: 'US',
      currency: 'usd',
      last4: '6789',
      routingNumber: '110000000',
      status: 'new',
    });

    const link = (await runExample('create account link', (v) => void ((v.input as JsonObject).account = account), key)).createAccountLink as JsonObject;
    expect(link.url).toMatch(new RegExp(`^https://connect\\.stripe\\.com/setup/s/${account}/[A-Za-z0-9]+$`));
    // Account links expire five minutes after they are made.
    expect((link.expiresAt as number) - (link.created as number)).toBe(300);

    // The nested read sees everything the journey made, and only that.
    const read = (await runExample('read account with everything nested', (v) => void (v.id = account), key)).account as JsonObject;
    expect(read.id).toBe(account);
    expect(read.persons).toEqual({
      nodes: [
        {
          id: person.id,
          stripeId: person.stripeId,
          firstName: 'Maya',
          lastName: 'Ortiz',
          email: 'maya@brightbikes.example',
          relationship: { representative: true, owner: true, percentOwnership: 100, title: 'Founder' },
        },
      ],
    });
    expect((read.capabilities as { nodes: JsonObject[] }).nodes.map((c) => [c.stripeId, c.requested, c.status]).sort()).toEqual([
      ['card_payments', true, 'ACTIVE'],
      ['transfers', true, 'ACTIVE'],
    ]);
    expect(read.externalAccounts).toEqual({
      nodes: [
        {
          __typename: 'BankAccount',
          id: external.id,
          stripeId: external.stripeId,
          bankName: 'STRIPE TEST BANK',
          last4: '6789',
          currency: 'usd',
          defaultForCurrency: true,
          status: 'new',
        },
      ],
      pageInfo: { hasNextPage: false, endCursor: external.stripeId },
    });
  });

  test('create an identity verification session, then follow it', async () => {
    const key = 'sk_test_examples_identity';
    const created = (await runExample('create identity verification session', () => undefined, key)).createIdentityVerificationSession as JsonObject;
    const id = String(created.id);
    expect(id).toMatch(/^vs_[A-Za-z0-9]+$/);
    expect(created).toEqual({
      id,
      type: 'DOCUMENT',
      status: 'REQUIRES_INPUT',
      clientReferenceId: 'user_1042',
      clientSecret: expect.stringMatching(new RegExp(`^${id}_secret_[A-Za-z0-9]+$`)),
      url: expect.stringMatching(/^https:\/\/verify\.stripe\.com\/start\/[A-Za-z0-9]+$/),
      metadata: { user: 'user_1042' },
    });

    const followed = await runExample('follow identity verification session', (v) => void (v.id = id), key);
    expect(followed.identityVerificationSession).toEqual({
      id,
      type: 'DOCUMENT',
      status: 'REQUIRES_INPUT',
      lastError: null,
      verifiedOutputs: null,
      lastVerificationReport: null,
    });

    // The example's default id is a demo session the user already completed.
    const verified = await runExample('follow identity verification session', () => undefined, key);
    const session = verified.identityVerificationSession as JsonObject;
    expect(session.status).toBe('VERIFIED');
    expect(session.verifiedOutputs).toEqual({ firstName: 'Jenny', lastName: 'Rosen', address: { city: 'San Francisco', country: 'US' } });
    expect(session.lastVerificationReport).toEqual({
      id: expect.stringMatching(/^vr_[A-Za-z0-9]+$/),
      type: 'DOCUMENT',
      created: expect.any(Number),
      document: {
        status: 'VERIFIED',
        type: 'DRIVING_LICENSE',
        firstName: 'Jenny',
        lastName: 'Rosen',
        issuingCountry: 'US',
        expirationDate: { day: 1, month: 12, year: 2030 },
      },
      selfie: { status: 'VERIFIED' },
    });
  });

  test('create a crypto onramp session, then fetch quotes: one per requested currency on each requested network', async () => {
    const key = 'sk_test_examples_crypto';
    const session = (await runExample('create crypto onramp session', () => undefined, key)).createCryptoOnrampSession as JsonObject;
    const id = String(session.id);
    expect(id).toMatch(/^cos_[A-Za-z0-9]+$/);
    expect(session).toEqual({
      id,
      status: 'INITIALIZED',
      clientSecret: expect.stringMatching(new RegExp(`^${id}_secret_[A-Za-z0-9]+$`)),
      transactionDetails: {
        sourceCurrency: 'USD',
        sourceAmount: '100.00',
        destinationCurrency: 'ETH',
        destinationNetwork: 'ETHEREUM',
        destinationCurrencies: ['ETH', 'USDC'],
        destinationNetworks: ['ETHEREUM'],
        lockWalletAddress: true,
        walletAddresses: { ethereum: '0xB00F0759DbeeF5E543Cc3E3B07A6442F5f3928a2' },
      },
    });

    const data = await runExample('fetch crypto onramp quotes', () => undefined, key);
    const quotes = data.cryptoOnrampQuotes as JsonObject;
    expect(quotes.sourceAmount).toBe('200.00');
    expect(quotes.sourceCurrency).toBe('USD');
    // The emulator's fixed demo rates: ETH 3000 USD, BTC 60000 USD, USDC 1 USD.
    expect(quotes.destinationNetworkQuotes).toEqual({
      ethereum: [
        {
          destinationCurrency: 'ETH',
          destinationAmount: '0.06666667',
          sourceTotalAmount: '203.89',
          fees: { networkFeeMonetary: '0.89', transactionFeeMonetary: '3.00' },
        },
        {
          destinationCurrency: 'USDC',
          destinationAmount: '200',
          sourceTotalAmount: '203.89',
          fees: { networkFeeMonetary: '0.89', transactionFeeMonetary: '3.00' },
        },
      ],
      bitcoin: [
        {
          destinationCurrency: 'BTC',
          destinationAmount: '0.00333333',
          sourceTotalAmount: '205.50',
          fees: { networkFeeMonetary: '2.50', transactionFeeMonetary: '3.00' },
        },
      ],
    });
  });
});

describe('the client examples, with exact answers', () => {
  const key = 'sk_test_examples_clients';
  const names = (connection: JsonObject): string[] => (connection.nodes as Array<{ businessProfile: { name: string } }>).map((n) => n.businessProfile.name);

  test('Relay pagination forwards and backwards over the demo connected accounts', async () => {
    const first = (await runExample('page through accounts forward', () => undefined, key)).accounts as JsonObject;
    expect(names(first)).toEqual(['Stellar Tours', 'Pasha Books']);
    expect(first.pageInfo).toEqual({ hasPreviousPage: false, hasNextPage: true, startCursor: 'acct_1SRJNsZ9WJI', endCursor: 'acct_1XqK5YXLrCE' });
    const second = (await runExample('page through accounts forward', (v) => void (v.after = 'acct_1XqK5YXLrCE'), key)).accounts as JsonObject;
    expect(names(second)).toEqual(['Kavholm Stays', 'Rocket Rides']);
    expect((second.pageInfo as JsonObject).hasNextPage).toBe(false);

    const back = (await runExample('page through accounts backward', () => undefined, key)).accounts as JsonObject;
    expect(names(back)).toEqual(['Pasha Books', 'Kavholm Stays']);
    expect(back.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: true, startCursor: 'acct_1XqK5YXLrCE', endCursor: 'acct_1JjMsExOHp9' });
    const start = (await runExample('page through accounts backward', (v) => void (v.before = 'acct_1XqK5YXLrCE'), key)).accounts as JsonObject;
    expect(names(start)).toEqual(['Stellar Tours']);
    expect((start.pageInfo as JsonObject).hasPreviousPage).toBe(false);
  });

  test('a filtered list: only the verified identity session', async () => {
    const data = await runExample('list verified identity sessions', () => undefined, key);
    expect(data.identityVerificationSessions).toEqual({
      nodes: [{ id: 'vs_1D8vYby3rIo', status: 'VERIFIED', type: 'DOCUMENT', created: 1767264300, verifiedOutputs: { firstName: 'Jenny', lastName: 'Rosen' } }],
    });
  });

  test('a connected account through the Stripe-Account header and through asConnectedAccount', async () => {
    const ex = example('connected account through the header');
    const throughHeader = await run(ex.query, undefined, key, JSON.parse(ex.headers ?? '{}') as Record<string, string>);
    expect(throughHeader.errors).toBeUndefined();
    expect(throughHeader.data).toEqual({
      currentAccount: { id: 'acct_1QTKu5QaZd2', email: 'ops@rocketrides.example' },
      terminalLocations: { nodes: [{ displayName: 'Rocket Rides HQ' }] },
      identityVerificationSessions: { nodes: [{ id: expect.stringMatching(/^vs_/), metadata: { rider: 'r_42' } }] },
    });
    const inQuery = await runExample('connected account in the query', () => undefined, key);
    expect(inQuery).toEqual({
      platform: { id: expect.stringMatching(/^acct_/), email: 'platform@gateway-demo.example' },
      connected: {
        currentAccount: { id: 'acct_1QTKu5QaZd2', email: 'ops@rocketrides.example' },
        terminalLocations: { nodes: [{ displayName: 'Rocket Rides HQ' }] },
      },
    });
  });

  test('refresh, then disconnect, Financial Connections accounts', async () => {
    const refreshed = (await runExample('refresh financial connections account', () => undefined, key)).refreshFinancialConnectionsAccount as JsonObject;
    expect(refreshed).toMatchObject({ id: 'fca_1V6mAAdiEQW', status: 'ACTIVE', balanceRefresh: { status: 'SUCCEEDED' } });
    const disconnected = await runExample('disconnect financial connections account', () => undefined, key);
    expect(disconnected.disconnectFinancialConnectionsAccount).toEqual({ id: 'fca_1e6rzfdr9Bf', displayName: 'Rainy Day Savings', status: 'DISCONNECTED' });
  });

  test('cancel, then redact, identity verification sessions', async () => {
    const canceled = await runExample('cancel identity verification session', () => undefined, key);
    expect(canceled.cancelIdentityVerificationSession).toEqual({ id: 'vs_1K5aWYqvBbw', status: 'CANCELED' });
    const redacted = await runExample('redact identity verification session', () => undefined, key);
    expect(redacted.redactIdentityVerificationSession).toEqual({
      id: 'vs_1togfNcVpjz',
      status: 'CANCELED',
      redaction: { status: 'REDACTED' },
      verifiedOutputs: null,
    });
  });
});
