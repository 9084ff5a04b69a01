/**
 * `npm run bench:events`: event-to-subscriber latency. A gateway process (src/main.ts) with
 * webhook intake on; 100 graphql-ws subscribers to `stripeEvents`; 1,000 signed webhooks posted
 * to /webhooks/stripe, 8 at a time. Latency is from just before an event's POST to its arrival
 * at a subscriber, over every (event, subscriber) pair: 100,000 samples. Prints p50, p99, max
 * and the events' throughput. The bench process holds the subscribers and the poster, so its
 * own event loop is part of what is measured (on a shared machine, expect noise).
 */
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { signatureHeader } from '../src/events/signature';
import { startGatewayProcess } from './gateway-process';
import { percentile } from './stats';
import { until } from '../test/helpers/wait';

const SUBSCRIBERS = 100;
const EVENTS = 1_000;
const CONCURRENCY = 8;
const SECRET = 'whsec_bench_events_secret_value';

function payload(id: string): Buffer {
  const event = {
    id,
    object: 'event',
    type: 'account.updated',
    created: Math.floor(Date.now() / 1000),
    data: { object: { id: 'acct_bench', object: 'account' } },
  };
  return Buffer.from(JSON.stringify(event), 'utf8');
}

async function post(base: string, id: string): Promise<void> {
  const body = payload(id);
  const res = await fetch(`${base}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signatureHeader(body, Math.floor(Date.now() / 1000), [SECRET]) },
    body,
  });
  if (res.status !== 200) throw new Error(`webhook ${id} answered ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
}

export interface EventsResult {
  subscribers: number;
  events: number;
  concurrency: number;
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  eventsPerSecond: number;
}

/** One run: 1,000 signed webhooks to 100 subscribers of a fresh gateway process. */
export async function measureEvents(): Promise<EventsResult> {
  const gateway = await startGatewayProcess({
    apiBase: 'http://127.0.0.1:9',
    apiKey: 'sk_test_bench_events',
    loaders: true,
    env: { STRIPE_WEBHOOK_SECRET: SECRET, LOG_LEVEL: 'warn' },
  });
  const base = gateway.url.replace(/\/graphql$/, '');
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const probes = new Array<number>(SUBSCRIBERS).fill(0);
  const clients: Client[] = [];
  try {
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const client = createClient({ url: gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
      clients.push(client);
      client.subscribe(
        { query: 'subscription { stripeEvents { id } }' },
        {
          next: (r) => {
            const id = (r.data as { stripeEvents: { id: string } }).stripeEvents.id;
            const sent = sentAt.get(id);
            if (sent === undefined) probes[i]! += 1;
            else latencies.push(performance.now() - sent);
          },
          error: (e) => console.error('subscriber error', e),
          complete: () => undefined,
        },
      );
    }
    // Probe until every subscriber is live (the gateway's bus is in another process).
    for (let p = 0; p < 200 && probes.some((n) => n === 0); p++) {
      await post(base, `evt_probe_${p}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    if (probes.some((n) => n === 0)) throw new Error('not every subscriber became live');
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < EVENTS) {
          const id = `evt_bench_${next++}`;
          sentAt.set(id, performance.now());
          await post(base, id);
        }
      }),
    );
    await until(() => latencies.length === EVENTS * SUBSCRIBERS, 'every event at every subscriber', 30_000, 5);
    const seconds = (performance.now() - started) / 1000;
    const round = (n: number): number => Math.round(n * 100) / 100;
    return {
      subscribers: SUBSCRIBERS,
      events: EVENTS,
      concurrency: CONCURRENCY,
      samples: latencies.length,
      p50Ms: round(percentile(latencies, 50)),
      p99Ms: round(percentile(latencies, 99)),
      maxMs: round(latencies.reduce((a, b) => Math.max(a, b), 0)),
      eventsPerSecond: Math.round(EVENTS / seconds),
    };
  } finally {
    await Promise.all(
      clients.map(async (c) => {
        await c.dispose();
      }),
    );
    await gateway.stop();
  }
}

/** The figures as a Markdown table (the bench report and this script's own output). */
export function eventsTable(r: EventsResult): string {
  return [
    `Event to subscriber: ${r.events} signed webhooks, ${r.concurrency} at a time, to ${r.subscribers} graphql-ws subscribers (${r.samples} samples)`,
    '',
    '| p50 | p99 | max | events/s |',
    '| --- | --- | --- | --- |',
    `| ${r.p50Ms} ms | ${r.p99Ms} ms | ${r.maxMs} ms | ${r.eventsPerSecond} |`,
  ].join('\n');
}

if (require.main === module) {
  measureEvents().then(
    (result) => console.log(eventsTable(result)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
