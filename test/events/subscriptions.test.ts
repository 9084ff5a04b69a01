/**
 * Subscriptions end to end over real HTTP and WebSocket: the emulator sends its events to the
 * gateway's webhook intake (an endpoint registered through /v1/webhook_endpoints, signed with
 * its secret), and a graphql-ws client on the gateway receives them.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { gatewayConfigFromEnv } from '../../src/config';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { startGateway, authenticateConnection, type RunningGateway } from '../../src/server';
import { visibleTo } from '../../src/events/subscriptions';
import type { GatewayEvent } from '../../src/events/event';
import { call } from '../emulator/helpers';
import { captureLogs, keepLogs } from '../helpers/logs';
import { startRedis } from '../helpers/redis';
import { until } from '../helpers/wait';
import { createAuthenticator } from '../../src/auth/authenticate';
import { authConfigFromEnv } from '../../src/auth/config';
import { keyCaller } from '../../src/auth/caller';
import { hsToken, SECRET } from '../e2e/auth-helpers';

const KEY = 'sk_test_subscriptions_e2e';

function wsClient(port: number, params: Record<string, unknown>): Client {
  return createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: params, retryAttempts: 0, lazy: true });
}

/** The first `count` results of a subscription (bounded by the caller's `until`). */
function collect(client: Client, query: string, variables: Record<string, unknown> = {}): { results: unknown[]; errors: unknown[]; stop: () => void } {
  const results: unknown[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe({ query, variables }, { next: (r) => void results.push(r), error: (e) => void errors.push(e), complete: () => undefined });
  return { results, errors, stop };
}

describe('subscriptions over graphql-ws', () => {
  const logs = captureLogs();
  let emulator: RunningEmulator;
  let gateway: RunningGateway;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, webhooks: { retryDelaysMs: [50, 50] } });
    // The endpoint's secret first, then the gateway that checks it, then the endpoint's URL.
    const endpoint = await call(emulator.url, 'POST', '/v1/webhook_endpoints', { key: KEY, form: 'url=http%3A%2F%2F127.0.0.1%3A9%2Fhook&enabled_events[]=*' });
    const config = gatewayConfigFromEnv({ PORT: '0', STRIPE_API_BASE: emulator.url, STRIPE_WEBHOOK_SECRET: endpoint.body.secret as string });
    gateway = await startGateway(config, { apiBase: emulator.url, logger: logs.logger });
    await call(emulator.url, 'POST', `/v1/webhook_endpoints/${endpoint.body.id as string}`, {
      key: KEY,
      form: `url=${encodeURIComponent(`http://127.0.0.1:${gateway.port}/webhooks/stripe`)}`,
    });
  });
  afterAll(async () => {
    await gateway.close();
    await emulator.close();
    keepLogs(logs.lines);
  });

  it('a client subscribed to a verification session receives it, nested fields resolved, after a mutation cancels it', async () => {
    const sessions = await call(emulator.url, 'GET', '/v1/identity/verification_sessions?status=requires_input', { key: KEY });
    const id = sessions.body.data[0].id as string;
    const client = wsClient(gateway.port, { authorization: `Bearer ${KEY}` });
    const before = gateway.events.subscriberCount();
    const sub = collect(
      client,
      'subscription ($id: ID) { identityVerificationSessionUpdated(id: $id) { id status lastVerificationReport { id } redaction { status } } }',
      { id },
    );
    await until(() => gateway.events.subscriberCount() === before + 1, 'the subscription to start');

    const mutation = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ query: 'mutation ($id: ID!) { cancelIdentityVerificationSession(id: $id) { id status } }', variables: { id } }),
    });
    // The idempotency key sent to Stripe comes back in the caller's namespace.
    expect(await mutation.json()).toEqual({
      data: { cancelIdentityVerificationSession: { id, status: 'CANCELED' } },
      extensions: { idempotencyKeys: { cancelIdentityVerificationSession: expect.stringMatching(/^c[A-Za-z0-9_-]{16}\.[0-9a-f-]{36}$/) } },
    });
    await until(() => sub.results.length === 1, 'the update to arrive');
    const report = sessions.body.data[0].last_verification_report as string | null;
    expect(sub.results).toEqual([
      {
        data: {
          identityVerificationSessionUpdated: { id, status: 'CANCELED', lastVerificationReport: report === null ? null : { id: report }, redaction: null },
        },
      },
    ]);
    expect(sub.errors).toEqual([]);
    sub.stop();
    await client.dispose();
    await until(() => gateway.events.subscriberCount() === before, 'the subscription to end');
  });

  it("a connected-account subscriber receives only its account's events; the platform all", async () => {
    const mine = wsClient(gateway.port, { authorization: `Bearer ${KEY}`, 'stripe-account': 'acct_mine' });
    const platform = wsClient(gateway.port, { authorization: `Bearer ${KEY}` });
    const before = gateway.events.subscriberCount();
    const query = 'subscription ($types: [String!]) { stripeEvents(types: $types) { id type account object previousAttributes } }';
    const onMine = collect(mine, query, { types: ['account.updated'] });
    const onPlatform = collect(platform, query);
    await until(() => gateway.events.subscriberCount() === before + 2, 'both subscriptions to start');
    const event = (id: string, account: string | null, type = 'account.updated'): GatewayEvent => ({
      id,
      type,
      account,
      created: 1,
      object: { id: account ?? 'acct_platform', object: 'account' },
      previousAttributes: { email: null },
    });
    await gateway.events.publishOnce(event('evt_sub_other', 'acct_other'));
    await gateway.events.publishOnce(event('evt_sub_platform', null));
    await gateway.events.publishOnce(event('evt_sub_mine_person', 'acct_mine', 'person.created'));
    await gateway.events.publishOnce(event('evt_sub_mine', 'acct_mine'));
    await until(() => onMine.results.length === 1 && onPlatform.results.length === 4, 'the events to arrive');
    expect(onMine.results).toEqual([
      {
        data: {
          stripeEvents: {
            id: 'evt_sub_mine',
            type: 'account.updated',
            account: 'acct_mine',
            object: { id: 'acct_mine', object: 'account' },
            previousAttributes: { email: null },
          },
        },
      },
    ]);
    expect(onPlatform.results.map((r) => (r as { data: { stripeEvents: { id: string } } }).data.stripeEvents.id)).toEqual([
      'evt_sub_other',
      'evt_sub_platform',
      'evt_sub_mine_person',
      'evt_sub_mine',
    ]);
    onMine.stop();
    onPlatform.stop();
    await Promise.all([mine.dispose(), platform.dispose()]);
  });

  it('types data.object as a graph type, nested fields resolved; an object outside the union is null', async () => {
    const verified = await call(emulator.url, 'GET', '/v1/identity/verification_sessions?status=verified', { key: KEY });
    const session = verified.body.data[0] as { id: string; last_verification_report: string };
    const client = wsClient(gateway.port, { authorization: `Bearer ${KEY}` });
    const before = gateway.events.subscriberCount();
    const sub = collect(
      client,
      'subscription { stripeEvents { id data { object { __typename ... on IdentityVerificationSession { id lastVerificationReport { id } } } } } }',
    );
    await until(() => gateway.events.subscriberCount() === before + 1, 'the subscription to start');
    await gateway.events.publishOnce({
      id: 'evt_typed_1',
      type: 'identity.verification_session.verified',
      account: null,
      created: 1,
      object: { ...session },
      previousAttributes: null,
    });
    await gateway.events.publishOnce({
      id: 'evt_typed_2',
      type: 'balance.available',
      account: null,
      created: 2,
      object: { object: 'balance', available: [] },
      previousAttributes: null,
    });
    await until(() => sub.results.length === 2, 'both events');
    expect(sub.results).toEqual([
      {
        data: {
          stripeEvents: {
            id: 'evt_typed_1',
            data: { object: { __typename: 'IdentityVerificationSession', id: session.id, lastVerificationReport: { id: session.last_verification_report } } },
          },
        },
      },
      { data: { stripeEvents: { id: 'evt_typed_2', data: { object: null } } } },
    ]);
    sub.stop();
    await client.dispose();
  });

  it('resolves nested fields afresh for each event (no cache carried from the previous one)', async () => {
    const verified = await call(emulator.url, 'GET', '/v1/identity/verification_sessions?status=verified', { key: KEY });
    const session = verified.body.data[0] as { id: string; last_verification_report: string };
    const report = await call(emulator.url, 'GET', `/v1/identity/verification_reports/${session.last_verification_report}`, { key: KEY });
    const reportPath = `GET /v1/identity/verification_reports/${session.last_verification_report}`;
    const client = wsClient(gateway.port, { authorization: `Bearer ${KEY}` });
    const before = gateway.events.subscriberCount();
    const sub = collect(client, 'subscription ($id: ID) { identityVerificationSessionUpdated(id: $id) { id lastVerificationReport { id type } } }', {
      id: session.id,
    });
    await until(() => gateway.events.subscriberCount() === before + 1, 'the subscription to start');
    emulator.control.resetLog();
    for (const n of [1, 2]) {
      await gateway.events.publishOnce({
        id: `evt_fresh_${n}`,
        type: 'identity.verification_session.verified',
        account: null,
        created: n,
        object: { ...session },
        previousAttributes: null,
      });
      await until(() => sub.results.length === n, `event ${n}`);
    }
    const expected = {
      data: {
        identityVerificationSessionUpdated: {
          id: session.id,
          lastVerificationReport: { id: session.last_verification_report, type: String(report.body.type).toUpperCase() },
        },
      },
    };
    expect(sub.results).toEqual([expected, expected]);
    expect(emulator.control.counts()[reportPath]).toBe(2);
    sub.stop();
    await client.dispose();
  });

  it('refuses a connection without a key (4403), and a subscription over HTTP', async () => {
    const closed: number[] = [];
    const client = createClient({
      url: `ws://127.0.0.1:${gateway.port}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      on: { closed: (e) => void closed.push((e as { code: number }).code) },
    });
    const sub = collect(client, 'subscription { stripeEvents { id } }');
    await until(() => closed.length === 1, 'the refusal');
    expect(closed).toEqual([4403]);
    expect(sub.results).toEqual([]);
    await client.dispose();

    const overHttp = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ query: 'subscription { stripeEvents { id } }' }),
    });
    const answer = (await overHttp.json()) as { data: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
    expect([answer.data, answer.errors.map((e) => [e.message, e.extensions.code])]).toEqual([
      null,
      [['Subscriptions run over WebSocket (the graphql-ws protocol) on /graphql', 'BAD_REQUEST']],
    ]);
  });

  it('checks connection_init with the caller identity: a token without the read scope is refused, one with it subscribes', async () => {
    const jwtGateway = await startGateway(
      {
        ...gatewayConfigFromEnv({
          STRIPE_API_KEY: 'sk_test_subscriptions_jwt',
          STRIPE_API_BASE: emulator.url,
          GATEWAY_AUTH: 'jwt',
          GATEWAY_JWT_SECRET: SECRET,
          LOG_LEVEL: 'warn',
        }),
        port: 0,
      },
      { apiBase: emulator.url, apiKey: 'sk_test_subscriptions_jwt' },
    );
    try {
      const connect = (token: string) => {
        const closed: number[] = [];
        const client = createClient({
          url: `ws://127.0.0.1:${jwtGateway.port}/graphql`,
          webSocketImpl: WebSocket,
          retryAttempts: 0,
          lazy: true,
          connectionParams: { authorization: `Bearer ${token}` },
          on: { closed: (e) => void closed.push((e as { code: number }).code) },
        });
        return { client, closed, sub: collect(client, 'subscription { stripeEvents { id } }') };
      };
      const writer = connect(await hsToken({ claims: { sub: 'writer', gateway_role: 'platform', scope: 'write' } }));
      await until(() => writer.closed.length === 1, 'the refusal');
      expect(writer.closed).toEqual([4403]);
      await writer.client.dispose();

      const reader = connect(await hsToken({ claims: { sub: 'reader', gateway_role: 'platform', scope: 'read' } }));
      let acknowledged = false;
      reader.client.on('connected', () => void (acknowledged = true));
      await until(() => acknowledged, 'the acknowledgement');
      // The subscribe message follows the acknowledgement: publish until the stream is listening.
      for (let n = 0; n < 100 && reader.sub.results.length === 0; n++) {
        await jwtGateway.events.publishOnce({
          id: `evt_jwt_reader_${n}`,
          type: 'account.updated',
          account: null,
          created: n,
          object: { id: 'acct_x', object: 'account' },
          previousAttributes: null,
        });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(reader.sub.results[0]).toEqual({ data: { stripeEvents: { id: expect.stringMatching(/^evt_jwt_reader_\d+$/) } } });
      expect(reader.closed).toEqual([]);
      reader.sub.stop();
      await reader.client.dispose();
    } finally {
      await jwtGateway.close();
    }
  });
});

describe('hostile WebSocket input', () => {
  it('closes a connection that sends a message over 1 MiB (1009), and one that is not graphql-ws (4400)', async () => {
    const emulator = await startEmulator({ port: 0 });
    const gateway = await startGateway(gatewayConfigFromEnv({ PORT: '0', STRIPE_API_BASE: emulator.url }), { apiBase: emulator.url, apiKey: KEY });
    try {
      const closeCode = (send: string): Promise<number> =>
        new Promise((resolve, reject) => {
          const ws = new WebSocket(`ws://127.0.0.1:${gateway.port}/graphql`, 'graphql-transport-ws');
          ws.on('open', () => ws.send(send));
          ws.on('close', (code) => resolve(code));
          ws.on('error', reject);
        });
      expect(await closeCode('x'.repeat(1024 * 1024 + 1))).toBe(1009);
      expect(await closeCode('not json')).toBe(4400);
      expect(await closeCode(JSON.stringify({ type: 'subscribe', id: '1', payload: { query: '{ __typename }' } }))).toBe(4401);
    } finally {
      await gateway.close();
      await emulator.close();
    }
  });
});

describe('two gateways and one Redis', () => {
  it('a webhook to the first reaches a subscriber on the second exactly once', async () => {
    const logs = captureLogs();
    const redis = await startRedis();
    const emulator = await startEmulator({ port: 0, webhooks: { retryDelaysMs: [50] } });
    const key = 'sk_test_subscriptions_replicas';
    const endpoint = await call(emulator.url, 'POST', '/v1/webhook_endpoints', {
      key,
      form: 'url=http%3A%2F%2F127.0.0.1%3A9%2Fhook&enabled_events[]=identity.verification_session.canceled',
    });
    const env = { PORT: '0', STRIPE_API_BASE: emulator.url, STRIPE_WEBHOOK_SECRET: endpoint.body.secret as string, REDIS_URL: redis.url };
    const first = await startGateway(gatewayConfigFromEnv(env), { apiBase: emulator.url, logger: logs.logger });
    const second = await startGateway(gatewayConfigFromEnv(env), { apiBase: emulator.url, logger: logs.logger });
    const client = wsClient(second.port, { authorization: `Bearer ${key}` });
    try {
      await call(emulator.url, 'POST', `/v1/webhook_endpoints/${endpoint.body.id as string}`, {
        key,
        form: `url=${encodeURIComponent(`http://127.0.0.1:${first.port}/webhooks/stripe`)}`,
      });
      await until(() => first.events.status().connected && second.events.status().connected, 'both gateways to reach Redis');
      const sub = collect(client, 'subscription { identityVerificationSessionUpdated { id status } }');
      await until(() => second.events.subscriberCount() === 1, 'the subscription to start');
      const sessions = await call(emulator.url, 'GET', '/v1/identity/verification_sessions?status=requires_input', { key });
      const id = sessions.body.data[0].id as string;
      expect((await call(emulator.url, 'POST', `/v1/identity/verification_sessions/${id}/cancel`, { key })).status).toBe(200);
      await emulator.control.webhooksIdle();
      await until(() => sub.results.length >= 1, 'the event on the second gateway');
      // Room for a duplicate to show up, then the exact list.
      await new Promise((r) => setTimeout(r, 200));
      expect(sub.results).toEqual([{ data: { identityVerificationSessionUpdated: { id, status: 'CANCELED' } } }]);
      expect(
        logs
          .entries()
          .filter((e) => e.msg === 'webhook received')
          .map((e) => e.outcome),
      ).toEqual(['published']);
      sub.stop();
    } finally {
      await client.dispose();
      await Promise.all([first.close(), second.close()]);
      await emulator.close();
      await redis.stop();
      keepLogs(logs.lines);
    }
  });
});

describe('authenticateConnection and visibleTo', () => {
  const authenticatorFor = (env: NodeJS.ProcessEnv) => createAuthenticator(authConfigFromEnv({ STRIPE_API_KEY: 'sk_test_gateway', ...env }));

  it('reads connection_init like HTTP headers, with the same caller identity and rules as a query', async () => {
    const stripeKey = authenticatorFor({ GATEWAY_AUTH: 'stripe-key' });
    expect(await authenticateConnection({ authorization: 'Bearer sk_test_a', 'stripe-account': 'acct_1' }, stripeKey, undefined)).toEqual({
      caller: keyCaller('sk_test_a'),
      stripeAccount: 'acct_1',
    });
    expect(await authenticateConnection({ Authorization: 'Bearer sk_test_b' }, stripeKey, undefined)).toEqual({
      caller: keyCaller('sk_test_b'),
      stripeAccount: undefined,
    });
    expect(await authenticateConnection({}, stripeKey, undefined)).toBeNull();
    expect(await authenticateConnection({ authorization: 42 }, stripeKey, undefined)).toBeNull();
    expect(await authenticateConnection({ authorization: 'Bearer not-a-key' }, stripeKey, undefined)).toBeNull();

    const jwt = authenticatorFor({ GATEWAY_AUTH: 'jwt', GATEWAY_JWT_SECRET: SECRET });
    const reader = await hsToken({ claims: { sub: 'shop', stripe_account: 'acct_1', scope: 'read' } });
    const writer = await hsToken({ claims: { sub: 'shop', stripe_account: 'acct_1', scope: 'write' } });
    expect(await authenticateConnection({ authorization: `Bearer ${reader}` }, jwt, undefined)).toMatchObject({
      caller: { sub: 'shop', stripeAccount: 'acct_1' },
      stripeAccount: 'acct_1',
    });
    // Without the read scope, or naming another account, the connection is refused.
    expect(await authenticateConnection({ authorization: `Bearer ${writer}` }, jwt, undefined)).toBeNull();
    expect(await authenticateConnection({ authorization: `Bearer ${reader}`, 'stripe-account': 'acct_2' }, jwt, undefined)).toBeNull();
    expect(await authenticateConnection({}, jwt, undefined)).toBeNull();
  });

  it('lets the platform see every event and a connected account its own', () => {
    const event = { id: 'e', type: 't', account: 'acct_1', created: 1, object: {}, previousAttributes: null };
    expect([
      visibleTo({ stripeAccount: undefined }, event),
      visibleTo({ stripeAccount: 'acct_1' }, event),
      visibleTo({ stripeAccount: 'acct_2' }, event),
    ]).toEqual([true, true, false]);
    expect(visibleTo({ stripeAccount: 'acct_1' }, { ...event, account: null })).toBe(false);
  });
});
