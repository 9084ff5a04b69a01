/**
 * The typed client example (examples/client/onboard.ts) against the real gateway and emulator:
 * the generated documents are valid operations of the graph and their results have the shape the
 * types promise.
 */
import { closeAllPools } from '../../src/datasources/client';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { gatewayConfigFromEnv } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server';
import { onboard } from '../../examples/client/onboard';

let emulator: RunningEmulator;
let gateway: RunningGateway;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  gateway = await startGateway({ ...gatewayConfigFromEnv({ LOG_LEVEL: 'warn' }), port: 0 }, { apiBase: emulator.url, apiKey: undefined });
});

afterAll(async () => {
  await gateway.close();
  await emulator.close();
  await closeAllPools();
});

test('the typed client creates an account and reads it back', async () => {
  const result = await onboard(gateway.url, 'typed-client@example.com', 'sk_test_typed_client');
  expect(result.id).toMatch(/^acct_/);
  expect(result.email).toBe('typed-client@example.com');
  expect(result.persons).toBe(0);
  const created = emulator.control.requestLog().filter((e) => e.method === 'POST' && e.path === '/v1/accounts');
  expect(created).toHaveLength(1);
});
