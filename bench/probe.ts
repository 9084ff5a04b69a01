/**
 * Bench-only preload for the gateway's child process (`node --import tsx --import ./bench/probe.ts
 * src/main.ts`): answers the bench over the IPC channel with the process's own CPU time and
 * memory, so the figures are the gateway's alone. Nothing of this is in src/.
 *
 * Messages from the bench: `{type: 'stats', resetPeak?: boolean}`. Answer: a `ProbeStats`.
 * When the bench goes away (the IPC channel closes), the gateway is stopped with SIGTERM, so a
 * crashed bench leaves no gateway behind.
 */

export interface ProbeStats {
  type: 'stats';
  /** CPU time used by the process since it started, in microseconds (user + system). */
  cpuMicros: number;
  /** Resident set size now, in bytes. */
  rss: number;
  /** Highest RSS sampled since the last `resetPeak`, in bytes (sampled every 10 ms). */
  peakRss: number;
  /** The OS's high-water mark of RSS over the whole process life, in bytes. */
  maxRssLifetime: number;
  heapUsed: number;
}

const SAMPLE_MS = 10;

if (typeof process.send === 'function') {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
  }, SAMPLE_MS);
  sampler.unref();

  process.on('message', (message: unknown) => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'stats') return;
    const usage = process.resourceUsage();
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
    const stats: ProbeStats = {
      type: 'stats',
      cpuMicros: usage.userCPUTime + usage.systemCPUTime,
      rss,
      peakRss: peak,
      maxRssLifetime: usage.maxRSS * 1024,
      heapUsed: process.memoryUsage().heapUsed,
    };
    if ((message as { resetPeak?: unknown }).resetPeak === true) peak = rss;
    process.send?.(stats);
  });
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
