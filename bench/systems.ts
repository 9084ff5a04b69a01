/**
 * What the bench measures side by side: the floor (REST calls from the bench process), the floor
 * capped at the gateway's in-flight limit, the gateway and its naive baseline (child processes),
 * and the bare proxy (a child process that only forwards).
 */
import type { BenchFixture } from './fixture';
import type { GraphQLPoster } from './load';
import type { Operation } from './operations';
import type { ProbedProcess } from './probed-process';
import type { SystemName } from './report';
import type { RestCaller } from './rest';

export interface System {
  name: SystemName;
  /** Runs one operation; answers its summary. */
  run(op: Operation, n: number): Promise<unknown>;
  /** The child process whose CPU and memory are measured; null for the floor (the bench itself). */
  process: ProbedProcess | null;
  /** The operations this system takes part in; all when absent. */
  only?: readonly string[];
}

export function serverSystem(name: SystemName, process: ProbedProcess, poster: GraphQLPoster, fx: BenchFixture, only?: readonly string[]): System {
  return {
    name,
    process,
    run: async (op, n) => op.summarize(await poster.post(op.graphql(fx, n)), fx, n),
    ...(only ? { only } : {}),
  };
}

export function floorSystem(name: SystemName, rest: RestCaller, fx: BenchFixture, only?: readonly string[]): System {
  return { name, process: null, run: (op, n) => op.floor(rest, fx, n), ...(only ? { only } : {}) };
}

export function takesPart(system: System, op: Operation): boolean {
  return system.only === undefined || system.only.includes(op.name);
}
