/**
 * `npm start` with no configuration: the embedded demo registers its own webhook endpoint on
 * the built-in emulator, so a subscription receives the change a mutation makes, with demo data
 * and no setup. Runs src/main.ts as a process and talks HTTP and WebSocket to it.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { keepLogs } from '../helpers/logs';
import { until as waitUntil } from '../helpers/wait';
import { loopbackWebhookUrl } from '../../src/events/self-registration';

const ROOT = resolve(__dirname, '..', '..');
/** The key main.ts gives its embedded emulator (src/main.ts cannot be imported: it starts the process). */
const EMBEDDED_DEMO_KEY = 'sk_test_embedded_demo';

/** This file's waits: up to `tries` polls 20 ms apart. */
const until = (condition: () => boolean, what: string, tries = 1_000): Promise<void> => waitUntil(condition, what, tries * 20, 20);

describe('the embedded demo', () => {
  it("delivers the emulator's events to subscriptions with no setup", async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let partial = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const parts = (partial + chunk.toString('utf8')).split('\n');
      partial = parts.pop()!;
      lines.push(...parts);
    });
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    try {
      const entries = (): Array<Record<string, unknown>> => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      await until(() => entries().some((e) => e.msg === 'Stripe Graph Gateway ready'), 'the gateway to start');
      const ready = entries().find((e) => e.msg === 'Stripe Graph Gateway ready')!;
      const emulatorUrl = String(entries().find((e) => typeof e.emulator === 'string')!.emulator);
      const url = String(ready.url);
      const port = Number(new URL(url).port);

      const sessions = (await (
        await fetch(`${emulatorUrl}/v1/identity/verification_sessions?status=requires_input`, { headers: { authorization: `Bearer ${EMBEDDED_DEMO_KEY}` } })
      ).json()) as { data: Array<{ id: string }> };
      const id = sessions.data[0]!.id;
      const results: Array<{ data: { stripeEvents: { type: string; object: { id: string; status?: string } } } }> = [];
      const client = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
      const stop = client.subscribe(
        { query: 'subscription { stripeEvents(types: ["account.updated", "identity.verification_session.canceled"]) { type object } }' },
        { next: (r) => void results.push(r as (typeof results)[number]), error: () => undefined, complete: () => undefined },
      );
      // Another process's bus cannot be watched: touch an account until its event comes through,
      // which shows the subscription is live, then make the change under test.
      const accounts = (await (await fetch(`${emulatorUrl}/v1/accounts`, { headers: { authorization: `Bearer ${EMBEDDED_DEMO_KEY}` } })).json()) as {
        data: Array<{ id: string }>;
      };
      for (let i = 0; i < 50 && results.length === 0; i++) {
        await fetch(`${emulatorUrl}/v1/accounts/${accounts.data[0]!.id}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${EMBEDDED_DEMO_KEY}`, 'content-type': 'application/x-www-form-urlencoded' },
          body: `metadata[probe]=${i}`,
        });
        await until(() => results.length > 0, 'a probe', 10).catch(() => undefined);
      }
      expect(results[0]?.data.stripeEvents.type).toBe('account.updated');
      const mutation = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation ($id: ID!) { cancelIdentityVerificationSession(id: $id) { status } }', variables: { id } }),
      });
      expect(await mutation.json()).toEqual({
        data: { cancelIdentityVerificationSession: { status: 'CANCELED' } },
        extensions: { idempotencyKeys: { cancelIdentityVerificationSession: expect.stringMatching(/^c[A-Za-z0-9_-]{16}\.[0-9a-f-]{36}$/) } },
      });
      const canceled = () => results.filter((r) => r.data.stripeEvents.type === 'identity.verification_session.canceled');
      await until(() => canceled().length === 1, 'the update over WebSocket');
      expect(canceled().map((r) => [r.data.stripeEvents.object.id, r.data.stripeEvents.object.status])).toEqual([[id, 'canceled']]);
      expect(
        entries()
          .filter((e) => e.msg === 'webhook received' && e.type === 'identity.verification_session.canceled')
          .map((e) => e.outcome),
      ).toEqual(['published']);
      stop();
      await client.dispose();
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      keepLogs(lines);
    }
  });

  it('points the endpoint at loopback when the gateway binds every interface', () => {
    expect([loopbackWebhookUrl('0.0.0.0', 4000), loopbackWebhookUrl('::', 4000), loopbackWebhookUrl('127.0.0.1', 81), loopbackWebhookUrl('::1', 82)]).toEqual([
      'http://127.0.0.1:4000/webhooks/stripe',
      'http://127.0.0.1:4000/webhooks/stripe',
      'http://127.0.0.1:81/webhooks/stripe',
      'http://[::1]:82/webhooks/stripe',
    ]);
  });
});
