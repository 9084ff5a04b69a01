/**
 * The gateway as a process: a bad configuration stops the start with a message naming the
 * variable; SIGTERM drains running operations and exits 0; operations still running when the
 * drain timeout passes are cancelled, and the process still exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { startUpstream, json, type Upstream } from '../datasources/helpers/upstream';
import { keepLogs } from '../helpers/logs';

const ROOT = resolve(__dirname, '..', '..');
const KEY = 'sk_test_lifecycle_77b1c2d3';

interface Started {
  child: ChildProcess;
  url: string;
  lines: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `src/main.ts` in its own node process (no npm or tsx wrapper in between). */
function run(env: Record<string, string>): { child: ChildProcess; stdout: string[]; stderr: string[]; exited: Started['exited'] } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8');
    const parts = text.split('\n');
    partial = parts.pop()!;
    stdout.push(...parts);
  });
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
  // 'close', not 'exit': the process can exit before its last output has been read from the pipe.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('close', (code, signal) => done({ code, signal })));
  return { child, stdout, stderr, exited };
}

async function start(env: Record<string, string>): Promise<Started> {
  const { child, stdout, exited } = run(env);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ready = stdout.map((l) => JSON.parse(l) as { msg?: string; url?: string }).find((l) => l.msg === 'Stripe Graph Gateway ready');
    if (ready?.url) return { child, url: ready.url, lines: stdout, exited };
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`the gateway did not start: ${stdout.join('\n')}`);
}

function query(url: string, id: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query: `{ account(id: "${id}") { id } }` }),
  }).then(async (res) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> }));
}

let upstream: Upstream;
beforeAll(async () => {
  upstream = await startUpstream();
  // Each account answers after the delay its id names: acct_slow1500 after 1.5 s.
  upstream.setHandler(async (req, res) => {
    const id = /acct_slow(\d+)/.exec(req.url)?.[0] ?? 'acct_x';
    await new Promise((r) => setTimeout(r, Number(id.replace('acct_slow', '')) || 0));
    if (!res.destroyed) json(res, 200, { id, object: 'account' });
  });
});
afterAll(() => upstream.close());

describe('configuration checked at start', () => {
  it.each([
    [{ MAX_QUERY_DEPTH: '0' }, 'MAX_QUERY_DEPTH must be an integer >= 1, got "0"'],
    [{ GATEWAY_LOADERS: 'of' }, 'GATEWAY_LOADERS must be one of on, off, got "of"'],
    [{ GATEWAY_OPERATION_TIMEOUT_MS: '-1' }, 'GATEWAY_OPERATION_TIMEOUT_MS must be an integer >= 1, got "-1"'],
    [{ NODE_ENV: 'production' }, 'NODE_ENV=production needs STRIPE_API_KEY or STRIPE_API_BASE'],
  ])('%j stops the start', async (env, message) => {
    const { stdout, stderr, exited } = run(env);
    expect(await exited).toEqual({ code: 1, signal: null });
    expect(stderr.join('')).toContain(message);
    expect(stdout).toEqual([]);
  });
});

describe('SIGTERM', () => {
  it('lets running operations finish, refuses new connections, and exits 0', async () => {
    const gateway = await start({ STRIPE_API_BASE: upstream.baseUrl, GATEWAY_SHUTDOWN_TIMEOUT_MS: '10000' });
    const running = query(gateway.url, 'acct_slow1500');
    await new Promise((r) => setTimeout(r, 300));
    gateway.child.kill('SIGTERM');
    const answer = await running;
    expect(answer).toEqual({ status: 200, body: { data: { account: { id: 'acct_slow1500' } } } });
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    await expect(fetch(gateway.url.replace('/graphql', '/healthz'))).rejects.toThrow();
    const messages = gateway.lines.map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(messages).toContain('shutting down: draining operations');
    expect(messages.filter((m) => m === 'operation')).toHaveLength(1);
    expect(messages.at(-1)).toBe('stopped');
    keepLogs(gateway.lines);
  });

  it('cancels what is still running after the drain timeout, and still exits 0', async () => {
    const gateway = await start({ STRIPE_API_BASE: upstream.baseUrl, GATEWAY_SHUTDOWN_TIMEOUT_MS: '300' });
    const running = query(gateway.url, 'acct_slow8000');
    await new Promise((r) => setTimeout(r, 300));
    gateway.child.kill('SIGTERM');
    const answer = await running;
    expect(answer.status).toBe(200);
    expect((answer.body.errors as Array<{ extensions: { code: string } }>).map((e) => e.extensions.code)).toEqual(['REQUEST_CANCELLED']);
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    const warned = gateway.lines
      .map((l) => JSON.parse(l) as { msg: string; cancelled?: number })
      .find((l) => l.msg.startsWith('shutdown: operations still running'));
    expect(warned?.cancelled).toBe(1);
    keepLogs(gateway.lines);
  });
});
