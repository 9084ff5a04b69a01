/** Standalone emulator: `npm run emulator` (EMULATOR_PORT, EMULATOR_HOST; default 127.0.0.1:12111). */

import { startEmulator } from './index';

export const DEFAULT_PORT = 12111;

/** Reads the port from the environment; a bad value is an error, not a silent default. */
export function portFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new Error(`EMULATOR_PORT must be a port number (0-65535), got "${value}"`);
  return Number(value);
}

async function main(): Promise<void> {
  const emulator = await startEmulator({
    port: portFromEnv(process.env.EMULATOR_PORT),
    host: process.env.EMULATOR_HOST || '127.0.0.1',
  });
  console.log(`Stripe emulator listening on ${emulator.url}`);
  console.log(`Try: curl -u sk_test_demo: ${emulator.url}/v1/accounts`);
  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
