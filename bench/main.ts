/**
 * `npm run bench`: the compiled gateway against its physical limit (the floor) and against
 * itself with loaders and priming off (naive), on the same emulator, in one run.
 *
 *   bench process: emulator (in-process) + floors + load generator
 *   child process: the gateway (dist/main.js, loaders on)   } each with bench/probe.cjs
 *   child process: the gateway (dist/main.js, loaders off)  } preloaded, reporting its own
 *   child process: the bare proxy (bench/bare-proxy.cjs)    } CPU and memory
 *
 * 0. Build (`node scripts/build.js --if-stale`); start to ready and idle RSS (bench/startup.ts).
 * 1. Trace: each operation alone, a few times, with added latency, to count upstream requests
 *    and sequential waves from the emulator's request log (definition in stats.ts).
 * 2. Load: each operation at a fixed concurrency for a fixed number of operations, at 0 ms and
 *    50 ms of added emulator latency: p50/p95/p99, ops/s, server CPU per operation, peak RSS.
 *    The capped floor (the gateway's in-flight limit) runs the nested operation, the bare proxy
 *    the account one.
 * 3. Added latency unloaded (bench/unloaded.ts): concurrency 1, interleaved rounds.
 * 4. Hostile documents (bench/hostile.ts): the gateway's CPU time for each, one at a time.
 * 5. Sizes: an introspection result and the nested read, uncompressed, gzip and brotli.
 * 6. Fairness (bench/fairness.ts): a light caller's p95 beside a heavy caller on the same key.
 * 7. Live updates (bench/events.ts): event-to-subscriber latency, webhooks in, WebSocket subscribers out.
 * 8. Replicas (bench/replicas.ts): one, three alone, three sharing one key's budget through Redis.
 * Writes bench/results/latest.json and latest.md (issue 15's targets first) and prints the tables.
 * `npm run bench -- --hostile` runs only step 4 against one gateway and prints its table;
 * `npm run bench -- --trace` only step 1 (request and wave counts), printed, nothing written.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadMetadata, startEmulator, type RunningEmulator } from '../src/emulator';
import { DEFAULT_CONFIG } from '../src/datasources/config';
import { seedFixture, type BenchFixture } from './fixture';
import { ensureBuilt, startGatewayProcess, type GatewayProcess } from './gateway-process';
import { startBareProxy } from './bare-proxy';
import { measureCompression } from './compression';
import { measureFairness } from './fairness';
import { measureEvents } from './events';
import { measureReplicas } from './replicas';
import { callNumber, graphqlPoster } from './load';
import { OPERATIONS } from './operations';
import { measureHostile } from './hostile';
import { consoleReport, hostileSummary, hostileTable, markdown, SYSTEMS, type BenchResults, type CellResult, type TraceResult } from './report';
import { cappedRestCaller, restCaller, type RestCaller } from './rest';
import { measureCell } from './cell';
import { measureStartup, type StartupResult } from './startup';
import { floorSystem, serverSystem, takesPart, type System } from './systems';
import { measureUnloaded, type UnloadedPlan } from './unloaded';
import { waveSizes } from './stats';

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
/** Starts of the compiled gateway (and of the bare proxy) for start to ready, and the wait before idle RSS is read. */
const GATEWAY_STARTS = 5;
const BARE_PROXY_STARTS = 3;
const SETTLE_MS = 2_000;
/** Added latency unloaded: 300 samples per system after warm-up. */
const UNLOADED: UnloadedPlan = { rounds: 15, perRound: 20, warmup: 30 };
/** The gateway's per-key in-flight limit at its default, which the capped floor obeys too. */
const MAX_IN_FLIGHT = DEFAULT_CONFIG.maxInFlightPerCredential;
const GATEWAY_PROCESS =
  'node --require bench/probe.cjs dist/main.js, STRIPE_API_BASE=<emulator>, GATEWAY_AUTH=open, GATEWAY_LOADERS=on|off, other settings at their defaults';

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
    for (const system of systems.filter((s) => takesPart(s, op))) {
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
          if (failed.length > 0)
            throw new Error(`${system.name} ${op.name}: upstream answered ${failed.map((e) => `${e.status} ${e.method} ${e.path}`).join(', ')}`);
        }
        // Every system must answer the floor's question, or the comparison is void.
        if (system.name === 'floor') floorSummary ??= summary;
        else if (summary !== floorSummary)
          throw new Error(`${system.name} ${op.name}: answer differs from the floor's\n  floor:   ${floorSummary}\n  ${system.name}: ${summary}`);
      }
      out.push(result);
      console.log(
        `trace ${op.name.padEnd(10)} ${system.name.padEnd(12)} requests ${result.requests.join('/')} waves ${result.waves.join('/')} (${result.waveSizes.join('+')})`,
      );
    }
  }
  return out;
}

async function measure(emulator: RunningEmulator, systems: System[]): Promise<CellResult[]> {
  const cells: CellResult[] = [];
  for (const latencyMs of LATENCIES_MS) {
    emulator.control.setFaults(latencyMs > 0 ? { latencyMs } : {});
    const plan = { latencyMs, concurrency: CONCURRENCY, total: OPERATIONS_PER_CELL[latencyMs]!, warmup: WARMUP_PER_CELL[latencyMs]! };
    for (const op of OPERATIONS) {
      for (const system of systems.filter((s) => takesPart(s, op))) {
        const cell = await measureCell(emulator, system, op, plan);
        cells.push(cell);
        console.log(
          `load ${String(latencyMs).padStart(2)}ms ${op.name.padEnd(10)} ${system.name.padEnd(12)} p50 ${cell.p50.toFixed(1)} p99 ${cell.p99.toFixed(1)} ops/s ${cell.opsPerSec.toFixed(0)}` +
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

interface BenchWorld {
  apiVersion: string;
  emulator: RunningEmulator;
  rest: RestCaller;
  fx: BenchFixture;
  /** How to stop what `run` starts; everything here is stopped after it, latest first. */
  stops: Array<() => Promise<void>>;
}

/** The compiled gateway, the emulator with the bench's data and the floor's REST caller, for `run`. */
async function withEmulator<T>(run: (world: BenchWorld) => Promise<T>): Promise<T> {
  ensureBuilt();
  const metadata = loadMetadata();
  const emulator = await startEmulator({ port: 0, metadata });
  const rest = restCaller(emulator.url, API_KEY, metadata.apiVersion);
  const stops: Array<() => Promise<void>> = [() => rest.close(), () => emulator.close()];
  try {
    const fx = await seedFixture(rest);
    return await run({ apiVersion: metadata.apiVersion, emulator, rest, fx, stops });
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

/** `--trace`: only the request and wave counts of step 1; prints, writes nothing. */
async function traceOnly(): Promise<void> {
  await withEmulator(async ({ apiVersion, emulator, rest, fx, stops }) => {
    const running = await startSystems(emulator, rest, fx, apiVersion, stops);
    await trace(emulator, running.systems);
  });
}

/** Step 0: the compiled gateway and the bare proxy started a few times each, alone. */
async function startups(apiBase: string, stripeVersion: string): Promise<{ gateway: StartupResult; bareProxy: StartupResult }> {
  const gateway = await measureStartup(() => startGatewayProcess({ apiBase, apiKey: API_KEY, loaders: true }), GATEWAY_STARTS, SETTLE_MS);
  const bareProxy = await measureStartup(() => startBareProxy(apiBase, API_KEY, stripeVersion), BARE_PROXY_STARTS, SETTLE_MS);
  return { gateway, bareProxy };
}

interface Running {
  systems: System[];
  gateway: GatewayProcess;
  idleRssMB: { gateway: number; naive: number };
  /** The gateway's RSS high-water mark once started, before any load, MB. */
  startPeakMB: number;
}

/** The systems of steps 1-3, in SYSTEMS order; `stops` collects how to end each. */
async function startSystems(
  emulator: RunningEmulator,
  rest: RestCaller,
  fx: BenchFixture,
  stripeVersion: string,
  stops: Array<() => Promise<void>>,
): Promise<Running> {
  const start = async <T extends { stop(): Promise<void> }>(started: Promise<T>): Promise<T> => {
    const p = await started;
    stops.unshift(() => p.stop());
    return p;
  };
  const gateway = await start(startGatewayProcess({ apiBase: emulator.url, apiKey: API_KEY, loaders: true }));
  const naive = await start(startGatewayProcess({ apiBase: emulator.url, apiKey: API_KEY, loaders: false }));
  const bare = await start(startBareProxy(emulator.url, API_KEY, stripeVersion));
  const poster = (url: string): ReturnType<typeof graphqlPoster> => {
    const p = graphqlPoster(url, CONCURRENCY);
    stops.unshift(() => p.close());
    return p;
  };
  const systems = [
    floorSystem('floor', rest, fx),
    floorSystem('floor-capped', cappedRestCaller(rest, MAX_IN_FLIGHT), fx, ['nested']),
    serverSystem('gateway', gateway, poster(gateway.url), fx),
    serverSystem('naive', naive, poster(naive.url), fx),
    serverSystem('bare-proxy', bare, poster(bare.url), fx, ['account']),
  ];
  if (systems.map((s) => s.name).join() !== SYSTEMS.join()) throw new Error('bench systems out of order');
  const started = await gateway.stats();
  const idleRssMB = { gateway: started.rss / 2 ** 20, naive: (await naive.stats()).rss / 2 ** 20 };
  return { systems, gateway, idleRssMB, startPeakMB: started.maxRssLifetime / 2 ** 20 };
}

function settings(idleRssMB: Running['idleRssMB']): Record<string, unknown> {
  return {
    apiKey: API_KEY,
    concurrency: CONCURRENCY,
    latenciesMs: LATENCIES_MS,
    operationsPerCell: OPERATIONS_PER_CELL,
    warmupPerCell: WARMUP_PER_CELL,
    traceLatencyMs: TRACE_LATENCY_MS,
    traceRuns: TRACE_RUNS,
    hostileRuns: HOSTILE_RUNS,
    maxInFlight: MAX_IN_FLIGHT,
    gatewayIdleRssMB: { gateway: Math.round(idleRssMB.gateway), naive: Math.round(idleRssMB.naive) },
    gatewayProcess: GATEWAY_PROCESS,
  };
}

/** A step's result and the process's peak RSS during it, MB (the probe's sampled peak). */
async function withPeak<T>(process_: GatewayProcess, step: () => Promise<T>): Promise<[T, number]> {
  await process_.stats(true);
  const result = await step();
  return [result, (await process_.stats()).peakRss / 2 ** 20];
}

/** Steps 1-5 on the running systems; the gateway's peak RSS is read after the last of them. */
async function onGateway(
  emulator: RunningEmulator,
  running: Running,
  fx: BenchFixture,
): Promise<Pick<BenchResults, 'trace' | 'cells' | 'unloaded' | 'hostile' | 'compression' | 'peakRss'>> {
  const { systems, gateway } = running;
  const traced = await trace(emulator, systems);
  const cells = await measure(emulator, systems);
  const unloadedSystems = systems.filter((s) => ['floor', 'gateway', 'bare-proxy'].includes(s.name));
  const account = OPERATIONS.find((o) => o.name === 'account')!;
  const [unloaded, unloadedMB] = await withPeak(gateway, () => measureUnloaded(unloadedSystems, account, UNLOADED));
  console.log(
    `unloaded account p50: ${Object.entries(unloaded.p50)
      .map(([k, v]) => `${k} ${v.toFixed(2)} ms`)
      .join(', ')}`,
  );
  const [hostile, hostileMB] = await withPeak(gateway, () => measureHostile(gateway.url, async () => (await gateway.stats()).cpuMicros, HOSTILE_RUNS));
  const [compression, compressionMB] = await withPeak(gateway, () => measureCompression(gateway.url, fx));
  const loadCellsMB = Math.max(...cells.filter((c) => c.system === 'gateway').map((c) => c.peakRssMB ?? 0));
  const wholeBenchMB = (await gateway.stats()).maxRssLifetime / 2 ** 20;
  const peakRss = { wholeBenchMB, startMB: running.startPeakMB, loadCellsMB, unloadedMB, hostileMB, compressionMB };
  return { trace: traced, cells, unloaded, hostile, compression, peakRss };
}

async function main(): Promise<void> {
  if (process.argv.includes('--hostile')) return hostileOnly();
  if (process.argv.includes('--trace')) return traceOnly();
  const started = performance.now();
  const loadAtStart = os.loadavg();
  await withEmulator(async ({ apiVersion, emulator, rest, fx, stops }) => {
    const startup = await startups(emulator.url, apiVersion);
    const running = await startSystems(emulator, rest, fx, apiVersion, stops);
    const measured = await onGateway(emulator, running, fx);
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
      settings: settings(running.idleRssMB),
      operations: OPERATIONS.map((o) => ({ name: o.name, title: o.title, floorPlan: o.floorPlan })),
      ...measured,
      fairness,
      events,
      replicas,
      startup,
    };
    const dir = resolve(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(resolve(dir, 'latest.md'), markdown(results));
    console.log(`${consoleReport(results)}\n\nWrote bench/results/latest.json and latest.md in ${results.durationSec.toFixed(0)} s.`);
    const errors = results.cells.reduce((sum, c) => sum + c.errors, 0) + (results.unloaded?.errors ?? 0);
    if (errors > 0 || results.hostile.some((h) => !h.asExpected)) process.exitCode = 1;
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
