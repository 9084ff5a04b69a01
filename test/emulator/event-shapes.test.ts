/**
 * The emulator's events checked against the `stripe` package's `Event` types: the events a
 * set of writes produced are written into a TypeScript file as literals typed `Stripe.Event`,
 * and the compiler must accept it. The union is discriminated by `type`, so each event's
 * `data.object` is checked against that event's own object type, field by field (excess
 * properties included). Known difference: optional fields are null rather than absent.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { call } from './helpers';

const KEY = 'sk_test_event_shapes';
const DIR = resolve(__dirname, '..', '..', 'test-artifacts', 'event-shapes');

describe('emulator events against Stripe.Event', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(() => emulator.close());

  /** The writes behind the event types; answers every event they produced. */
  async function produceEvents(): Promise<Array<Record<string, unknown>>> {
    const first = async (path: string): Promise<string> => (await call(emulator.url, 'GET', path, { key: KEY })).body.data[0].id as string;
    const post = async (path: string, form = '', headers: Record<string, string> = {}): Promise<void> => {
      const answer = await call(emulator.url, 'POST', path, { key: KEY, form, headers });
      expect([path, answer.status]).toEqual([path, 200]);
    };
    const account = await first('/v1/accounts');
    await post(`/v1/accounts/${account}`, 'email=shapes%40example.com');
    await post(`/v1/accounts/${account}/capabilities/card_payments`, 'requested=true');
    await post(`/v1/accounts/${account}/persons`, 'first_name=Ada&last_name=Lovelace');
    await post(`/v1/accounts/${account}/external_accounts`, 'external_account=btok_us_verified');
    await post(`/v1/identity/verification_sessions/${await first('/v1/identity/verification_sessions?status=requires_input')}/cancel`);
    await post('/v1/identity/verification_sessions', 'type=document');
    await post(`/v1/financial_connections/accounts/${await first('/v1/financial_connections/accounts')}/refresh`, 'features[]=balance');
    const platform = await call(emulator.url, 'GET', '/v1/events?limit=100', { key: KEY });
    const connected = await call(emulator.url, 'GET', '/v1/events?limit=100', { key: KEY, headers: { 'Stripe-Account': account } });
    return [...platform.body.data, ...connected.body.data];
  }

  it("produces the issue's event types, and every one type-checks as Stripe.Event", async () => {
    const events = await produceEvents();
    expect(events.map((e) => e.type).sort()).toEqual([
      'account.external_account.created',
      'account.updated',
      'account.updated',
      'capability.updated',
      'financial_connections.account.refreshed_balance',
      'identity.verification_session.canceled',
      'identity.verification_session.created',
      'person.created',
    ]);
    mkdirSync(DIR, { recursive: true });
    const file = resolve(DIR, 'events.ts');
    writeFileSync(file, `import type Stripe from 'stripe';\n\nexport const events: Stripe.Event[] = ${JSON.stringify(events, null, 2)};\n`);
    const program = ts.createProgram([file], {
      strict: true,
      // The emulator sends every field of a type, null where unset (docs/emulator.md), where
      // Stripe leaves some optional fields out; everything else is checked strictly.
      strictNullChecks: false,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      types: [],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n').slice(0, 3).join(' | '));
    expect(problems).toEqual([]);
  });
});
