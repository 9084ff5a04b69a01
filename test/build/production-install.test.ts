/**
 * The Dockerfile's steps, performed without Docker (our machines have none): each stage in its own
 * temporary folder, its COPY lines read from the Dockerfile (honouring .dockerignore) and its RUN
 * lines run by `sh -c`. The runtime folder then starts the gateway with the image's CMD and ENV,
 * and sees no devDependency (it sits under the OS temp folder, away from the repo's node_modules).
 *
 * npm may use its download cache (`npm_config_prefer_offline`; revalidating every package with the
 * registry doubled the production install's time), as a CI cache would. Measured on 2 cores shared
 * with other work (load average 5 to 9): 117 to 190 s in all, of which `npm ci` 42 s, the build
 * 19 s, `npm ci --omit=dev` 14 s, and the fresh clone's `npm start` (a second compile) 23 s.
 * Every step and wait is bounded (STEP_TIMEOUT_MS, READY_TIMEOUT_MS, a SIGKILL after 15 s).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { freePort } from '../helpers/wait';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, posix } from 'node:path';
import { copyStep, dockerignore, parseDockerfile, type Stage } from './dockerfile';

const REPO = join(__dirname, '..', '..');
const STEP_TIMEOUT_MS = 300_000;
const READY_TIMEOUT_MS = 60_000;

const stages = parseDockerfile(readFileSync(join(REPO, 'Dockerfile'), 'utf8'));
const ignored = dockerignore(readFileSync(join(REPO, '.dockerignore'), 'utf8'));
const runtime = stages[stages.length - 1]!;
const build = stages.find((s) => s.name === 'build')!;

let root = '';
const folderOf = new Map<string, string>();

/** The environment the steps see: no PATH entry into a node_modules, no npm settings from the caller. */
function baseEnv(): NodeJS.ProcessEnv {
  const path = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((p) => !p.includes('node_modules'))
    .join(delimiter);
  return {
    PATH: path,
    HOME: process.env.HOME,
    npm_config_prefer_offline: 'true',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
  };
}

function performStage(stage: Stage): void {
  const folder = join(root, stage.name);
  folderOf.set(stage.name, folder);
  for (const step of stage.steps) {
    if (step.kind === 'copy') {
      const dest = posix.isAbsolute(step.dest) ? posix.relative(stage.workdir, step.dest) + (step.dest.endsWith('/') ? '/' : '') : step.dest;
      if (step.from === undefined) {
        copyStep(REPO, step.sources, folder, dest, ignored);
      } else {
        const other = stages.find((s) => s.name === step.from);
        if (!other) throw new Error(`COPY --from=${step.from}: no such stage`);
        const sources = step.sources.map((s) => posix.relative(other.workdir, s) || '.');
        copyStep(folderOf.get(other.name)!, sources, folder, dest);
      }
    } else {
      const result = spawnSync('sh', ['-c', step.command], { cwd: folder, env: { ...baseEnv(), ...stage.env }, encoding: 'utf8', timeout: STEP_TIMEOUT_MS });
      if (result.status !== 0)
        throw new Error(`RUN ${step.command} in ${stage.name}: exit ${result.status} ${result.signal ?? ''}\n${result.stdout}\n${result.stderr}`);
    }
  }
}

interface Started {
  child: ChildProcess;
  base: string;
  port: number;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function start(command: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Started> {
  const port = await freePort();
  const child = spawn(command[0]!, command.slice(1), { cwd, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr.on('data', (c: Buffer) => (log += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${base}/healthz`)).status === 200) return { child, base, port, output: () => log, exited };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${command.join(' ')} not ready (exit ${child.exitCode}):\n${log}`);
}

/** Processes whose working directory is inside `folder`: what a stopped start command must not leave behind. */
function processesIn(folder: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd === folder || cwd.startsWith(folder + '/')) found.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')}`);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

async function stopped(started: Started, timeoutMs = 15_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const timer = setTimeout(() => started.child.kill('SIGKILL'), timeoutMs);
  try {
    return await started.exited;
  } finally {
    clearTimeout(timer);
  }
}

async function graphql(base: string, query: string): Promise<unknown> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  expect(res.status).toBe(200);
  return res.json();
}

const DEMO_QUERY = '{ accounts(first: 2) { nodes { id email businessProfile { name } persons { nodes { firstName lastName } } } } }';
const DEMO_ANSWER = {
  data: {
    accounts: {
      nodes: [
        {
          id: 'acct_1SRJNsZ9WJI',
          email: 'admin@stellartours.example',
          businessProfile: { name: 'Stellar Tours' },
          persons: { nodes: [{ firstName: 'Leo', lastName: 'Marsh' }] },
        },
        {
          id: 'acct_1XqK5YXLrCE',
          email: 'books@pasha.example',
          businessProfile: { name: 'Pasha Books' },
          persons: { nodes: [{ firstName: 'Pasha', lastName: 'Ivanova' }] },
        },
      ],
    },
  },
};

/** The image's own environment, on a free loopback port; NODE_ENV=development opts into the demo data the image otherwise refuses. */
function runtimeEnv(): NodeJS.ProcessEnv {
  return { ...baseEnv(), ...runtime.env, HOST: '127.0.0.1', NODE_ENV: 'development' };
}

function healthcheck(port: number): number | null {
  const [command, ...args] = runtime.healthcheck!;
  return spawnSync(command!, args, { cwd: folderOf.get(runtime.name)!, env: { ...runtimeEnv(), PORT: String(port) }, timeout: 10_000 }).status;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sgg-production-'));
  for (const stage of stages) performStage(stage);
}, 600_000);

afterAll(() => {
  if (root !== '') rmSync(root, { recursive: true, force: true });
});

test('the Dockerfile has a build stage and a runtime stage that runs node on the compiled entry point, with a health check', () => {
  expect(build.steps.map((s) => (s.kind === 'run' ? s.command : null)).filter(Boolean)).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
  expect(runtime.cmd).toEqual(['node', 'dist/main.js']);
  expect(runtime.healthcheck?.[0]).toBe('node');
  expect(runtime.env.HOST).toBe('0.0.0.0');
});

test('the runtime folder has the compiled gateway and production dependencies only', () => {
  const folder = folderOf.get(runtime.name)!;
  expect(existsSync(join(folder, 'dist', 'main.js'))).toBe(true);
  for (const dev of ['typescript', 'tsx', 'stripe', 'jest', 'ts-jest']) {
    expect([dev, existsSync(join(folder, 'node_modules', dev))]).toEqual([dev, false]);
    expect(() => require.resolve(dev, { paths: [folder] })).toThrow();
  }
  expect(readdirSync(join(folder, 'src'))).toEqual(['playground']);
  expect(readdirSync(join(folder, 'examples')).every((f) => f.endsWith('.graphql'))).toBe(true);
});

test('the image command serves demo data, the playground and its examples; the health check passes; SIGTERM ends it with exit 0 and nothing left', async () => {
  const folder = folderOf.get(runtime.name)!;
  const gateway = await start(runtime.cmd!, folder, runtimeEnv());
  try {
    expect(await graphql(gateway.base, DEMO_QUERY)).toEqual(DEMO_ANSWER);
    const page = await (await fetch(`${gateway.base}/`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('read account with everything nested');
    for (const asset of ['playground.js', 'graphiql.min.js']) {
      const src = new RegExp(`/playground/assets/${asset.replace(/\./g, '\\.')}\\?v=[0-9a-f]{16}`).exec(page)?.[0];
      expect(src).toBeDefined();
      expect([asset, (await fetch(`${gateway.base}${src}`)).status]).toEqual([asset, 200]);
    }
    expect(healthcheck(gateway.port)).toBe(0);
  } finally {
    gateway.child.kill('SIGTERM');
  }
  expect(await stopped(gateway)).toEqual({ code: 0, signal: null });
  expect(processesIn(folder)).toEqual([]);
  expect(healthcheck(gateway.port)).toBe(1);
}, 120_000);

/** A checkout as `git clone` gives it (tracked and new files, no dist/; worktrees link node_modules, which is skipped), with the build stage's full install. */
function freshClone(): string {
  const folder = join(root, 'clone');
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter((f) => f !== '' && existsSync(join(REPO, f)) && lstatSync(join(REPO, f)).isFile())) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    copyFileSync(join(REPO, file), join(folder, file));
  }
  symlinkSync(join(folderOf.get(build.name)!, 'node_modules'), join(folder, 'node_modules'));
  return folder;
}

test('on a fresh clone, npm start builds dist/ first; SIGTERM to npm reaches the gateway: exit 0, no orphan; the build is then fresh', async () => {
  const folder = freshClone();
  expect(existsSync(join(folder, 'dist'))).toBe(false);
  const npm = await start(['npm', 'start'], folder, { ...baseEnv(), HOST: '127.0.0.1' });
  try {
    expect(await graphql(npm.base, '{ account(id: "acct_1XqK5YXLrCE") { email } }')).toEqual({ data: { account: { email: 'books@pasha.example' } } });
  } finally {
    npm.child.kill('SIGTERM');
  }
  expect(await stopped(npm)).toEqual({ code: 0, signal: null });
  expect(processesIn(folder)).toEqual([]);
  expect(npm.output()).toContain('build: dist/ has not been built; compiling src/ to dist/');
  const stamp = join(folder, 'dist', '.build-stamp');
  const builtAt = statSync(stamp).mtimeMs;
  const again = spawnSync('node', ['scripts/build.js', '--if-stale'], { cwd: folder, env: baseEnv(), encoding: 'utf8' });
  expect([again.status, again.stdout, again.stderr]).toEqual([0, '', '']);
  expect(statSync(stamp).mtimeMs).toBe(builtAt);
}, 180_000);
