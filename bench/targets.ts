/**
 * Issue 15's targets against the figures of one bench run, and the bare proxy beside the
 * gateway: pure functions from the run's results to the report's first tables.
 */
import type { BenchResults, CellResult, SystemName } from './report';
import { median, ratio } from './stats';
import { fixed, table, times } from './table';

/** The figures the targets name, from one run; null when the run did not measure one. */
export interface TargetFigures {
  cpuAccountMs: number | null;
  cpuNestedMs: number | null;
  bareCpuAccountMs: number | null;
  addedP50Ms: number | null;
  throughputRatio: number | null;
  readyMedianMs: number | null;
  readyMaxMs: number | null;
  readyCpuMs: number | null;
  idleRssMB: number | null;
  peakRssMB: number | null;
  nestedCappedRatio: number | null;
}

export interface TargetRow {
  target: string;
  /** `≤ 0.4 ms` */
  goal: string;
  /** This run's figure, formatted, with what explains it. */
  figure: string;
  /** null: not measured. */
  met: boolean | null;
}

const finite = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

export function cellOf(results: BenchResults, latencyMs: number, operation: string, system: SystemName): CellResult | undefined {
  return results.cells.find((c) => c.latencyMs === latencyMs && c.operation === operation && c.system === system);
}

export function targetFigures(results: BenchResults): TargetFigures {
  const cell = (latency: number, op: string, system: SystemName): CellResult | undefined => cellOf(results, latency, op, system);
  const unloaded = results.unloaded;
  const ready = results.startup?.gateway.readyMs ?? [];
  return {
    cpuAccountMs: finite(cell(0, 'account', 'gateway')?.cpuMsPerOp),
    cpuNestedMs: finite(cell(0, 'nested', 'gateway')?.cpuMsPerOp),
    bareCpuAccountMs: finite(cell(0, 'account', 'bare-proxy')?.cpuMsPerOp),
    addedP50Ms: unloaded ? finite(unloaded.p50.gateway! - unloaded.p50.floor!) : null,
    throughputRatio: ratio(cell(0, 'account', 'gateway')?.opsPerSec ?? Number.NaN, cell(0, 'account', 'floor')?.opsPerSec ?? Number.NaN),
    readyMedianMs: finite(median(ready)),
    readyMaxMs: ready.length > 0 ? Math.max(...ready) : null,
    readyCpuMs: finite(median(results.startup?.gateway.cpuToReadyMs ?? [])),
    idleRssMB: finite(median(results.startup?.gateway.idleRssMB ?? [])),
    peakRssMB: finite(results.peakRss?.wholeBenchMB),
    nestedCappedRatio: ratio(cell(50, 'nested', 'gateway')?.p50 ?? Number.NaN, cell(50, 'nested', 'floor-capped')?.p50 ?? Number.NaN),
  };
}

/** Whether `figure` meets `at most` / `at least` `limit`; null when there is no figure. */
export function meets(figure: number | null, direction: 'at most' | 'at least', limit: number): boolean | null {
  if (figure === null) return null;
  return direction === 'at most' ? figure <= limit : figure >= limit;
}

export function targetRows(f: TargetFigures): TargetRow[] {
  const bare =
    f.cpuAccountMs !== null && f.bareCpuAccountMs !== null
      ? ` (${times(ratio(f.cpuAccountMs, f.bareCpuAccountMs))} the bare proxy's ${fixed(f.bareCpuAccountMs, 2)} ms)`
      : '';
  const seconds = (ms: number | null): string => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`);
  return [
    {
      target: 'Gateway CPU per operation, one account by id (concurrency 8, upstream 0 ms)',
      goal: '≤ 0.4 ms',
      figure: `${fixed(f.cpuAccountMs, 2)} ms${bare}`,
      met: meets(f.cpuAccountMs, 'at most', 0.4),
    },
    {
      target: 'Gateway CPU per operation, nested (10 accounts; concurrency 8, upstream 0 ms)',
      goal: '≤ 2 ms',
      figure: `${fixed(f.cpuNestedMs, 2)} ms`,
      met: meets(f.cpuNestedMs, 'at most', 2),
    },
    {
      target: "Added latency unloaded: gateway p50 minus the floor's (concurrency 1, upstream 0 ms, one account)",
      goal: '≤ 1.0 ms',
      figure: `${fixed(f.addedP50Ms, 2)} ms`,
      met: meets(f.addedP50Ms, 'at most', 1.0),
    },
    {
      target: "Throughput, one account (concurrency 8, upstream 0 ms), × the floor's ops/s",
      goal: '≥ 0.8×',
      figure: times(f.throughputRatio),
      met: meets(f.throughputRatio, 'at least', 0.8),
    },
    {
      target: 'Start to ready: spawn to the first `/healthz` 200 (median of the starts; the max and the CPU time spent by then beside it)',
      goal: '≤ 1.0 s',
      figure: `${seconds(f.readyMedianMs)} (max ${seconds(f.readyMaxMs)}; ${seconds(f.readyCpuMs)} of CPU)`,
      met: meets(f.readyMedianMs, 'at most', 1000),
    },
    {
      target: 'Idle RSS after ready and a settle (median of the starts)',
      goal: '≤ 120 MB',
      figure: `${fixed(f.idleRssMB, 0)} MB`,
      met: meets(f.idleRssMB, 'at most', 120),
    },
    {
      target: 'Peak RSS of the gateway process during the bench (start, load, hostile documents, sizes)',
      goal: '≤ 150 MB',
      figure: `${fixed(f.peakRssMB, 0)} MB`,
      met: meets(f.peakRssMB, 'at most', 150),
    },
    {
      target: "Nested at 50 ms upstream (concurrency 8): gateway p50 × the capped floor's",
      goal: '≤ 1.1×',
      figure: times(f.nestedCappedRatio),
      met: meets(f.nestedCappedRatio, 'at most', 1.1),
    },
  ];
}

export function targetsTable(rows: readonly TargetRow[]): string {
  const verdict = (met: boolean | null): string => (met === null ? 'not measured' : met ? 'met' : '**not met**');
  return table(
    ['target (issue 15)', 'goal', 'this run', 'verdict'],
    rows.map((r) => [r.target, r.goal, r.figure, verdict(r.met)]),
  );
}

/** The bare proxy beside the gateway, both measured in this run. */
export function bareProxyTable(results: BenchResults): string {
  const row = (what: string, bare: number | null, gateway: number | null, digits: number): string[] => [
    what,
    fixed(bare, digits),
    fixed(gateway, digits),
    times(ratio(gateway ?? Number.NaN, bare ?? Number.NaN)),
  ];
  const bare = cellOf(results, 0, 'account', 'bare-proxy');
  const gateway = cellOf(results, 0, 'account', 'gateway');
  const u = results.unloaded;
  const added = (system: string): number | null => (u ? finite(u.p50[system]! - u.p50.floor!) : null);
  const s = results.startup;
  return table(
    ['one account by id', 'bare proxy', 'gateway', 'gateway ÷ bare proxy'],
    [
      row('CPU ms per operation (concurrency 8, upstream 0 ms)', finite(bare?.cpuMsPerOp), finite(gateway?.cpuMsPerOp), 2),
      row('p50 ms (concurrency 8)', finite(bare?.p50), finite(gateway?.p50), 1),
      row('ops/s (concurrency 8)', finite(bare?.opsPerSec), finite(gateway?.opsPerSec), 0),
      row("added p50 ms over the floor's (concurrency 1)", added('bare-proxy'), added('gateway'), 2),
      row('start to ready, ms (median)', finite(median(s?.bareProxy.readyMs ?? [])), finite(median(s?.gateway.readyMs ?? [])), 0),
      row('CPU time to ready, ms (median)', finite(median(s?.bareProxy.cpuToReadyMs ?? [])), finite(median(s?.gateway.cpuToReadyMs ?? [])), 0),
      row('idle RSS MB (median)', finite(median(s?.bareProxy.idleRssMB ?? [])), finite(median(s?.gateway.idleRssMB ?? [])), 0),
    ],
  );
}

/** Where the gateway's peak RSS was reached: ` (start 150 MB, load cells 204 MB, ...)`. */
export function peakSteps(results: BenchResults): string {
  const p = results.peakRss;
  if (!p) return '';
  const mb = (v: number): string => `${fixed(v, 0)} MB`;
  return ` (by step: start ${mb(p.startMB)}, load cells ${mb(p.loadCellsMB)}, unloaded ${mb(p.unloadedMB)}, hostile documents ${mb(p.hostileMB)}, answer sizes ${mb(p.compressionMB)})`;
}

/** The report's first sections: the targets, then the bare proxy. */
export function targetSections(results: BenchResults): string[] {
  const u = results.unloaded;
  const g = results.startup?.gateway;
  const cap = String(results.settings.maxInFlight);
  const p50 = (system: string): string => (u ? `${fixed(u.p50[system], 2)} ms` : '—');
  return [
    '## Targets (issue 15)',
    '',
    `Each target against its figure from this run, on the compiled gateway (\`node scripts/build.js --if-stale\` first, then \`node dist/main.js\`). ` +
      `CPU per operation and throughput come from the tables at 0 ms below. Added latency: ${u ? `${u.rounds} rounds of ${u.perRound} operations per system after ${u.warmup} warm-up, one at a time, the order rotating each round` : 'not measured'}; ` +
      `p50 floor ${p50('floor')}, gateway ${p50('gateway')}, bare proxy ${p50('bare-proxy')}. ` +
      `Start to ready and idle RSS: ${g ? `${g.starts} starts, RSS read ${g.settleMs} ms after ready` : 'not measured'}. ` +
      `Peak RSS: the gateway process's high-water mark (getrusage) at the end of its part of the run${peakSteps(results)}.`,
    '',
    targetsTable(targetRows(targetFigures(results))),
    '',
    `Which floor is which: **floor** is the bench process calling the emulator's REST API with the fewest requests and no limit (the physical limit; every "×floor" ratio of the tables below). ` +
      `**floor-capped** is the same caller with at most ${cap} requests in flight at once across all its operations, the gateway's default per-key limit (\`STRIPE_MAX_IN_FLIGHT\`); ` +
      `the nested target compares with it, since eight nested operations at once want 168 requests and the gateway lets ${cap} go at a time.`,
    '',
    '## Reference: a bare proxy',
    '',
    'bench/bare-proxy.cjs: a plain Node process (node:http server, undici pool, no GraphQL, no logging) that answers the account operation by forwarding `GET /v1/accounts/{id}` and returning `{data: {account}}`, ' +
      "started and probed like the gateway. What it costs is what any Node process that forwards a request costs on this machine; the gateway's figure minus it is the gateway's own work.",
    '',
    bareProxyTable(results),
    '',
  ];
}
