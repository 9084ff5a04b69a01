/**
 * A server under test as a child process with bench/probe.cjs preloaded: its CPU time and memory
 * are its own, not the bench's or the emulator's. Used for the gateway (bench/gateway-process.ts)
 * and the bare proxy (bench/bare-proxy.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../test/helpers/wait';

/** The probe's answer (bench/probe.cjs). */
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

export interface ProbedProcess {
  /** `http://127.0.0.1:<port>` */
  base: string;
  pid: number;
  /** From the spawn to the first `/healthz` 200, in ms (to within one poll). */
  readyMs: number;
  stats(resetPeak?: boolean): Promise<ProbeStats>;
  stop(): Promise<void>;
}

export interface ProbedOptions {
  /** For messages: `gateway`, `bare proxy`. */
  name: string;
  script: string;
  /** Node options before the probe (e.g. `--import tsx` to run TypeScript). */
  execArgv?: string[];
  /** The child's environment; PORT and HOST are added. */
  env: NodeJS.ProcessEnv;
}

const PROBE = resolve(__dirname, 'probe.cjs');
const READY_TIMEOUT_MS = 60_000;
/** Short, so start-to-ready is measured to within about this much. */
const READY_POLL_MS = 10;

async function waitReady(name: string, base: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${name} ended (${child.exitCode ?? child.signalCode}) before it was ready:\n${output()}`);
    try {
      const res = await fetch(`${base}/healthz`);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, READY_POLL_MS));
  }
  throw new Error(`${name} not ready after ${READY_TIMEOUT_MS} ms:\n${output()}`);
}

/** The probe's answers, in the order asked (one IPC channel, answered in order). */
function statsChannel(child: ChildProcess, output: () => string): Pick<ProbedProcess, 'stats'> & { drop(): void } {
  let waiting: Array<(s: ProbeStats) => void> = [];
  child.on('message', (message: unknown) => {
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'stats') waiting.shift()?.(message as ProbeStats);
  });
  return {
    stats: (resetPeak = false) =>
      new Promise((resolveStats, reject) => {
        if (!child.connected) {
          reject(new Error(`process is gone:\n${output()}`));
          return;
        }
        waiting.push(resolveStats);
        child.send({ type: 'stats', resetPeak });
      }),
    drop: () => {
      waiting = [];
    },
  };
}

function stopper(child: ChildProcess, onExit: () => void): () => Promise<void> {
  return () =>
    new Promise<void>((resolveStop) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolveStop();
        return;
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(timer);
        onExit();
        resolveStop();
      });
      child.kill('SIGTERM');
    });
}

export async function startProbedProcess(options: ProbedOptions): Promise<ProbedProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...options.env, PORT: String(port), HOST: '127.0.0.1' };
  const spawnedAt = performance.now();
  const child = fork(options.script, [], {
    cwd: resolve(__dirname, '..'),
    env,
    execArgv: [...(options.execArgv ?? []), '--require', PROBE],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let log = '';
  child.on('error', (error) => {
    log += `\n${String(error)}`;
  });
  // The gateway logs an access line per operation, as it would in production; only the tail
  // is kept, for the message when it fails to start or dies.
  const keep = (chunk: Buffer): void => {
    log = (log + chunk.toString()).slice(-64 * 1024);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitReady(options.name, base, child, () => log);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const readyMs = performance.now() - spawnedAt;
  const channel = statsChannel(child, () => log);
  return { base, pid: child.pid ?? -1, readyMs, stats: channel.stats, stop: stopper(child, () => channel.drop()) };
}
