/**
 * The hostile corpus (bench/hostile.ts) against a real gateway process (src/main.ts under tsx,
 * no build step; the benchmark starts the compiled dist/main.js) talking to the emulator: each
 * document is refused with its exact code or answered, one after another, while another loop
 * keeps asking `/healthz`. A document that froze the event loop would leave a health check
 * unanswered past its bound.
 */
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { startGatewayProcess, type GatewayProcess } from '../../bench/gateway-process';
import { HOSTILE, sendHostile, type HostileOutcome } from '../../bench/hostile';

/** How long one health check may go unanswered: far above any healthy answer. */
const HEALTH_BOUND_MS = 5_000;
/** How long one hostile request may take before it counts as hung. */
const REQUEST_BOUND_MS = 30_000;
/** At most this many health checks, 50 ms apart: the loop ends by itself. */
const MAX_HEALTH_CHECKS = 20_000;

let emulator: RunningEmulator;
let gateway: GatewayProcess;
let health: { running: boolean; answered: number; failures: string[]; done: Promise<void> };

function pollHealth(base: string): typeof health {
  const state = { running: true, answered: 0, failures: [] as string[], done: Promise.resolve() };
  state.done = (async () => {
    for (let i = 0; i < MAX_HEALTH_CHECKS && state.running; i++) {
      try {
        const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(HEALTH_BOUND_MS) });
        if (res.status === 200 && (await res.text()) === '{"status":"ok"}') state.answered++;
        else state.failures.push(`status ${res.status}`);
      } catch (error) {
        state.failures.push(String(error));
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return state;
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  gateway = await startGatewayProcess({ apiBase: emulator.url, apiKey: 'sk_test_hostile_corpus', loaders: true, source: true });
  health = pollHealth(gateway.url.replace(/\/graphql$/, ''));
}, 120_000);

afterAll(async () => {
  health.running = false;
  await health.done;
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- still unset when beforeAll failed */
  await gateway?.stop();
  await emulator?.close();
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
});

test('the corpus has at least 30 documents, each named once', () => {
  expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  expect(new Set(HOSTILE.map((e) => e.name)).size).toBe(HOSTILE.length);
});

test.each(HOSTILE.map((e) => [e.name, e] as const))(
  '%s',
  async (_name, entry) => {
    const outcome: HostileOutcome = await sendHostile(gateway.url, entry, AbortSignal.timeout(REQUEST_BOUND_MS));
    expect(outcome).toEqual(entry.expected);
  },
  REQUEST_BOUND_MS + 5_000,
);

test('/healthz answered every check while the corpus ran', async () => {
  health.running = false;
  await health.done;
  expect(health.failures).toEqual([]);
  expect(health.answered).toBeGreaterThan(0);
});
