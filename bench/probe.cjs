'use strict';
/**
 * Bench-only preload for a child process under test (`node --require ./bench/probe.cjs
 * dist/main.js`): answers the bench over the IPC channel with the process's own CPU time and
 * memory, so the figures are that process's alone. Plain JavaScript, so it loads no TypeScript
 * loader into the process it measures. Nothing of this is in src/.
 *
 * Messages from the bench: `{type: 'stats', resetPeak?: boolean}`. Answer: a ProbeStats
 * (bench/probed-process.ts). When the bench goes away (the IPC channel closes), the process is
 * stopped with SIGTERM, so a crashed bench leaves nothing behind.
 */

/** RSS sampling period for the peak, in ms. */
const SAMPLE_MS = 10;

if (typeof process.send === 'function') {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
  }, SAMPLE_MS);
  sampler.unref();

  process.on('message', (message) => {
    if (typeof message !== 'object' || message === null || message.type !== 'stats') return;
    const usage = process.resourceUsage();
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
    const stats = {
      type: 'stats',
      cpuMicros: usage.userCPUTime + usage.systemCPUTime,
      rss,
      peakRss: peak,
      maxRssLifetime: usage.maxRSS * 1024,
      heapUsed: process.memoryUsage().heapUsed,
    };
    if (message.resetPeak === true) peak = rss;
    process.send(stats);
  });
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
