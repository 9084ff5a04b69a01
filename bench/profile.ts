/**
 * `npm run bench:profile`: where the compiled gateway's CPU goes, per operation.
 *
 * Starts the emulator (in this process) and the production build (`node dist/main.js`, a child
 * process under `--cpu-prof`), sends each profiled operation at concurrency 8, and reads the
 * profile the gateway writes when it stops. Only samples taken while the measured operations ran
 * count (V8's profile clock and `process.hrtime` are the same monotonic clock), so start-up and
 * warm-up are left out. Prints a table per operation: milliseconds of the gateway's main thread
 * per operation, by category (bench/profile-categories.ts), and the gateway's own functions that
 * cost the most. Writes bench/results/profile.md.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMetadata, startEmulator } from '../src/emulator';
import { seedFixture, type BenchFixture } from './fixture';
import { startGatewayProcess } from './gateway-process';
import { graphqlPoster, runLoad } from './load';
import { OPERATIONS } from './operations';
import { breakdown, type Breakdown, type CpuProfile } from './profile-categories';
import { restCaller } from './rest';

const API_KEY = 'sk_test_bench_profile';
const CONCURRENCY = 8;
const PROFILED: Record<string, { warmup: number; measured: number }> = { account: { warmup: 300, measured: 3000 }, nested: { warmup: 30, measured: 300 } };

const nowMicros = (): number => Number(process.hrtime.bigint() / 1000n);

interface Profiled {
  name: string;
  operations: number;
  wallMs: number;
  result: Breakdown;
}

async function measure(url: string, fx: BenchFixture): Promise<Array<{ name: string; operations: number; wallMs: number; from: number; to: number }>> {
  const poster = graphqlPoster(url, CONCURRENCY);
  const windows = [];
  try {
    for (const [name, counts] of Object.entries(PROFILED)) {
      const op = OPERATIONS.find((o) => o.name === name)!;
      const run = async (n: number): Promise<void> => {
        await poster.post(op.graphql(fx, n));
      };
      await runLoad(CONCURRENCY, counts.warmup, run);
      const from = nowMicros();
      const load = await runLoad(CONCURRENCY, counts.measured, run);
      const to = nowMicros();
      if (load.errors.length > 0) throw new Error(`${name}: ${load.errors.length} errors, first: ${load.errors[0]}`);
      windows.push({ name, operations: counts.measured, wallMs: load.wallMs, from, to });
    }
  } finally {
    await poster.close();
  }
  return windows;
}

function table(p: Profiled): string {
  const perOp = (ms: number): string => (ms / p.operations).toFixed(3);
  const rows = [...p.result.byCategory].sort((a, b) => b[1] - a[1]);
  const own = [...p.result.ownFunctions].sort((a, b) => b[1] - a[1]).slice(0, 12);
  return [
    `### ${p.name}: ${p.operations} operations at concurrency ${CONCURRENCY}, ${(p.operations / (p.wallMs / 1000)).toFixed(0)} ops/s`,
    '',
    `Main-thread CPU per operation: **${perOp(p.result.busyMs)} ms**`,
    '',
    '| category | ms per operation | share |',
    '| --- | --- | --- |',
    ...rows.map(([category, ms]) => `| ${category} | ${perOp(ms)} | ${((100 * ms) / p.result.busyMs).toFixed(1)}% |`),
    '',
    "The gateway's own functions (self time):",
    '',
    '| function | ms per operation |',
    '| --- | --- |',
    ...own.map(([fn, ms]) => `| \`${fn}\` | ${perOp(ms)} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  const metadata = loadMetadata();
  const emulator = await startEmulator({ port: 0, metadata });
  const rest = restCaller(emulator.url, API_KEY, metadata.apiVersion);
  const profileDir = mkdtempSync(join(tmpdir(), 'sgg-profile-'));
  try {
    const fx = await seedFixture(rest);
    // The compiled gateway (built first when stale), as the bench runs it, under the profiler.
    // The profile is written when the process exits; SIGTERM (stop) is its normal end.
    const gateway = await startGatewayProcess({
      apiBase: emulator.url,
      apiKey: API_KEY,
      loaders: true,
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    });
    let windows;
    try {
      windows = await measure(gateway.url, fx);
    } finally {
      await gateway.stop();
    }
    const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('the gateway wrote no CPU profile');
    const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile;
    const tables = windows.map((w) => table({ name: w.name, operations: w.operations, wallMs: w.wallMs, result: breakdown(profile, w.from, w.to) }));
    const report = [
      "# Where the gateway's CPU goes",
      '',
      `Generated ${new Date().toISOString()} by \`npm run bench:profile\`: the compiled gateway under \`--cpu-prof\`, the emulator answering at once, load average ${loadavg()[0]!.toFixed(2)} at the end. Times are the gateway's main thread (V8's sampling profiler), warm-up and start-up excluded; a profiler slows what it measures a little.`,
      '',
      ...tables.flatMap((t) => [t, '']),
    ].join('\n');
    writeFileSync(join(__dirname, 'results', 'profile.md'), report);
    console.log(report);
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
    await rest.close();
    await emulator.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
