/**
 * Three gateway processes, one Redis, the emulator, all on loopback: the key's in-flight limit
 * holds across the three (the emulator counts requests answered at once), and stopping Redis in
 * the middle of a run loses no operation: each replica goes on with its own limits and says so.
 * The processes share nothing but Redis and the emulator.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { fingerprint } from '../../src/emulator/auth';
import { keepLogs } from '../helpers/logs';
import { startRedis, type TestRedis } from '../helpers/redis';
import { until as waitUntil } from '../helpers/wait';

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '..', '..');
const KEY = 'sk_test_multiReplica1';
const MAX_IN_FLIGHT = 4;
// The demo's four accounts, then each one's persons and capabilities: 9 requests, 8 of them in one wave.
const ACCOUNTS = 4;
const REQUESTS_PER_OPERATION = 1 + 2 * ACCOUNTS;
const QUERY = '{ accounts(first: 10) { nodes { id persons { nodes { id } } capabilities { nodes { id } } } } }';

interface Replica {
  child: ChildProcess;
  lines: string[];
  url: string;
  exited: Promise<number | null>;
}

/** Processes start slowly on a busy machine: up to 30 s. */
const until = (condition: () => boolean, what: string): Promise<void> => waitUntil(condition, what, 30_000, 20);

async function startReplica(emulator: RunningEmulator, redisUrl: string): Promise<Replica> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      STRIPE_API_BASE: emulator.url,
      STRIPE_API_KEY: KEY,
      GATEWAY_AUTH: 'open',
      REDIS_URL: redisUrl,
      STRIPE_MAX_IN_FLIGHT: String(MAX_IN_FLIGHT),
      STRIPE_MAX_PER_SECOND: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
  });
  child.stderr.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  const ready = (): Record<string, unknown> | undefined => entries(lines).find((e) => e.msg === 'Stripe Graph Gateway ready');
  await until(() => ready() !== undefined || child.exitCode !== null, 'a gateway to start');
  if (!ready()) throw new Error(`the gateway exited before it was ready:\n${lines.join('\n')}`);
  return { child, lines, url: String(ready()!.url), exited };
}

function entries(lines: string[]): Array<Record<string, unknown>> {
  return lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}

async function operation(url: string): Promise<{ errors: unknown; accounts: number }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
  const body = (await res.json()) as { errors?: unknown; data?: { accounts: { nodes: unknown[] } } };
  return { errors: body.errors ?? null, accounts: body.data?.accounts.nodes.length ?? -1 };
}

/** `count` operations for each replica, `perReplica` at a time on each. */
async function load(
  replicas: Replica[],
  count: number,
  perReplica: number,
  onDone: (n: number) => void = () => undefined,
): Promise<Array<{ errors: unknown; accounts: number }>> {
  const results: Array<{ errors: unknown; accounts: number }> = [];
  const worker = async (replica: Replica, quota: { left: number }): Promise<void> => {
    while (quota.left > 0) {
      quota.left -= 1;
      results.push(await operation(replica.url));
      onDone(results.length);
    }
  };
  await Promise.all(
    replicas.flatMap((r) => {
      const quota = { left: count };
      return Array.from({ length: perReplica }, () => worker(r, quota));
    }),
  );
  return results;
}

let emulator: RunningEmulator;
let redis: TestRedis;
let replicas: Replica[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, latencyMs: 5 });
  redis = await startRedis();
  replicas = await Promise.all([0, 1, 2].map(() => startReplica(emulator, redis.url)));
});

afterAll(async () => {
  for (const r of replicas) r.child.kill('SIGTERM');
  const codes = await Promise.all(replicas.map((r) => r.exited));
  keepLogs(replicas.flatMap((r) => r.lines));
  await redis.stop();
  await emulator.close();
  expect(codes).toEqual([0, 0, 0]);
});

test('three replicas together keep the key at 4 requests in flight', async () => {
  const results = await load(replicas, 10, 2);
  expect(results.filter((r) => r.errors !== null || r.accounts !== ACCOUNTS)).toEqual([]);
  expect(results.length).toBe(30);
  // Every replica took its share of the load.
  // (Each replica's access lines reach its stdout a moment after the answer.)
  const served = (r: Replica): number => entries(r.lines).filter((e) => e.msg === 'operation').length;
  await until(() => replicas.every((r) => served(r) >= 10), 'the access lines');
  expect(replicas.map(served)).toEqual([10, 10, 10]);
  // 30 operations of 9 requests, six at a time, each replica allowed 4 on its own: together, 4.
  expect(emulator.control.requestLog().length).toBe(30 * REQUESTS_PER_OPERATION);
  expect(emulator.control.maxInFlight()).toEqual({ [fingerprint(KEY)]: MAX_IN_FLIGHT });
  for (const r of replicas) {
    expect(await (await fetch(new URL('/readyz', r.url))).json()).toEqual({ status: 'ready', details: { limits: 'shared', events: 'shared' } });
  }
});

test('Redis stopped in the middle of a run: no operation lost; each replica says it runs on its own limits', async () => {
  let stopped: Promise<void> | undefined;
  const results = await load(replicas, 10, 2, (done) => {
    if (done === 10) stopped = redis.stop();
  });
  await stopped;
  expect(results.length).toBe(30);
  expect(results.filter((r) => r.errors !== null || r.accounts !== ACCOUNTS)).toEqual([]);
  for (const r of replicas) {
    await until(
      () => entries(r.lines).some((e) => typeof e.msg === 'string' && e.msg.startsWith('Redis is unreachable') && e.msg.includes('limits')),
      'the outage in the log',
    );
    expect(await (await fetch(new URL('/readyz', r.url))).json()).toEqual({
      status: 'ready',
      details: { limits: 'local (Redis unreachable)', events: 'local (Redis unreachable)' },
    });
  }
});
