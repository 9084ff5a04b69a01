/**
 * Several replicas, one Stripe budget (issue 17): the nested operation (accounts, then each
 * one's persons and capabilities) from 12 concurrent clients spread over the replicas, against
 * the emulator with 20 ms of latency, STRIPE_MAX_IN_FLIGHT=8 per key:
 *
 *   1 replica            the budget as one process keeps it
 *   3 replicas, alone    each keeps its own budget: together up to three times the key's limit
 *   3 replicas, Redis    REDIS_URL: one in-flight budget across the three (the per-second
 *                        limit raised out of the way; with Stripe's 25/s for test keys it rules)
 *
 * Reports ops/s, p95 and the most requests of the key the emulator answered at once (its
 * GET /_emulator/concurrency). Run alone: `npm run bench:replicas` (needs redis-server).
 */
import { fingerprint } from '../src/emulator/auth';
import { startEmulator } from '../src/emulator';
import { startRedis } from '../test/helpers/redis';
import { startGatewayProcess, type GatewayProcess } from './gateway-process';
import { percentile } from './stats';
import { graphqlPoster, runLoad } from './load';

const KEY = 'sk_test_benchReplicas';
const MAX_IN_FLIGHT = 8;
const CLIENTS = 12;
const OPERATIONS = 240;
const QUERY = '{ accounts(first: 10) { nodes { id persons { nodes { id } } capabilities { nodes { id } } } } }';

export interface ReplicaRow {
  setup: string;
  opsPerSecond: number;
  p95Ms: number;
  maxInFlight: number;
  errors: number;
}

/** CLIENTS closed-loop clients spread over the replicas, through the bench's own load loop. */
async function drive(urls: string[]): Promise<{ opsPerSecond: number; p95Ms: number; errors: number }> {
  const posters = urls.map((url) => graphqlPoster(url, CLIENTS));
  try {
    const load = await runLoad(CLIENTS, OPERATIONS, async (n) => {
      await posters[n % posters.length]!.post({ query: QUERY, variables: {} });
    });
    return { opsPerSecond: OPERATIONS / (load.wallMs / 1000), p95Ms: percentile(load.latencies, 95), errors: load.errors.length };
  } finally {
    await Promise.all(posters.map((poster) => poster.close()));
  }
}

/** The three setups, one after another, each with fresh gateway processes. */
export async function measureReplicas(): Promise<ReplicaRow[]> {
  const emulator = await startEmulator({ port: 0, latencyMs: 20 });
  const redis = await startRedis();
  const rows: ReplicaRow[] = [];
  const setups: Array<[string, number, Record<string, string>]> = [
    ['1 replica', 1, {}],
    ['3 replicas, alone', 3, {}],
    // Above the emulator's pace: this row measures the shared in-flight limit. With the default
    // (Stripe's 25 a second for a test key) the three replicas together start 25 requests a second.
    ['3 replicas, Redis', 3, { REDIS_URL: redis.url, STRIPE_MAX_PER_SECOND: '10000' }],
  ];
  try {
    for (const [setup, count, env] of setups) {
      const gateways: GatewayProcess[] = [];
      for (let i = 0; i < count; i += 1) {
        gateways.push(
          await startGatewayProcess({
            apiBase: emulator.url,
            apiKey: KEY,
            loaders: true,
            env: { STRIPE_MAX_IN_FLIGHT: String(MAX_IN_FLIGHT), LOG_LEVEL: 'warn', ...env },
          }),
        );
      }
      try {
        await drive(gateways.map((g) => g.url)); // warm-up
        emulator.control.resetLog();
        const result = await drive(gateways.map((g) => g.url));
        rows.push({ setup, ...result, maxInFlight: emulator.control.maxInFlight()[fingerprint(KEY)] ?? 0 });
      } finally {
        await Promise.all(gateways.map((g) => g.stop()));
      }
    }
  } finally {
    await redis.stop();
    await emulator.close();
  }
  return rows;
}

/** The rows as a Markdown table, ratios against the one-replica row of the same run. */
export function replicasTable(rows: readonly ReplicaRow[]): string {
  const base = rows[0]!;
  return [
    `${OPERATIONS} nested operations, ${CLIENTS} clients, STRIPE_MAX_IN_FLIGHT=${MAX_IN_FLIGHT}, emulator latency 20 ms`,
    '',
    '| setup | ops/s | ×1 replica | p95 ms | key max in flight | errors |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.setup} | ${r.opsPerSecond.toFixed(1)} | ${(r.opsPerSecond / base.opsPerSecond).toFixed(2)}× | ${r.p95Ms.toFixed(1)} | ${r.maxInFlight} | ${r.errors} |`,
    ),
  ].join('\n');
}

if (require.main === module) {
  measureReplicas().then(
    (rows) => console.log(replicasTable(rows)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
