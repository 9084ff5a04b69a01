/**
 * One cell of the load tables: one operation on one system at one emulator latency, a fixed
 * number of operations at a fixed concurrency after a warm-up.
 */
import type { RunningEmulator } from '../src/emulator';
import { runLoad } from './load';
import type { Operation } from './operations';
import type { CellResult } from './report';
import { percentile } from './stats';
import type { System } from './systems';

export interface CellPlan {
  latencyMs: number;
  concurrency: number;
  total: number;
  warmup: number;
}

export async function measureCell(emulator: RunningEmulator, system: System, op: Operation, plan: CellPlan): Promise<CellResult> {
  const call = async (n: number): Promise<void> => {
    await system.run(op, n);
  };
  await runLoad(plan.concurrency, plan.warmup, call);
  emulator.control.resetLog();
  const before = await system.process?.stats(true);
  const load = await runLoad(plan.concurrency, plan.total, call);
  const after = await system.process?.stats();
  const upstream = emulator.control.requestLog().length;
  emulator.control.resetLog();
  return {
    latencyMs: plan.latencyMs,
    operation: op.name,
    system: system.name,
    operations: plan.total,
    p50: percentile(load.latencies, 50),
    p95: percentile(load.latencies, 95),
    p99: percentile(load.latencies, 99),
    mean: load.latencies.reduce((a, b) => a + b, 0) / load.latencies.length,
    opsPerSec: plan.total / (load.wallMs / 1000),
    upstreamPerOp: upstream / plan.total,
    cpuMsPerOp: before && after ? (after.cpuMicros - before.cpuMicros) / 1000 / plan.total : null,
    peakRssMB: after ? after.peakRss / 2 ** 20 : null,
    errors: load.errors.length,
    firstError: load.errors[0] ?? null,
  };
}
