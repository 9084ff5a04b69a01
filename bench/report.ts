/**
 * The bench's results: their JSON shape, and the Markdown tables printed to the console and
 * written to bench/results/latest.md.
 */
import type { HostileResult } from './hostile';
import { compressionTable, type CompressionResult } from './compression';
import { ratio } from './stats';
import { fixed, table, times } from './table';
import { fairnessTable, type FairnessResult } from './fairness';
import { eventsTable, type EventsResult } from './events';
import { replicasTable, type ReplicaRow } from './replicas';
import type { StartupResult } from './startup';
import { targetSections } from './targets';
import type { UnloadedResult } from './unloaded';

/**
 * floor: REST calls from the bench process, no limit. floor-capped: the same with at most the
 * gateway's per-key in-flight limit at once. gateway, naive (loaders off), bare-proxy (only
 * forwards the `account` operation): child processes.
 */
export type SystemName = 'floor' | 'floor-capped' | 'gateway' | 'naive' | 'bare-proxy';
export const SYSTEMS: readonly SystemName[] = ['floor', 'floor-capped', 'gateway', 'naive', 'bare-proxy'];

export interface TraceResult {
  operation: string;
  system: SystemName;
  /** Upstream requests of each traced run. */
  requests: number[];
  /** Sequential waves of each traced run. */
  waves: number[];
  /** Requests per wave, of the first run (`[1, 20]`). */
  waveSizes: number[];
  /** Upstream requests of the first run by `METHOD route`. */
  routes: Record<string, number>;
}

export interface CellResult {
  latencyMs: number;
  operation: string;
  system: SystemName;
  operations: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  opsPerSec: number;
  /** Upstream requests the emulator logged during the cell, per operation. */
  upstreamPerOp: number;
  /** Server process CPU (user + system) per operation, ms; null for the floors (no process of their own). */
  cpuMsPerOp: number | null;
  /** Server process peak RSS during the cell, MB; null for the floors. */
  peakRssMB: number | null;
  errors: number;
  firstError: string | null;
}

export interface PeakRss {
  /** The OS's high-water mark at the end of the gateway's part of the run. */
  wholeBenchMB: number;
  /** The high-water mark once started and idle, before any load: start-up's own peak. */
  startMB: number;
  /** The most of any load cell, and the peaks during the unloaded step, the hostile documents and the sizes. */
  loadCellsMB: number;
  unloadedMB: number;
  hostileMB: number;
  compressionMB: number;
}

export interface BenchResults {
  generatedAt: string;
  durationSec: number;
  machine: Record<string, string | number>;
  settings: Record<string, unknown>;
  operations: Array<{ name: string; title: string; floorPlan: string }>;
  trace: TraceResult[];
  cells: CellResult[];
  hostile: HostileResult[];
  compression: CompressionResult[];
  /** A light caller's p95 beside a heavy caller on the same key (bench/fairness.ts). */
  fairness?: FairnessResult;
  /** Event-to-subscriber latency of live updates (bench/events.ts). */
  events?: EventsResult;
  /** One replica, three alone, three sharing Redis (bench/replicas.ts). */
  replicas?: ReplicaRow[];
  /** Start to ready and idle RSS of the compiled gateway and of the bare proxy (bench/startup.ts). */
  startup?: { gateway: StartupResult; bareProxy: StartupResult };
  /** Added latency at concurrency 1, interleaved rounds (bench/unloaded.ts). */
  unloaded?: UnloadedResult;
  /** The gateway's (loaders on) peak RSS, MB: over its whole life in the bench, and step by step. */
  peakRss?: PeakRss;
}

/** A traced figure: one value when every run agreed, else `min–max`. */
const spread = (values: number[]): string => {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
};

export function traceTable(results: BenchResults): string {
  const find = (op: string, system: SystemName): TraceResult | undefined => results.trace.find((t) => t.operation === op && t.system === system);
  const rows = results.operations.map(({ name }) => {
    const floor = find(name, 'floor');
    const cells: string[] = [name, floor ? spread(floor.requests) : '—', floor ? spread(floor.waves) : '—'];
    for (const system of ['gateway', 'naive'] as const) {
      const t = find(name, system);
      if (!t || !floor) {
        cells.push('—', '—');
        continue;
      }
      cells.push(
        `${spread(t.requests)} (${times(ratio(Math.max(...t.requests), Math.max(...floor.requests)))})`,
        `${spread(t.waves)} (${times(ratio(Math.max(...t.waves), Math.max(...floor.waves)))})`,
      );
    }
    cells.push(find(name, 'gateway')?.waveSizes.join('+') ?? '—');
    return cells;
  });
  return table(
    [
      'operation',
      'floor req',
      'floor waves',
      'gateway req (×floor)',
      'gateway waves (×floor)',
      'naive req (×floor)',
      'naive waves (×floor)',
      'gateway requests per wave',
    ],
    rows,
  );
}

export function latencyTable(results: BenchResults, latencyMs: number): string {
  const rows: string[][] = [];
  for (const { name } of results.operations) {
    const floor = results.cells.find((c) => c.latencyMs === latencyMs && c.operation === name && c.system === 'floor');
    for (const system of SYSTEMS) {
      const c = results.cells.find((x) => x.latencyMs === latencyMs && x.operation === name && x.system === system);
      if (!c) continue;
      rows.push([
        system === 'floor' ? name : '',
        system,
        fixed(c.p50),
        fixed(c.p95),
        fixed(c.p99),
        fixed(c.opsPerSec, 0),
        system === 'floor' || !floor ? '' : times(ratio(c.p50, floor.p50)),
        system === 'floor' || !floor ? '' : times(ratio(c.opsPerSec, floor.opsPerSec)),
        fixed(c.upstreamPerOp, 2),
        fixed(c.cpuMsPerOp, 2),
        fixed(c.peakRssMB, 0),
        String(c.errors),
      ]);
    }
  }
  return table(
    [
      'operation',
      'system',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'ops/s',
      'p50 ×floor',
      'ops/s ×floor',
      'upstream req/op',
      'server CPU ms/op',
      'server peak RSS MB',
      'errors',
    ],
    rows,
  );
}

/** The hostile corpus, slowest (median) first. */
export function hostileTable(hostile: readonly HostileResult[]): string {
  const rows = [...hostile]
    .sort((a, b) => b.medianCpuMs - a.medianCpuMs)
    .map((h) => [h.name, h.answer, h.asExpected ? 'yes' : 'NO', fixed(h.medianCpuMs), fixed(h.maxCpuMs), fixed(h.firstCpuMs)]);
  return table(['document', 'answer', 'as expected', 'gateway CPU ms (median)', 'max', 'first request'], rows);
}

/** The headline: the slowest hostile document's median gateway CPU time. */
export function hostileSummary(hostile: readonly HostileResult[], runs: number): string {
  const slowest = [...hostile].sort((a, b) => b.medianCpuMs - a.medianCpuMs)[0];
  const coldest = [...hostile].sort((a, b) => b.firstCpuMs - a.firstCpuMs)[0];
  if (!slowest || !coldest) return 'No hostile documents were measured.';
  return (
    `Slowest hostile document: ${slowest.name}, ${slowest.medianCpuMs.toFixed(1)} ms of gateway CPU (median of ${runs} runs; target 50 ms). ` +
    `Costliest first request: ${coldest.name}, ${coldest.firstCpuMs.toFixed(1)} ms.`
  );
}

export function markdown(results: BenchResults): string {
  const s = results.settings;
  const m = results.machine;
  const parts = [
    '# Benchmark results',
    '',
    `Generated ${results.generatedAt} by \`npm run bench\` in ${results.durationSec.toFixed(0)} s, at commit ${String(m.commit)}.`,
    `Machine: ${String(m.cpus)} CPUs (nproc ${String(m.nproc)}, ${String(m.cpuModel)}), ${String(m.memoryGB)} GB RAM, ${String(m.os)}, Node ${String(m.node)}; ` +
      `1-minute load average ${String(m.loadAverage1mAtStart)} at the start and ${String(m.loadAverage1mAtEnd)} at the end (above the CPU count, other work competed for the CPUs and latency and throughput are pessimistic; request and wave counts are not affected).`,
    `The emulator, the floors and the load generator share the bench process; each gateway and the bare proxy is a child process of its own (${String(s.gatewayProcess)}; idle RSS right after start: ${JSON.stringify(s.gatewayIdleRssMB)} MB).`,
    '',
    ...targetSections(results),
    '## Upstream requests and sequential waves per operation',
    '',
    `Traced one operation at a time (concurrency 1), ${String(s.traceRuns)} runs each, with the emulator adding ${String(s.traceLatencyMs)} ms to every answer. ` +
      `A request opens a new wave when it reached the emulator at least ${String(s.traceLatencyMs)} ms (one round trip) after the first request of the current wave; ` +
      'otherwise it was in flight together with that wave. `a–b` means the runs differed.',
    '',
    traceTable(results),
    '',
  ];
  if (results.fairness) parts.push('## Fairness between callers on one key', '', fairnessTable(results.fairness), '');
  if (results.events) parts.push('## Live updates', '', eventsTable(results.events), '');
  if (results.replicas) parts.push('## Several replicas, one Stripe budget', '', replicasTable(results.replicas), '');
  for (const latency of s.latenciesMs as number[]) {
    parts.push(
      `## Latency and throughput, emulator latency ${latency} ms`,
      '',
      `Concurrency ${String(s.concurrency)}, ${String((s.operationsPerCell as Record<string, number>)[String(latency)])} operations per cell after ${String((s.warmupPerCell as Record<string, number>)[String(latency)])} warm-up operations. ` +
        'Latency is per operation as seen by the caller (nearest-rank percentiles). Server CPU and peak RSS are the child process alone (gateway, naive or bare proxy); the floors run in the bench process and have none. ' +
        "Ratios are to the unlimited floor's. The capped floor runs only the nested operation, the bare proxy only the account one.",
      '',
      latencyTable(results, latency),
      '',
    );
  }
  parts.push(
    '## Hostile documents',
    '',
    `The corpus of bench/hostile.ts (also the test test/e2e/hostile.test.ts), sent to the gateway with loaders on, one request at a time, each document ${String(results.settings.hostileRuns)} times after a first request. ` +
      "Gateway CPU is the process's user + system time around each request. The first request of a document pays for filling caches (the introspection answer is computed once per schema) and for code not yet optimised.",
    '',
    hostileSummary(results.hostile, s.hostileRuns as number),
    '',
    hostileTable(results.hostile),
    '',
    '## Answer sizes on the wire',
    '',
    'The same answer from the gateway asked for without Accept-Encoding, with gzip and with brotli (the gateway compresses answers of 1 KiB and more; brotli at quality 5). Each compressed body was checked to decode to exactly the uncompressed one.',
    '',
    compressionTable(results.compression),
    '',
  );
  parts.push('## Operations and the floor', '');
  for (const op of results.operations) parts.push(`- **${op.name}**: ${op.title}. Floor: ${op.floorPlan}.`);
  parts.push('');
  return parts.join('\n');
}

/** What `npm run bench` prints at the end: the targets first, then the tables of latest.md. */
export function consoleReport(results: BenchResults): string {
  const s = results.settings;
  const parts = [...targetSections(results), `Upstream requests and waves (trace at ${String(s.traceLatencyMs)} ms added latency)`, '', traceTable(results)];
  for (const latency of s.latenciesMs as number[]) {
    parts.push(
      '',
      `Emulator latency ${latency} ms, concurrency ${String(s.concurrency)}, ${String((s.operationsPerCell as Record<string, number>)[String(latency)])} operations per cell`,
      '',
      latencyTable(results, latency),
    );
  }
  parts.push('', 'Hostile documents, one at a time', '', hostileSummary(results.hostile, s.hostileRuns as number), '', hostileTable(results.hostile));
  parts.push('', 'Answer sizes on the wire', '', compressionTable(results.compression));
  if (results.fairness) parts.push('', fairnessTable(results.fairness));
  if (results.events) parts.push('', eventsTable(results.events));
  if (results.replicas) parts.push('', replicasTable(results.replicas));
  return parts.join('\n');
}
