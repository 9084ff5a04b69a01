/**
 * `npm start`: the gateway. With neither STRIPE_API_KEY nor STRIPE_API_BASE set, it starts the
 * built-in Stripe emulator in-process with its demo data and talks to that.
 *
 * This file owns the process's signals: SIGTERM or SIGINT marks the gateway not ready, stops
 * new connections, lets running operations finish for up to GATEWAY_SHUTDOWN_TIMEOUT_MS, then
 * exits 0. A second signal exits at once.
 */
import { ConfigError, gatewayConfigFromEnv, type GatewayConfig } from './config';
import { startGateway } from './server';
import { loadMetadata } from './metadata/load';
import { closeAllPools } from './datasources/client';
import { createLogger, type Logger } from './observability/logger';
import { authStartWarning } from './auth/config';
import { loopbackWebhookUrl, pointWebhookEndpoint, registerWebhookEndpoint, type RegisteredEndpoint } from './events/self-registration';

/** The key the gateway uses against its own emulator when a request brings none. */
export const EMBEDDED_DEMO_KEY = 'sk_test_embedded_demo';

async function main(): Promise<void> {
  let config: GatewayConfig;
  try {
    config = gatewayConfigFromEnv();
  } catch (error) {
    // Before a logger exists: the message names the variables, never their secret values.
    console.error(error instanceof ConfigError ? error.message : String(error));
    process.exit(1);
  }
  const log = createLogger(config.log);
  const warning = authStartWarning(config.auth, config.embedded);
  if (warning) log.warn(warning);
  let apiBase = config.dataSource.apiBase;
  let apiKey = config.apiKey;
  let stopEmulator: (() => Promise<void>) | undefined;
  let demoWebhook: RegisteredEndpoint | undefined;
  if (config.embedded) {
    // Loaded only here: a gateway in front of real Stripe carries none of the emulator's code.
    const { startEmulator } = await import('./emulator');
    // The metadata the gateway has already read (it only reads it): one parse of the 4.6 MB
    // file per process, not a second copy for the emulator.
    const emulator = await startEmulator({ port: 0, metadata: loadMetadata().metadata });
    apiBase = emulator.url;
    apiKey = EMBEDDED_DEMO_KEY;
    stopEmulator = () => emulator.close();
    log.info({ emulator: emulator.url }, 'No STRIPE_API_KEY or STRIPE_API_BASE: using the built-in Stripe emulator with demo data');
    if (config.events.webhookSecret === undefined) {
      // Live updates with demo data and no setup: the emulator sends its events to the gateway.
      // The endpoint's secret is needed to start; its URL is final once the gateway listens (PORT=0).
      demoWebhook = await registerWebhookEndpoint(emulator.url, apiKey, loopbackWebhookUrl(config.host, config.port || 9));
      config = { ...config, events: { ...config.events, webhookSecret: demoWebhook.secret } };
    }
  }
  const gateway = await startGateway(config, { apiBase, apiKey, logger: log });
  if (demoWebhook !== undefined && apiKey !== undefined)
    await pointWebhookEndpoint(apiBase, apiKey, demoWebhook.id, loopbackWebhookUrl(config.host, gateway.port));
  log.info({ url: gateway.url, playground: `http://${config.host}:${gateway.port}/`, metricsPort: gateway.metricsPort }, 'Stripe Graph Gateway ready');
  onTermination(log, async () => {
    await gateway.close();
    await stopEmulator?.();
    await closeAllPools();
  });
}

/** One handler for SIGTERM and SIGINT: the first drains and exits 0, a second exits at once. */
function onTermination(log: Logger, shutdown: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'shutting down: draining operations');
    shutdown().then(
      () => {
        log.info('stopped');
        // The last lines must reach stdout before the process ends.
        log.flush(() => process.exit(0));
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
