/**
 * The emulator's events: the change-to-event policy exactly, then over real HTTP: a webhook
 * endpoint registered through /v1/webhook_endpoints receives signed events (a small node:http
 * sink on a free loopback port), failed deliveries are retried and then given up, and
 * /v1/events lists and retrieves them per Connect scope.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { startEmulator, type DeliveryAttempt, type RunningEmulator } from '../../src/emulator';
import { connectedAccountOf, eventTypesFor, previousAttributes } from '../../src/emulator/events';
import { loadEventTypes } from '../../src/events/event-types';
import { endpointWants } from '../../src/emulator/webhook-delivery';
import { verifySignature } from '../../src/events/signature';
import { call } from './helpers';

const known = loadEventTypes();

describe('eventTypesFor', () => {
  const updated = (object: string, before: Record<string, unknown>, after: Record<string, unknown>) =>
    eventTypesFor({ kind: 'updated', object, before, after }, known);

  it('names a status change by the new status where Stripe has such an event', () => {
    expect(updated('identity.verification_session', { status: 'requires_input' }, { status: 'canceled' })).toEqual(['identity.verification_session.canceled']);
    expect(updated('identity.verification_session', { status: 'processing' }, { status: 'verified' })).toEqual(['identity.verification_session.verified']);
    expect(updated('financial_connections.account', { status: 'active' }, { status: 'disconnected' })).toEqual(['financial_connections.account.disconnected']);
    expect(updated('treasury.outbound_transfer', { status: 'processing' }, { status: 'canceled' })).toEqual(['treasury.outbound_transfer.canceled']);
  });

  it('names a finished refresh, a redaction, and plain updates', () => {
    expect(updated('financial_connections.account', { balance_refresh: null }, { balance_refresh: { status: 'succeeded' } })).toEqual([
      'financial_connections.account.refreshed_balance',
    ]);
    expect(updated('financial_connections.account', { balance_refresh: null }, { balance_refresh: { status: 'pending' } })).toEqual([]);
    expect(
      updated('identity.verification_session', { redaction: null, status: 'verified' }, { redaction: { status: 'redacted' }, status: 'verified' }),
    ).toEqual(['identity.verification_session.redacted']);
    expect(updated('account', { email: 'a' }, { email: 'b' })).toEqual(['account.updated']);
    expect(updated('capability', { status: 'inactive' }, { status: 'active' })).toEqual(['capability.updated']);
    expect(updated('crypto.onramp_session', { status: 'initialized' }, { status: 'fulfillment_complete' })).toEqual(['crypto.onramp_session_updated']);
  });

  it('names created and deleted objects, with the prefixes Stripe uses', () => {
    const kind = (k: 'created' | 'deleted', object: string) => eventTypesFor({ kind: k, object, before: null, after: null }, known);
    expect(kind('created', 'person')).toEqual(['person.created']);
    expect(kind('deleted', 'person')).toEqual(['person.deleted']);
    expect(kind('created', 'bank_account')).toEqual(['account.external_account.created']);
    expect(kind('deleted', 'card')).toEqual(['account.external_account.deleted']);
    expect(kind('created', 'issuing.card')).toEqual(['issuing_card.created']);
    expect(kind('created', 'identity.verification_session')).toEqual(['identity.verification_session.created']);
    // No such events in Stripe: nothing is invented.
    expect(kind('created', 'account_link')).toEqual([]);
    expect(kind('created', 'webhook_endpoint')).toEqual([]);
  });
});

describe('connectedAccountOf and previousAttributes', () => {
  it('tags what lives in or hangs under a connected account, and nothing of the platform', () => {
    const base = { scope: '', parents: {}, data: {} };
    expect(connectedAccountOf({ ...base, scope: 'acct_1' })).toBe('acct_1');
    expect(connectedAccountOf({ ...base, data: { object: 'account', id: 'acct_2' } })).toBe('acct_2');
    expect(connectedAccountOf({ ...base, hidden: true, data: { object: 'account', id: 'acct_own' } })).toBeNull();
    expect(connectedAccountOf({ ...base, parents: { account: 'acct_3' }, data: { object: 'person' } })).toBe('acct_3');
    // A Financial Connections account is no connected account.
    expect(connectedAccountOf({ ...base, parents: { account: 'fca_1' }, data: { object: 'financial_connections.account_owner' } })).toBeNull();
  });

  it('keeps the earlier value of each changed top-level field', () => {
    expect(previousAttributes({ a: 1, b: { c: 1 }, d: 'x' }, { a: 1, b: { c: 2 }, d: 'x', e: true })).toEqual({ b: { c: 1 }, e: null });
  });
});

describe('endpointWants', () => {
  const endpoint = { status: 'enabled', url: 'http://127.0.0.1:1/hook', secret: 'whsec_x', enabled_events: ['person.created'] };
  it('needs an enabled endpoint with a URL, a secret and the type (or *) enabled', () => {
    expect(endpointWants(endpoint, 'person.created')).toBe(true);
    expect(endpointWants(endpoint, 'person.updated')).toBe(false);
    expect(endpointWants({ ...endpoint, enabled_events: ['*'] }, 'person.updated')).toBe(true);
    expect(endpointWants({ ...endpoint, status: 'disabled' }, 'person.created')).toBe(false);
    expect(endpointWants({ ...endpoint, url: '' }, 'person.created')).toBe(false);
    expect(endpointWants({ ...endpoint, secret: null }, 'person.created')).toBe(false);
  });
});

interface Received {
  signature: string;
  raw: Buffer;
  event: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A webhook sink: answers each delivery with the next status of `script` (then 200). */
async function sink(script: number[] = []): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      received.push({ signature: String(req.headers['stripe-signature']), raw, event: JSON.parse(raw.toString('utf8')) });
      res.writeHead(script.shift() ?? 200);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('events over HTTP', () => {
  let emulator: RunningEmulator;
  const attempts: DeliveryAttempt[] = [];
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, webhooks: { retryDelaysMs: [10, 10], onAttempt: (a) => attempts.push(a) } });
  });
  afterAll(() => emulator.close());
  beforeEach(() => {
    attempts.length = 0;
  });

  async function endpoint(key: string, url: string, events = '*'): Promise<{ id: string; secret: string }> {
    const made = await call(emulator.url, 'POST', '/v1/webhook_endpoints', {
      key,
      form: `url=${encodeURIComponent(url)}&enabled_events[]=${encodeURIComponent(events)}`,
    });
    expect(made.status).toBe(200);
    expect(made.body.status).toBe('enabled');
    expect(made.body.secret).toMatch(/^whsec_[0-9A-Za-z]{32}$/);
    return { id: made.body.id, secret: made.body.secret };
  }

  async function sessionIn(key: string, status: string): Promise<string> {
    const list = await call(emulator.url, 'GET', `/v1/identity/verification_sessions?status=${status}`, { key });
    return list.body.data[0].id as string;
  }

  it('signs each delivery with the endpoint secret, verifiable by our check and by the stripe package', async () => {
    const key = 'sk_test_events_signed';
    const hook = await sink();
    const { secret } = await endpoint(key, hook.url, 'identity.verification_session.canceled');
    const id = await sessionIn(key, 'requires_input');
    expect((await call(emulator.url, 'POST', `/v1/identity/verification_sessions/${id}/cancel`, { key })).status).toBe(200);
    await emulator.control.webhooksIdle();
    await hook.close();
    expect(hook.received).toHaveLength(1);
    const [delivery] = hook.received;
    expect(verifySignature(delivery!.raw, delivery!.signature, secret, Math.floor(Date.now() / 1000))).toBeNull();
    const event = new Stripe('sk_test_x').webhooks.constructEvent(delivery!.raw, delivery!.signature, secret);
    expect(event.type).toBe('identity.verification_session.canceled');
    expect(delivery!.event).toMatchObject({
      object: 'event',
      type: 'identity.verification_session.canceled',
      livemode: false,
      pending_webhooks: 1,
      data: { object: { id, object: 'identity.verification_session', status: 'canceled' }, previous_attributes: { status: 'requires_input' } },
      request: { idempotency_key: null },
    });
    expect(delivery!.event.account).toBeUndefined();
    // Delivered: nothing is pending any more on the stored event.
    const stored = await call(emulator.url, 'GET', `/v1/events/${delivery!.event.id}`, { key });
    expect([stored.status, stored.body.pending_webhooks, stored.body.type]).toEqual([200, 0, 'identity.verification_session.canceled']);
  });

  it('retries a failed delivery, and gives up after the last retry', async () => {
    const key = 'sk_test_events_retry';
    const flaky = await sink([500, 503]);
    const { id: endpointId } = await endpoint(key, flaky.url, 'identity.verification_session.canceled');
    const id = await sessionIn(key, 'requires_input');
    await call(emulator.url, 'POST', `/v1/identity/verification_sessions/${id}/cancel`, { key });
    await emulator.control.webhooksIdle();
    expect(attempts.map((a) => [a.endpointId, a.attempt, a.outcome, a.delivered])).toEqual([
      [endpointId, 1, 500, false],
      [endpointId, 2, 503, false],
      [endpointId, 3, 200, true],
    ]);
    expect(new Set(flaky.received.map((r) => r.event.id)).size).toBe(1);
    await flaky.close();

    attempts.length = 0;
    const down = await sink([500, 500, 500, 500]);
    await call(emulator.url, 'POST', `/v1/webhook_endpoints/${endpointId}`, { key, form: `url=${encodeURIComponent(down.url)}` });
    const other = await call(emulator.url, 'GET', '/v1/identity/verification_sessions?status=requires_input', { key });
    await call(emulator.url, 'POST', `/v1/identity/verification_sessions/${other.body.data[0].id}/cancel`, { key });
    await emulator.control.webhooksIdle();
    expect(attempts.map((a) => [a.attempt, a.outcome])).toEqual([
      [1, 500],
      [2, 500],
      [3, 500],
    ]);
    const events = await call(emulator.url, 'GET', '/v1/events?type=identity.verification_session.canceled', { key });
    expect(events.body.data.map((e: { pending_webhooks: number }) => e.pending_webhooks)).toEqual([1, 0]);
    await down.close();
  });

  it('sends nothing to a disabled endpoint, and retries a refused connection as a failure', async () => {
    const key = 'sk_test_events_disabled';
    const hook = await sink();
    const { id: endpointId } = await endpoint(key, hook.url);
    const disabled = await call(emulator.url, 'POST', `/v1/webhook_endpoints/${endpointId}`, { key, form: 'disabled=true' });
    expect(disabled.body.status).toBe('disabled');
    const accounts = await call(emulator.url, 'GET', '/v1/accounts', { key });
    await call(emulator.url, 'POST', `/v1/accounts/${accounts.body.data[0].id}`, { key, form: 'email=ops%40example.com' });
    await emulator.control.webhooksIdle();
    expect(hook.received).toEqual([]);
    await hook.close();
    // The sink is closed now: its port refuses connections.
    await call(emulator.url, 'POST', `/v1/webhook_endpoints/${endpointId}`, { key, form: 'disabled=false' });
    await call(emulator.url, 'POST', `/v1/accounts/${accounts.body.data[0].id}`, { key, form: 'email=ops2%40example.com' });
    await emulator.control.webhooksIdle();
    expect(attempts.map((a) => [a.attempt, a.outcome, a.delivered])).toEqual([
      [1, 'ECONNREFUSED', false],
      [2, 'ECONNREFUSED', false],
      [3, 'ECONNREFUSED', false],
    ]);
  });

  it('lists events newest first per Connect scope, filters by type, pages, and retrieves one', async () => {
    const key = 'sk_test_events_list';
    const accounts = await call(emulator.url, 'GET', '/v1/accounts', { key });
    const account = accounts.body.data[0].id as string;
    await call(emulator.url, 'POST', `/v1/accounts/${account}/persons`, { key, form: 'first_name=Ada' });
    await call(emulator.url, 'POST', `/v1/accounts/${account}`, { key, form: 'email=ada%40example.com' });
    const id = await sessionIn(key, 'requires_input');
    await call(emulator.url, 'POST', `/v1/identity/verification_sessions/${id}/cancel`, { key, headers: { 'Idempotency-Key': 'cancel-1' } });

    const platform = await call(emulator.url, 'GET', '/v1/events', { key });
    expect(platform.body.data.map((e: { type: string }) => e.type)).toEqual(['identity.verification_session.canceled']);
    expect(platform.body.data[0].request.idempotency_key).toBe('cancel-1');
    const connected = await call(emulator.url, 'GET', '/v1/events', { key, headers: { 'Stripe-Account': account } });
    expect(connected.body.data.map((e: { type: string; account: string }) => `${e.type}@${e.account === account}`)).toEqual([
      'account.updated@true',
      'person.created@true',
    ]);
    expect(connected.body.data[0].data.previous_attributes).toEqual({ email: accounts.body.data[0].email });
    expect(connected.body.data[0].data.object.email).toBe('ada@example.com');

    const wildcard = await call(emulator.url, 'GET', '/v1/events?type=person.*', { key, headers: { 'Stripe-Account': account } });
    expect(wildcard.body.data.map((e: { type: string }) => e.type)).toEqual(['person.created']);
    const paged = await call(emulator.url, 'GET', '/v1/events?limit=1', { key, headers: { 'Stripe-Account': account } });
    expect([paged.body.data.length, paged.body.has_more, paged.body.url]).toEqual([1, true, '/v1/events']);
    const next = await call(emulator.url, 'GET', `/v1/events?limit=1&starting_after=${paged.body.data[0].id}`, { key, headers: { 'Stripe-Account': account } });
    expect([next.body.data[0].type, next.body.has_more]).toEqual(['person.created', false]);

    // Another scope's event is not found in this one.
    const foreign = await call(emulator.url, 'GET', `/v1/events/${platform.body.data[0].id}`, { key, headers: { 'Stripe-Account': account } });
    expect([foreign.status, foreign.body.error.code, foreign.body.error.message]).toEqual([
      404,
      'resource_missing',
      `No such event: '${platform.body.data[0].id}'`,
    ]);
    const unknown = await call(emulator.url, 'GET', '/v1/events?colour=red', { key });
    expect([unknown.status, unknown.body.error.code, unknown.body.error.param]).toEqual([400, 'parameter_unknown', 'colour']);
    const post = await call(emulator.url, 'POST', '/v1/events', { key, form: '' });
    expect(post.status).toBe(404);
  });

  it('keeps each key to its own events', async () => {
    const mine = await call(emulator.url, 'GET', '/v1/events', { key: 'sk_test_events_someone_else' });
    expect(mine.body).toEqual({ object: 'list', data: [], has_more: false, url: '/v1/events' });
  });
});
