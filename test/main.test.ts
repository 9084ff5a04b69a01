/**
 * `npm start` as a user runs it: src/main.ts in a child process. With STRIPE_API_KEY and no
 * GATEWAY_AUTH it refuses to start and names the choices; with nothing set it serves the demo.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

function start(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (c: Buffer) => (text += c.toString()));
  child.stderr.on('data', (c: Buffer) => (text += c.toString()));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { child, output: () => text, exited };
}

test('STRIPE_API_KEY without GATEWAY_AUTH: the start fails, naming the choices, and not the key', async () => {
  const run = start({ STRIPE_API_KEY: 'sk_test_main_refused_1234', PORT: '0' });
  expect(await run.exited).toBe(1);
  expect(run.output()).toContain('STRIPE_API_KEY is set but GATEWAY_AUTH is not: choose who may use the gateway. GATEWAY_AUTH=jwt');
  expect(run.output()).not.toContain('sk_test_main_refused_1234');
});

test('nothing set: the embedded demo, open on loopback, answers a query without any credential', async () => {
  const run = start({ PORT: '0' });
  try {
    // Bounded wait for the ready line (at most 200 polls of 100 ms).
    let url: string | undefined;
    for (let i = 0; i < 200 && !url; i++) {
      url = /(http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(run.output())?.[1];
      if (!url) await new Promise((r) => setTimeout(r, 100));
    }
    expect(url).toBeDefined();
    const res = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ currentAccount { email } }' }),
    });
    expect(await res.json()).toEqual({ data: { currentAccount: { email: 'platform@gateway-demo.example' } } });
    expect(run.output()).not.toContain('GATEWAY_AUTH=open');
  } finally {
    run.child.kill('SIGTERM');
    await run.exited;
  }
});
