/**
 * The gateway under test, as a child process running the real entry point (`src/main.ts`) with
 * the bench probe preloaded, so its CPU time and memory are its own and not the bench's or the
 * emulator's.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { freePort } from '../test/helpers/wait';
import { resolve } from 'node:path';
import type { ProbeStats } from './probe';

export interface GatewayProcess {
  /** `http://127.0.0.1:<port>/graphql` */
  url: string;
  pid: number;
  stats(resetPeak?: boolean): Promise<ProbeStats>;
  stop(): Promise<void>;
}

const ROOT = resolve(__dirname, '..');
const READY_TIMEOUT_MS = 60_000;


async function waitReady(base: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`gateway exited with ${child.exitCode} before it was ready:\n${output()}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gateway not ready after ${READY_TIMEOUT_MS} ms:\n${output()}`);
}

export interface GatewayProcessOptions {
  apiBase: string;
  apiKey: string;
  /** False starts the naive baseline (GATEWAY_LOADERS=off). */
  loaders: boolean;
  /** More environment for the gateway (e.g. STRIPE_MAX_IN_FLIGHT), for experiments. */
  env?: Record<string, string>;
}

export async function startGatewayProcess(options: GatewayProcessOptions): Promise<GatewayProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    STRIPE_API_BASE: options.apiBase,
    STRIPE_API_KEY: options.apiKey,
    // The load generator sends no credential: anyone on loopback acts with the bench's key.
    GATEWAY_AUTH: 'open',
    PORT: String(port),
    HOST: '127.0.0.1',
    GATEWAY_LOADERS: options.loaders ? 'on' : 'off',
    ...options.env,
  };
  const child = fork(resolve(ROOT, 'src/main.ts'), [], {
    cwd: ROOT,
    env,
    execArgv: ['--import', 'tsx', '--import', resolve(__dirname, 'probe.ts')],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let log = '';
  // The gateway logs an access line per operation, as it would in production; only the tail
  // is kept, for the message when it fails to start or dies.
  const keep = (chunk: Buffer): void => {
    log = (log + chunk.toString()).slice(-64 * 1024);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitReady(base, child, () => log);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  let waiting: Array<(s: ProbeStats) => void> = [];
  child.on('message', (message: unknown) => {
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'stats') {
      const next = waiting.shift();
      next?.(message as ProbeStats);
    }
  });

  return {
    url: `${base}/graphql`,
    pid: child.pid ?? -1,
    stats: (resetPeak = false) =>
      new Promise((resolveStats, reject) => {
        if (!child.connected) {
          reject(new Error(`gateway process is gone:\n${log}`));
          return;
        }
        waiting.push(resolveStats);
        child.send({ type: 'stats', resetPeak });
      }),
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null) {
          resolveStop();
          return;
        }
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          waiting = [];
          resolveStop();
        });
        child.kill('SIGTERM');
      }),
  };
}
