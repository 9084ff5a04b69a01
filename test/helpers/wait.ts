/**
 * Small waits the process, WebSocket and build tests share: a free loopback port, and polling a
 * condition with a bound (a test never waits without end).
 */
import { createServer } from 'node:net';

/** A loopback port that was free a moment ago (for servers that want a number up front). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls every `stepMs` until the condition holds; after `timeoutMs`, fails naming what it waited for. */
export async function until(condition: () => boolean, what: string, timeoutMs = 5_000, stepMs = 10): Promise<void> {
  for (let waited = 0; waited < timeoutMs && !condition(); waited += stepMs) await new Promise((r) => setTimeout(r, stepMs));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}
