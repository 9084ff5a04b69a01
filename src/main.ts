/**
 * `npm start`: the gateway. With neither STRIPE_API_KEY nor STRIPE_API_BASE set, it starts the
 * built-in Stripe emulator in-process with its demo data and talks to that.
 */
import { gatewayConfigFromEnv } from './config';
import { startGateway } from './server';
import { startEmulator } from './emulator';
import { closeAllPools } from './datasources/client';
import { authStartWarning } from './auth/config';

/** The key the gateway uses against its own emulator when a request brings none. */
export const EMBEDDED_DEMO_KEY = 'sk_test_embedded_demo';

async function main(): Promise<void> {
  const config = gatewayConfigFromEnv();
  const warning = authStartWarning(config.auth, config.embedded);
  if (warning) console.warn(warning);
  let apiBase = config.dataSource.apiBase;
  let apiKey = config.apiKey;
  let stopEmulator: (() => Promise<void>) | undefined;
  if (config.embedded) {
    const emulator = await startEmulator({ port: 0 });
    apiBase = emulator.url;
    apiKey = EMBEDDED_DEMO_KEY;
    stopEmulator = () => emulator.close();
    console.log(`No STRIPE_API_KEY or STRIPE_API_BASE: using the built-in Stripe emulator with demo data (${emulator.url}).`);
  }
  const gateway = await startGateway(config, { apiBase, apiKey });
  console.log(`Stripe Graph Gateway ready at ${gateway.url} (playground: http://${config.host}:${gateway.port}/)`);
  const stop = (): void => {
    void (async () => {
      await gateway.close();
      await stopEmulator?.();
      await closeAllPools();
      process.exit(0);
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
