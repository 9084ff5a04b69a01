/**
 * `npm run bench`: the gateway against its physical limit (the floor) and against itself with
 * loaders and priming off (naive), on the same emulator, in one run.
 *
 *   bench process: emulator (in-process) + floor client + load generator
 *   child process: the gateway (src/main.ts, loaders on)   } each with bench/probe.ts preloaded,
 *   child process: the gateway (src/main.ts, loaders off)  } reporting its own CPU and memory
 *
 * 1. Trace: each operation alone, a few times, with added latency, to count upstream requests
 *    and sequential waves from the emulator's request log (definition in stats.ts).
 * 2. Load: each operation at a fixed concurrency for a fixed number of operations, at 0 ms and
 *    50 ms of added emulator latency: p50/p95/p99, ops/s, gateway CPU per operation, peak RSS.
 * 3. Hostile documents (bench/hostile.ts): the gateway's CPU time for each, one at a time.
 * 4. Sizes: an introspection result and the nested read, uncompressed, gzip and brotli.
 * 5. Fairness (bench/fairness.ts): a light caller's p95 beside a heavy caller on the same key.
 * 6. Live updates (bench/events.ts): event-to-subscriber latency, webhooks in, WebSocket subscribers out.
 * 7. Replicas (bench/replicas.ts): one, three alone, three sharing one key's budget through Redis.
 * Writes bench/results/latest.json and latest.md and prints the tables.
 * `npm run bench -- --hostile` runs only step 3 against one gateway and prints its table;
 * `npm run bench -- --trace` only step 1 (request and wave counts), printed, nothing written.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadMetadata, startEmulator, type RunningEmulator } from '../src/emulator';
import { seedFixture, type BenchFixture } from './fixture';
import { startGatewayProcess, type GatewayProcess } from './gateway-process';
import { compressionTable, measureCompression } from './compression';
import { fairnessTable, measureFairness } from './fairness';
import { eventsTable, measureEvents } from './events';
import { measureReplicas, replicasTable } from './replicas';
import { callNumber, graphqlPoster, runLoad, type GraphQLPoster } from './load';
import { OPERATIONS, type Operation } from './operations';
import { measureHostile } from './hostile';
import { hostileSummary, hostileTable, latencyTable, markdown, SYSTEMS, traceTable, type BenchResults, type CellResult, type SystemName, type TraceResult } from './report';
import { restCaller, type RestCaller } from './rest';
import { percentile, waveSizes } from './stats';

/** The bench's own platform key in the emulator (a fresh copy of the demo data). */
const API_KEY = 'sk_test_bench';
const CONCURRENCY = 8;
const LATENCIES_MS = [0, 50];
/** Operations measured per (latency, operation, system) cell, and warm-up operations before them. */
const OPERATIONS_PER_CELL: Record<number, number> = { 0: 200, 50: 100 };
const WARMUP_PER_CELL: Record<number, number> = { 0: 20, 50: 8 };
/** Added latency while tracing waves: well above any spread of one wave's requests. */
const TRACE_LATENCY_MS = 100;
const TRACE_RUNS = 3;
/** Measured requests per hostile document, after its first one. */
const HOSTILE_RUNS = 5;

interface System {
  name: SystemName;
  /** Runs one operation; answers its summary. */
  run(op: Operation, n: number): Promise<unknown>;
  process: GatewayProcess | null;
}

function gatewaySystem(name: SystemName, gateway: GatewayProcess, poster: GraphQLPoster, fx: BenchFixture): System {
  return {
    name,
    process: gateway,
    run: async (op, n) => op.summarize(await poster.post(op.graphql(fx, n)), fx, n),
  };
}

function floorSystem(rest: RestCaller, fx: BenchFixture): System {
  return { name: 'floor', process: null, run: (op, n) => op.floor(rest, fx, n) };
}

function machine(loadAtStart: number[]): Record<string, string | number> {
  const sh = (cmd: string): string => {
    try {
      return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  };
  return {
    cpus: os.cpus().length,
    nproc: sh('nproc'),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    commit: sh('git rev-parse --short HEAD'),
    // Other work on the machine skews latency and throughput (not request or wave counts).
    loadAverage1mAtStart: Number(loadAtStart[0]!.toFixed(2)),
    loadAverage1mAtEnd: Number(os.loadavg()[0]!.toFixed(2)),
  };
}

async function trace(emulator: RunningEmulator, systems: System[]): Promise<TraceResult[]> {
  emulator.control.setFaults({ latencyMs: TRACE_LATENCY_MS });
  const out: TraceResult[] = [];
  for (const op of OPERATIONS) {
    let floorSummary: string | undefined;
    for (const system of systems) {
      const result: TraceResult = { operation: op.name, system: system.name, requests: [], waves: [], waveSizes: [], routes: {} };
      for (let run = 0; run < TRACE_RUNS; run++) {
        emulator.control.resetLog();
        const summary = JSON.stringify(await system.run(op, callNumber()));
        const log = emulator.control.requestLog();
        const sizes = waveSizes(
          log.map((e) => e.time),
          TRACE_LATENCY_MS,
        );
        result.requests.push(log.length);
        result.waves.push(sizes.length);
        if (run === 0) {
          result.waveSizes = sizes;
          for (const e of log) {
            const key = `${e.method} ${e.route ?? e.path}`;
            result.routes[key] = (result.routes[key] ?? 0) + 1;
          }
          const failed = log.filter((e) => e.status >= 300);
          if (failed.length > 0) throw new Error(`${system.name} ${op.name}: upstream answered ${failed.map((e) => `${e.status} ${e.method} ${e.path}`).join(', ')}`);
        }
        // The floor and the gateway must answer the same question, or the comparison is void.
        if (system.name === 'floor') floorSummary ??= summary;
        else if (summary !== floorSummary) throw new Error(`${system.name} ${op.name}: answer differs from the floor's\n  floor:   ${floorSummary}\n  ${system.name}: ${summary}`);
      }
      out.push(result);
      console.log(`trace ${op.name.padEnd(10)} ${system.name.padEnd(7)} requests ${result.requests.join('/')} waves ${result.waves.join('/')} (${result.waveSizes.join('+')})`);
    }
  }
  return out;
}

async function measure(emulator: RunningEmulator, systems: System[]): Promise<CellResult[]> {
  const cells: CellResult[] = [];
  for (const latencyMs of LATENCIES_MS) {
    emulator.control.setFaults(latencyMs > 0 ? { latencyMs } : {});
    const total = OPERATIONS_PER_CELL[latencyMs]!;
    const warmup = WARMUP_PER_CELL[latencyMs]!;
    for (const op of OPERATIONS) {
      for (const system of systems) {
        const call = async (n: number): Promise<void> => {
          await system.run(op, n);
        };
        await runLoad(CONCURRENCY, warmup, call);
        emulator.control.resetLog();
        const before = await system.process?.stats(true);
        const load = await runLoad(CONCURRENCY, total, call);
        const after = await system.process?.stats();
        const upstream = emulator.control.requestLog().length;
        emulator.control.resetLog();
        const cell: CellResult = {
          latencyMs,
          operation: op.name,
          system: system.name,
          operations: total,
          p50: percentile(load.latencies, 50),
          p95: percentile(load.latencies, 95),
          p99: percentile(load.latencies, 99),
          mean: load.latencies.reduce((a, b) => a + b, 0) / load.latencies.length,
          opsPerSec: total / (load.wallMs / 1000),
          upstreamPerOp: upstream / total,
          cpuMsPerOp: before && after ? (after.cpuMicros - before.cpuMicros) / 1000 / total : null,
          peakRssMB: after ? after.peakRss / 2 ** 20 : null,
          errors: load.errors.length,
          firstError: load.errors[0] ?? null,
        };
        cells.push(cell);
        console.log(
          `load ${String(latencyMs).padStart(2)}ms ${op.name.padEnd(10)} ${system.name.padEnd(7)} p50 ${cell.p50.toFixed(1)} p99 ${cell.p99.toFixed(1)} ops/s ${cell.opsPerSec.toFixed(0)}` +
            (cell.errors > 0 ? ` ERRORS ${cell.errors}: ${cell.firstError ?? ''}` : ''),
        );
      }
    }
  }
  emulator.control.setFaults({});
  return cells;
}

/** `--hostile`: only the hostile documents, against one gateway; prints, writes nothing. */
async function hostileOnly(): Promise<void> {
  const emulator = await startEmulator({ port: 0 });
  try {
    const gateway = await startGatewayProcess({ apiBase: emulator.url, apiKey: API_KEY, loaders: true });
    try {
      const hostile = await measureHostile(gateway.url, async () => (await gateway.stats()).cpuMicros, HOSTILE_RUNS);
      console.log(`${hostileSummary(hostile, HOSTILE_RUNS)}\n\n${hostileTable(hostile)}`);
      if (hostile.some((h) => !h.asExpected)) process.exitCode = 1;
    } finally {
      await gateway.stop();
    }
  } finally {
    await emulator.close();
  }
}

/** `--trace`: only the request and wave counts of step 1; prints, writes nothing. */
async function traceOnly(): Promise<void> {
  const metadata = loadMetadata();
  const emulator = await startEmulator({ port: 0, metadata });
  const rest = restCaller(emulator.url, API_KEY, metadata.apiVersion);
  const stops: Array<() => Promise<void>> = [() => rest.close(), () => emulator.close()];
  try {
    const fx = await seedFixture(rest);
    const gateway = await startGatewayProcess({ apiBase: emulator.url, apiKey: API_KEY, loaders: true });
    stops.unshift(() => gateway.stop());
    const naive = await startGatewayProcess({ apiBase: emulator.url, apiKey: API_KEY, loaders: false });
    stops.unshift(() => naive.stop());
    const gatewayPoster = graphqlPoster(gateway.url, CONCURRENCY);
    const naivePoster = graphqlPoster(naive.url, CONCURRENCY);
    stops.unshift(() => gatewayPoster.close(), () => naivePoster.close());
    await trace(emulator, [floorSystem(rest, fx), gatewaySystem('gateway', gateway, gatewayPoster, fx), gatewaySystem('naive', naive, naivePoster, fx)]);
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--hostile')) return hostileOnly();
  if (process.argv.includes('--trace')) return traceOnly();
  const started = performance.now();
  const loadAtStart = os.loadavg();
  const metadata = loadMetadata();
  const emulator = await startEmulator({ port: 0, metadata });
  const rest = restCaller(emulator.url, API_KEY, metadata.apiVersion);
  const stops: Array<() => Promise<void>> = [() => rest.close(), () => emulator.close()];
  try {
    const fx = await seedFixture(rest);
    const gateway = await startGatewayProcess({ apiBase: emulator.url, apiKey: API_KEY, loaders: true });
    stops.unshift(() => gateway.stop());
    const naive = await startGatewayProcess({ apiBase: emulator.url, apiKey: API_KEY, loaders: false });
    stops.unshift(() => naive.stop());
    const gatewayPoster = graphqlPoster(gateway.url, CONCURRENCY);
    const naivePoster = graphqlPoster(naive.url, CONCURRENCY);
    stops.unshift(() => gatewayPoster.close(), () => naivePoster.close());
    const idleRssMB = { gateway: (await gateway.stats()).rss / 2 ** 20, naive: (await naive.stats()).rss / 2 ** 20 };
    const systems = [floorSystem(rest, fx), gatewaySystem('gateway', gateway, gatewayPoster, fx), gatewaySystem('naive', naive, naivePoster, fx)];
    if (systems.map((s) => s.name).join() !== SYSTEMS.join()) throw new Error('bench systems out of order');

    const traced = await trace(emulator, systems);
    const cells = await measure(emulator, systems);
    const hostile = await measureHostile(gateway.url, async () => (await gateway.stats()).cpuMicros, HOSTILE_RUNS);
    const compression = await measureCompression(gateway.url, fx);
    // Its own jwt-mode gateway processes, after the others are measured: no load in common.
    const fairness = await measureFairness(emulator, API_KEY);
    // Live updates: a gateway process of its own, webhooks in, WebSocket subscribers out.
    const events = await measureEvents();
    // Several replicas and one key's budget: gateway processes and a Redis of their own.
    const replicas = await measureReplicas();
    const results: BenchResults = {
      generatedAt: new Date().toISOString(),
      durationSec: (performance.now() - started) / 1000,
      machine: machine(loadAtStart),
      settings: {
        apiKey: API_KEY,
        concurrency: CONCURRENCY,
        latenciesMs: LATENCIES_MS,
        operationsPerCell: OPERATIONS_PER_CELL,
        warmupPerCell: WARMUP_PER_CELL,
        traceLatencyMs: TRACE_LATENCY_MS,
        traceRuns: TRACE_RUNS,
        hostileRuns: HOSTILE_RUNS,
        gatewayIdleRssMB: { gateway: Math.round(idleRssMB.gateway), naive: Math.round(idleRssMB.naive) },
        gatewayProcess: 'node --import tsx --import bench/probe.ts src/main.ts, STRIPE_API_BASE=<emulator>, GATEWAY_AUTH=open, GATEWAY_LOADERS=on|off, other settings at their defaults',
      },
      operations: OPERATIONS.map((o) => ({ name: o.name, title: o.title, floorPlan: o.floorPlan })),
      trace: traced,
      cells,
      hostile,
      compression,
      fairness,
      events,
      replicas,
    };
    const dir = resolve(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(resolve(dir, 'latest.md'), markdown(results));
    console.log(`\nUpstream requests and waves (trace at ${TRACE_LATENCY_MS} ms added latency)\n`);
    console.log(traceTable(results));
    for (const latency of LATENCIES_MS) {
      console.log(`\nEmulator latency ${latency} ms, concurrency ${CONCURRENCY}, ${OPERATIONS_PER_CELL[latency]} operations per cell\n`);
      console.log(latencyTable(results, latency));
    }
    console.log(`\nHostile documents, one at a time\n\n${hostileSummary(hostile, HOSTILE_RUNS)}\n`);
    console.log(hostileTable(hostile));
    console.log('\nAnswer sizes on the wire\n');
    console.log(compressionTable(compression));
    console.log(`\n${fairnessTable(fairness)}`);
    console.log(`\n${eventsTable(events)}`);
    console.log(`\n${replicasTable(replicas)}`);
    console.log(`\nWrote bench/results/latest.json and latest.md in ${results.durationSec.toFixed(0)} s.`);
    const errors = cells.reduce((sum, c) => sum + c.errors, 0);
    if (errors > 0 || hostile.some((h) => !h.asExpected)) process.exitCode = 1;
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exit(1);
});
