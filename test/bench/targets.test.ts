/**
 * Issue 15's targets table: the figures taken from a run's results, and the verdicts.
 */
import type { BenchResults, CellResult, SystemName } from '../../bench/report';
import { bareProxyTable, meets, peakSteps, targetFigures, targetRows, targetsTable, type TargetFigures } from '../../bench/targets';

function cell(latencyMs: number, operation: string, system: SystemName, over: Partial<CellResult>): CellResult {
  return {
    latencyMs,
    operation,
    system,
    operations: 100,
    p50: 1,
    p95: 1,
    p99: 1,
    mean: 1,
    opsPerSec: 1,
    upstreamPerOp: 1,
    cpuMsPerOp: null,
    peakRssMB: null,
    errors: 0,
    firstError: null,
    ...over,
  };
}

const results: BenchResults = {
  generatedAt: '2026-12-02T00:00:00.000Z',
  durationSec: 1,
  machine: {},
  settings: { maxInFlight: 20 },
  operations: [],
  trace: [],
  cells: [
    cell(0, 'account', 'floor', { opsPerSec: 1000 }),
    cell(0, 'account', 'gateway', { opsPerSec: 850, cpuMsPerOp: 1.2 }),
    cell(0, 'account', 'bare-proxy', { cpuMsPerOp: 0.5 }),
    cell(0, 'nested', 'gateway', { cpuMsPerOp: 2 }),
    cell(50, 'nested', 'floor', { p50: 100 }),
    cell(50, 'nested', 'floor-capped', { p50: 400 }),
    cell(50, 'nested', 'gateway', { p50: 480 }),
  ],
  hostile: [],
  compression: [],
  startup: {
    gateway: { starts: 4, settleMs: 2000, readyMs: [900, 1300, 1100, 1000], cpuToReadyMs: [700, 800, 900, 600], idleRssMB: [130, 110, 120, 140] },
    bareProxy: { starts: 1, settleMs: 2000, readyMs: [80], cpuToReadyMs: [60], idleRssMB: [50] },
  },
  unloaded: { rounds: 1, perRound: 1, warmup: 0, operation: 'account', p50: { floor: 1.5, gateway: 2.25, 'bare-proxy': 1.75 }, p95: {}, errors: 0 },
  peakRss: { wholeBenchMB: 151, startMB: 130, loadCellsMB: 140, unloadedMB: 120, hostileMB: 151, compressionMB: 125 },
};

test('the figures come from the right cells and steps', () => {
  expect(targetFigures(results)).toEqual<TargetFigures>({
    cpuAccountMs: 1.2,
    cpuNestedMs: 2,
    bareCpuAccountMs: 0.5,
    addedP50Ms: 0.75,
    throughputRatio: 0.85,
    readyMedianMs: 1050,
    readyMaxMs: 1300,
    readyCpuMs: 750,
    idleRssMB: 125,
    peakRssMB: 151,
    nestedCappedRatio: 1.2,
  });
});

test('a run that measured nothing has no figures and no verdicts', () => {
  const empty: BenchResults = { ...results, cells: [], startup: undefined, unloaded: undefined, peakRss: undefined };
  expect(targetRows(targetFigures(empty)).map((r) => r.met)).toEqual([null, null, null, null, null, null, null, null]);
});

test('verdicts: at most and at least, the limit itself meets', () => {
  expect(meets(0.4, 'at most', 0.4)).toBe(true);
  expect(meets(0.41, 'at most', 0.4)).toBe(false);
  expect(meets(0.8, 'at least', 0.8)).toBe(true);
  expect(meets(0.79, 'at least', 0.8)).toBe(false);
  expect(meets(null, 'at most', 1)).toBeNull();
});

test('the table: one row per target, its figure and verdict', () => {
  expect(targetsTable(targetRows(targetFigures(results)))).toBe(
    [
      '| target (issue 15) | goal | this run | verdict |',
      '| --- | --- | --- | --- |',
      "| Gateway CPU per operation, one account by id (concurrency 8, upstream 0 ms) | ≤ 0.4 ms | 1.20 ms (2.40× the bare proxy's 0.50 ms) | **not met** |",
      '| Gateway CPU per operation, nested (10 accounts; concurrency 8, upstream 0 ms) | ≤ 2 ms | 2.00 ms | met |',
      "| Added latency unloaded: gateway p50 minus the floor's (concurrency 1, upstream 0 ms, one account) | ≤ 1.0 ms | 0.75 ms | met |",
      "| Throughput, one account (concurrency 8, upstream 0 ms), × the floor's ops/s | ≥ 0.8× | 0.85× | met |",
      '| Start to ready: spawn to the first `/healthz` 200 (median of the starts; the max and the CPU time spent by then beside it) | ≤ 1.0 s | 1.05 s (max 1.30 s; 0.75 s of CPU) | **not met** |',
      '| Idle RSS after ready and a settle (median of the starts) | ≤ 120 MB | 125 MB | **not met** |',
      '| Peak RSS of the gateway process during the bench (start, load, hostile documents, sizes) | ≤ 150 MB | 151 MB | **not met** |',
      "| Nested at 50 ms upstream (concurrency 8): gateway p50 × the capped floor's | ≤ 1.1× | 1.20× | **not met** |",
    ].join('\n'),
  );
});

test('the peak RSS step by step', () => {
  expect(peakSteps(results)).toBe(' (by step: start 130 MB, load cells 140 MB, unloaded 120 MB, hostile documents 151 MB, answer sizes 125 MB)');
  expect(peakSteps({ ...results, peakRss: undefined })).toBe('');
});

test('the bare proxy beside the gateway, as a ratio', () => {
  expect(bareProxyTable(results).split('\n')).toEqual([
    '| one account by id | bare proxy | gateway | gateway ÷ bare proxy |',
    '| --- | --- | --- | --- |',
    '| CPU ms per operation (concurrency 8, upstream 0 ms) | 0.50 | 1.20 | 2.40× |',
    '| p50 ms (concurrency 8) | 1.0 | 1.0 | 1.00× |',
    '| ops/s (concurrency 8) | 1 | 850 | 850.00× |',
    "| added p50 ms over the floor's (concurrency 1) | 0.25 | 0.75 | 3.00× |",
    '| start to ready, ms (median) | 80 | 1050 | 13.13× |',
    '| CPU time to ready, ms (median) | 60 | 750 | 12.50× |',
    '| idle RSS MB (median) | 50 | 125 | 2.50× |',
  ]);
});
