/**
 * Start to ready and idle memory: the compiled gateway started several times, each measured from
 * the spawn to its first `/healthz` 200, then left alone for a moment before its RSS is read
 * (what an operator sees once start-up garbage is collected and timers have run).
 */
import type { ProbedProcess } from './probed-process';

export interface StartupResult {
  starts: number;
  settleMs: number;
  /** Spawn to the first `/healthz` 200 of each start, ms. */
  readyMs: number[];
  /** The process's CPU time (user + system) when it was ready, ms: what starting costs apart
   * from waiting for a CPU, so it moves less with the machine's load than readyMs. */
  cpuToReadyMs: number[];
  /** RSS of each start after settling, MB. */
  idleRssMB: number[];
}

export async function measureStartup(start: () => Promise<ProbedProcess>, starts: number, settleMs: number): Promise<StartupResult> {
  const result: StartupResult = { starts, settleMs, readyMs: [], cpuToReadyMs: [], idleRssMB: [] };
  for (let i = 0; i < starts; i++) {
    const process_ = await start();
    try {
      result.readyMs.push(process_.readyMs);
      result.cpuToReadyMs.push((await process_.stats()).cpuMicros / 1000);
      await new Promise((r) => setTimeout(r, settleMs));
      result.idleRssMB.push((await process_.stats()).rss / 2 ** 20);
    } finally {
      await process_.stop();
    }
    console.log(
      `start ${i + 1}/${starts}: ready in ${result.readyMs.at(-1)!.toFixed(0)} ms (${result.cpuToReadyMs.at(-1)!.toFixed(0)} ms of CPU), idle RSS ${result.idleRssMB.at(-1)!.toFixed(0)} MB`,
    );
  }
  return result;
}
