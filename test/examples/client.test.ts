/**
 * The typed client example (examples/client/onboard.ts) against the real gateway and emulator:
 * the generated documents are valid operations of the graph and their results have the shape the
 * types promise.
 */
import { closeAllPools } from '../../src/datasources/client';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { gatewayConfigFromEnv } from '../../src/config';
import { startGateway, type RunningGateway } from '../../src/server';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onboard } from '../../examples/client/onboard';
import { documentIdOf, runPersisted } from '../../examples/client/persisted';
import { ReadAccountDocument } from '../../examples/client/gql/graphql';
import { sha256 } from '../../src/http/trusted-documents';
import { loadExamples } from '../../src/examples';

const MANIFEST = join(__dirname, '..', '..', 'examples', 'client', 'gql', 'persisted-documents.json');

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

test('the typed client creates an account, adds a bank account through the typed @oneOf input, and reads it back', async () => {
  const result = await onboard(gateway.url, 'typed-client@example.com', 'sk_test_typed_client');
  expect(result.id).toMatch(/^acct_/);
  expect(result.email).toBe('typed-client@example.com');
  expect(result.persons).toBe(0);
  expect(result.bankLast4).toBe('6789');
  expect(result.externalAccounts).toBe(1);
  const created = emulator.control.requestLog().filter((e) => e.method === 'POST' && e.path === '/v1/accounts');
  expect(created).toHaveLength(1);
  const added = emulator.control.requestLog().filter((e) => e.method === 'POST' && e.path === `/v1/accounts/${result.id}/external_accounts`);
  expect(added.map((e) => [e.status, e.refusedParams])).toEqual([[200, false]]);
});

describe('the typed client by persisted document ids only', () => {
  let trusted: RunningGateway;
  beforeAll(async () => {
    const env = { LOG_LEVEL: 'warn', GATEWAY_TRUSTED_DOCUMENTS: MANIFEST, GATEWAY_TRUSTED_DOCUMENTS_MODE: 'only' };
    trusted = await startGateway({ ...gatewayConfigFromEnv(env), port: 0 }, { apiBase: emulator.url, apiKey: undefined });
  });
  afterAll(() => trusted.close());

  test('the generated manifest holds every example, each under the sha256 of its text', () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest)).toHaveLength(loadExamples().length);
    for (const [id, text] of Object.entries(manifest)) expect(sha256(text)).toBe(id);
    expect(documentIdOf(ReadAccountDocument)).toBe(sha256(manifest[documentIdOf(ReadAccountDocument)] ?? ''));
  });

  test('a generated document runs by its id on a gateway that runs trusted documents only', async () => {
    const read = await runPersisted(trusted.url, ReadAccountDocument, { id: 'acct_1QTKu5QaZd2' }, { authorization: 'Bearer sk_test_typed_client_persisted' });
    expect(read.account?.id).toBe('acct_1QTKu5QaZd2');
    expect(read.account?.businessProfile?.name).toBe('Rocket Rides');
  });

  test('the same operation sent as text is refused there, before any upstream request', async () => {
    emulator.control.resetLog();
    await expect(onboard(trusted.url, 'refused@example.com', 'sk_test_typed_client_persisted')).rejects.toThrow(
      'TRUSTED_DOCUMENT_REQUIRED: This gateway runs only trusted documents',
    );
    expect(emulator.control.requestLog()).toEqual([]);
  });
});
