/**
 * The gateway under test, as a child process running the production build (`dist/main.js`,
 * compiled first when stale) with the bench probe preloaded, so its CPU time and memory are its
 * own and not the bench's or the emulator's. Tests that want no build step ask for the source
 * entry point under tsx instead (`source: true`).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startProbedProcess, type ProbedProcess } from './probed-process';

export interface GatewayProcess extends ProbedProcess {
  /** `http://127.0.0.1:<port>/graphql` */
  url: string;
}

const ROOT = resolve(__dirname, '..');
/** The build command the gateway's operators run (`npm run build`), compiling only when stale. */
export const BUILD_COMMAND = ['scripts/build.js', '--if-stale'];
let built = false;

/** Compiles src/ to dist/ if an input changed since the last build; once per bench process. */
export function ensureBuilt(): void {
  if (built) return;
  execFileSync(process.execPath, BUILD_COMMAND, { cwd: ROOT, stdio: 'inherit' });
  built = true;
}

export interface GatewayProcessOptions {
  apiBase: string;
  apiKey: string;
  /** False starts the naive baseline (GATEWAY_LOADERS=off). */
  loaders: boolean;
  /** More environment for the gateway (e.g. STRIPE_MAX_IN_FLIGHT), for experiments. */
  env?: Record<string, string>;
  /** Run src/main.ts under tsx instead of the build (tests: no compile step). */
  source?: boolean;
  /** More Node options for the gateway (e.g. `--cpu-prof`, for `npm run bench:profile`). */
  nodeArgs?: string[];
}

export async function startGatewayProcess(options: GatewayProcessOptions): Promise<GatewayProcess> {
  if (options.source !== true) ensureBuilt();
  const process_ = await startProbedProcess({
    name: 'gateway',
    script: resolve(ROOT, options.source === true ? 'src/main.ts' : 'dist/main.js'),
    execArgv: [...(options.source === true ? ['--import', 'tsx'] : []), ...(options.nodeArgs ?? [])],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      STRIPE_API_BASE: options.apiBase,
      STRIPE_API_KEY: options.apiKey,
      // The load generator sends no credential: anyone on loopback acts with the bench's key.
      GATEWAY_AUTH: 'open',
      GATEWAY_LOADERS: options.loaders ? 'on' : 'off',
      ...options.env,
    },
  });
  return { ...process_, url: `${process_.base}/graphql` };
}
