/**
 * Added latency unloaded: one operation at a time (concurrency 1), the emulator adding nothing,
 * on each system in turn. The runs are interleaved in rounds, the order rotating each round, so
 * a change of machine load during the step weighs on every system alike.
 */
import { runLoad } from './load';
import type { Operation } from './operations';
import { percentile } from './stats';
import type { System } from './systems';

export interface UnloadedPlan {
  rounds: number;
  /** Operations per system per round. */
  perRound: number;
  /** Operations per system before the first round, not counted. */
  warmup: number;
}

export interface UnloadedResult extends UnloadedPlan {
  operation: string;
  /** Per system: p50 and p95 of its rounds × perRound samples, ms. */
  p50: Record<string, number>;
  p95: Record<string, number>;
  errors: number;
}

/** The systems in the order of round `round`: rotated by one each round. */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const shift = items.length === 0 ? 0 : round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

export async function measureUnloaded(systems: readonly System[], op: Operation, plan: UnloadedPlan): Promise<UnloadedResult> {
  const samples = new Map<System, number[]>(systems.map((s) => [s, []]));
  let errors = 0;
  const call =
    (system: System) =>
    async (n: number): Promise<void> => {
      await system.run(op, n);
    };
  for (const system of systems) await runLoad(1, plan.warmup, call(system));
  for (let round = 0; round < plan.rounds; round++) {
    for (const system of roundOrder(systems, round)) {
      const load = await runLoad(1, plan.perRound, call(system));
      samples.get(system)!.push(...load.latencies);
      errors += load.errors.length;
    }
  }
  const by = (p: number): Record<string, number> => Object.fromEntries(systems.map((s) => [s.name, percentile(samples.get(s)!, p)]));
  return { ...plan, operation: op.name, p50: by(50), p95: by(95), errors };
}
