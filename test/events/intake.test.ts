/**
 * Webhook intake over real HTTP: a gateway on a free loopback port, signed bodies made by the
 * `stripe` package's test header helper, and a subscriber on the gateway's event bus.
 */
import * as http from 'node:http';
import Stripe from 'stripe';
import { gatewayConfigFromEnv } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server';
import { eventFromStripe, RecentIds, type GatewayEvent } from '../../src/events/event';
import { MAX_WEBHOOK_BYTES } from '../../src/events/intake';
import { captureLogs, keepLogs, type CapturedLogs } from '../helpers/logs';
import { startRedis, type TestRedis } from '../helpers/redis';

const SECRET = 'whsec_intake_test_secret_value';
const stripe = new Stripe('sk_test_intake_tests');

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: { received?: boolean; duplicate?: boolean; errors?: Array<{ message: string; extensions: { code: string } }> };
  text: string;
}

/** One request with node:http (the body is sent exactly as given; `chunks` streams it unannounced). */
function request(url: string, options: { method?: string; body?: Buffer; chunks?: number; headers?: Record<string, string> }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'POST', headers: options.headers ?? {} }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text === '' ? {} : (JSON.parse(text) as Answer['body']), text });
      });
    });
    // Writing into a connection the server has closed is expected for an oversized stream.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (options.chunks !== undefined) {
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = (): void => {
        while (sent < options.chunks! && !req.destroyed) {
          sent += 1;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!req.destroyed) req.end();
      };
      pump();
    } else {
      req.end(options.body);
    }
  });
}

function stripeEvent(id: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id,
    object: 'event',
    api_version: '2025-01-01',
    created: 1_767_225_600,
    data: { object: { id: 'vs_1', object: 'identity.verification_session', status: 'canceled' }, previous_attributes: { status: 'requires_input' } },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: 'identity.verification_session.canceled',
    ...extra,
  });
}

function signed(payload: string, options: { secret?: string; timestamp?: number } = {}): { body: Buffer; headers: Record<string, string> } {
  const header = stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? SECRET,
    timestamp: options.timestamp ?? Math.floor(Date.now() / 1000),
  });
  return { body: Buffer.from(payload, 'utf8'), headers: { 'content-type': 'application/json', 'stripe-signature': header } };
}

async function gateway(env: NodeJS.ProcessEnv, logs: CapturedLogs): Promise<{ gateway: RunningGateway; url: string; received: GatewayEvent[] }> {
  const config = gatewayConfigFromEnv({ PORT: '0', STRIPE_API_BASE: 'http://127.0.0.1:9', LOG_LEVEL: 'debug', ...env });
  const started = await startGateway(config, { apiBase: 'http://127.0.0.1:9', logger: logs.logger });
  const received: GatewayEvent[] = [];
  started.events.subscribe((e) => received.push(e));
  return { gateway: started, url: `http://127.0.0.1:${started.port}/webhooks/stripe`, received };
}

describe('POST /webhooks/stripe', () => {
  const logs = captureLogs();
  let g: Awaited<ReturnType<typeof gateway>>;
  beforeAll(async () => {
    g = await gateway({ STRIPE_WEBHOOK_SECRET: SECRET }, logs);
  });
  afterAll(async () => {
    await g.gateway.close();
    keepLogs(logs.lines);
  });
  beforeEach(() => {
    g.received.length = 0;
  });

  it('publishes a signed event once, tagged with its connected account, and answers 200', async () => {
    const answer = await request(g.url, signed(stripeEvent('evt_intake_1', { account: 'acct_rocket' })));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ received: true, duplicate: false });
    expect(g.received).toEqual([
      {
        id: 'evt_intake_1',
        type: 'identity.verification_session.canceled',
        account: 'acct_rocket',
        created: 1_767_225_600,
        object: { id: 'vs_1', object: 'identity.verification_session', status: 'canceled' },
        previousAttributes: { status: 'requires_input' },
      },
    ]);
  });

  it('publishes a replayed event id once (a fresh signature does not make it new)', async () => {
    const first = await request(g.url, signed(stripeEvent('evt_intake_2')));
    const again = await request(g.url, signed(stripeEvent('evt_intake_2')));
    expect([first.body, again.body]).toEqual([
      { received: true, duplicate: false },
      { received: true, duplicate: true },
    ]);
    expect(g.received.map((e) => `${e.id}:${e.account}`)).toEqual(['evt_intake_2:null']);
  });

  it.each([
    ['no header', {}, 'WEBHOOK_SIGNATURE_MISSING', 'The Stripe-Signature header is missing'],
    [
      'a header without a timestamp',
      { 'stripe-signature': 'v1=abc' },
      'WEBHOOK_SIGNATURE_MALFORMED',
      'The Stripe-Signature header has no timestamp (t=<unix seconds>)',
    ],
    ['a header without v1', { 'stripe-signature': 't=1767225600,v0=abc' }, 'WEBHOOK_SIGNATURE_MALFORMED', 'The Stripe-Signature header has no v1 signature'],
  ])('refuses %s with 400 and publishes nothing', async (_what, headers, code, message) => {
    const answer = await request(g.url, { body: Buffer.from(stripeEvent('evt_intake_3')), headers });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [{ message, extensions: { code } }] });
    expect(g.received).toEqual([]);
  });

  it('refuses a body signed with another secret, a tampered body and a stale signature', async () => {
    const other = await request(g.url, signed(stripeEvent('evt_intake_4'), { secret: 'whsec_some_other_endpoint' }));
    const good = signed(stripeEvent('evt_intake_4'));
    const tampered = await request(g.url, { ...good, body: Buffer.from(stripeEvent('evt_intake_4', { account: 'acct_other' })) });
    const stale = await request(g.url, signed(stripeEvent('evt_intake_4'), { timestamp: Math.floor(Date.now() / 1000) - 400 }));
    expect([other.status, other.body.errors?.[0]?.extensions.code]).toEqual([400, 'WEBHOOK_SIGNATURE_MISMATCH']);
    expect([tampered.status, tampered.body.errors?.[0]?.extensions.code]).toEqual([400, 'WEBHOOK_SIGNATURE_MISMATCH']);
    expect(stale.status).toBe(400);
    expect(stale.body.errors).toEqual([
      { message: 'The Stripe-Signature timestamp is more than 300 seconds from now', extensions: { code: 'WEBHOOK_SIGNATURE_STALE' } },
    ]);
    expect(g.received).toEqual([]);
    // The stale event was genuine; it was refused, not remembered, so its redelivery goes through.
    expect((await request(g.url, good)).body).toEqual({ received: true, duplicate: false });
  });

  it('refuses a signed body that is not JSON, or JSON that is not a Stripe event', async () => {
    const notJson = await request(g.url, signed('id=evt_1&type=account.updated'));
    const notEvent = await request(g.url, signed(JSON.stringify({ id: 'evt_5', object: 'charge' })));
    const noObject = await request(g.url, signed(stripeEvent('evt_5', { data: {} })));
    expect(notJson.body).toEqual({ errors: [{ message: 'The body is not JSON', extensions: { code: 'WEBHOOK_EVENT_INVALID' } }] });
    expect(notEvent.body).toEqual({
      errors: [{ message: 'The body is not a Stripe event (object must be "event")', extensions: { code: 'WEBHOOK_EVENT_INVALID' } }],
    });
    expect(noObject.body).toEqual({ errors: [{ message: 'The event has no data.object', extensions: { code: 'WEBHOOK_EVENT_INVALID' } }] });
    expect([notJson.status, notEvent.status, noObject.status]).toEqual([400, 400, 400]);
    expect(g.received).toEqual([]);
  });

  it('refuses an oversized body, declared or streamed, with 413 and closes the connection', async () => {
    const declared = await request(g.url, { body: Buffer.alloc(MAX_WEBHOOK_BYTES + 1, 0x20), headers: { 'stripe-signature': 't=1,v1=00' } });
    expect(declared.status).toBe(413);
    expect(declared.headers.connection).toBe('close');
    expect(declared.body).toEqual({
      errors: [{ message: `Webhook body too large; the limit is ${MAX_WEBHOOK_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    // Streamed without a length: refused once it crosses the limit, long before all of it is sent.
    const streamed = await request(g.url, { chunks: 64, headers: { 'transfer-encoding': 'chunked' } });
    expect(streamed.status).toBe(413);
    expect(g.received).toEqual([]);
  });

  it('answers other methods with 405', async () => {
    const answer = await request(g.url, { method: 'GET' });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('POST');
    expect(answer.body.errors?.[0]?.extensions.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('keeps the secret and the signatures out of every answer and log line', () => {
    const everything = logs.lines.join('\n');
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain('v1=');
    expect(
      logs
        .entries()
        .filter((e) => e.msg === 'webhook received')
        .map((e) => [e.eventId, e.outcome]),
    ).toEqual([
      ['evt_intake_1', 'published'],
      ['evt_intake_2', 'published'],
      ['evt_intake_2', 'duplicate'],
      ['evt_intake_4', 'published'],
    ]);
  });
});

describe('webhook intake without STRIPE_WEBHOOK_SECRET', () => {
  it('is off: 404, nothing published', async () => {
    const logs = captureLogs();
    const g = await gateway({}, logs);
    try {
      const answer = await request(g.url, signed(stripeEvent('evt_off')));
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({
        errors: [{ message: 'Webhook intake is off: set STRIPE_WEBHOOK_SECRET to receive Stripe events', extensions: { code: 'NOT_FOUND' } }],
      });
      expect(g.received).toEqual([]);
    } finally {
      await g.gateway.close();
    }
  });
});

describe('two gateways on one Redis', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('a webhook to the first reaches a subscriber on the second exactly once, a retry to the second too', async () => {
    const logs = captureLogs();
    const env = { STRIPE_WEBHOOK_SECRET: SECRET, REDIS_URL: redis.url };
    const first = await gateway(env, logs);
    const second = await gateway(env, logs);
    try {
      for (let i = 0; i < 200 && !(first.gateway.events.status().connected && second.gateway.events.status().connected); i++)
        await new Promise((r) => setTimeout(r, 10));
      const delivery = signed(stripeEvent('evt_replicas_1', { account: 'acct_kavholm' }));
      expect((await request(first.url, delivery)).body).toEqual({ received: true, duplicate: false });
      // Stripe retries the same event; this time a load balancer sends it to the other replica.
      expect((await request(second.url, delivery)).body).toEqual({ received: true, duplicate: true });
      for (let i = 0; i < 200 && second.received.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 100));
      expect(second.received.map((e) => `${e.id}:${e.account}`)).toEqual(['evt_replicas_1:acct_kavholm']);
      expect(first.received.map((e) => `${e.id}:${e.account}`)).toEqual(['evt_replicas_1:acct_kavholm']);
    } finally {
      await Promise.all([first.gateway.close(), second.gateway.close()]);
      keepLogs(logs.lines);
    }
  });
});

describe('eventFromStripe and RecentIds', () => {
  it('reads an event without an account as the platform own (null)', () => {
    const parsed = eventFromStripe(JSON.parse(stripeEvent('evt_p', { account: '' })));
    expect(typeof parsed === 'string' ? parsed : parsed.account).toBeNull();
    expect(eventFromStripe(JSON.parse(stripeEvent('evt_p', { account: 7 })))).toBe('The event account must be a string');
    expect(eventFromStripe([])).toBe('The body is not a JSON object');
  });

  it('remembers at most its capacity, forgetting the oldest first', () => {
    const recent = new RecentIds(2);
    expect(['a', 'b', 'a', 'c', 'a', 'c'].map((id) => recent.firstSeen(id))).toEqual([true, true, false, true, true, false]);
    expect(recent.size).toBe(2);
    expect(() => new RecentIds(0)).toThrow('RecentIds needs a capacity of at least 1');
  });
});
