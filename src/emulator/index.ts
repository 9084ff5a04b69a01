/**
 * The embedded Stripe emulator: a stateful, Stripe-compatible REST server driven by the
 * generated metadata. `startEmulator()` is the one entry point; see docs/emulator.md.
 */

import type { AddressInfo } from 'node:net';
import { readMetadataFile } from '../metadata/load';
import type { RestMetadata } from '../metadata/types';
import { BEHAVIOURS } from './behaviours';
import { buildDemo } from './demo';
import { Engine } from './engine';
import { FaultInjector, type FaultConfig } from './faults';
import type { RequestLogEntry } from './log';
import { EmulatorServer, Platforms } from './server';
import { EmulatorEvents } from './events';
import type { DeliveryOptions } from './webhook-delivery';

export type { DeliveryAttempt } from './webhook-delivery';

export interface EmulatorOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; defaults to 127.0.0.1. */
  host?: string;
  /** Start every platform from the demo data (default true); false starts them empty. */
  seed?: boolean;
  /** Faults to inject from the start. */
  faults?: FaultConfig;
  /** Latency added to every answer; shorthand for `faults.latencyMs`. */
  latencyMs?: number;
  /** Metadata to serve; defaults to schema/generated/metadata.json. */
  metadata?: RestMetadata;
  /** How events are sent to webhook endpoints (retry delays, timeout, an observer). */
  webhooks?: DeliveryOptions;
}

interface EmulatorControl {
  /** Every API request so far (control endpoints excepted), oldest first. */
  requestLog(): RequestLogEntry[];
  /** Request counts keyed `"METHOD /path"`. */
  counts(): Record<string, number>;
  /** The most requests answered at the same moment, per API key fingerprint, since the last resetLog. */
  maxInFlight(): Record<string, number>;
  resetLog(): void;
  /** Replaces the fault config (an empty object turns faults off). Throws on a bad config. */
  setFaults(cfg: FaultConfig): void;
  faults(): FaultConfig;
  /** Drops every platform's state; each key starts again from the demo data. */
  reset(): void;
  /** Resolves when every webhook delivery under way has succeeded or given up. */
  webhooksIdle(): Promise<void>;
}

export interface RunningEmulator {
  /** Base URL, e.g. `http://127.0.0.1:12111`. */
  url: string;
  port: number;
  close(): Promise<void>;
  control: EmulatorControl;
}

/** The metadata the emulator serves: a fresh copy of the generated file, or of another one. */
export function loadMetadata(path?: string): RestMetadata {
  return readMetadataFile(path);
}

/** Demo snapshots are deterministic, so one per metadata object serves every start. */
const demoCache = new WeakMap<RestMetadata, ReturnType<typeof buildDemo>>();

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const metadata = options.metadata ?? loadMetadata();
  const engine = new Engine(metadata, BEHAVIOURS);
  let demo = null;
  if (options.seed !== false) {
    demo = demoCache.get(metadata) ?? buildDemo(engine);
    demoCache.set(metadata, demo);
  }
  const faults = new FaultInjector({ ...options.faults, ...(options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs }) });
  const emulator = new EmulatorServer(engine, new Platforms(demo), faults, new EmulatorEvents(metadata.apiVersion, undefined, options.webhooks));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolveListen, reject) => {
    emulator.server.once('error', reject);
    emulator.server.listen(options.port ?? 0, host, () => {
      emulator.server.off('error', reject);
      resolveListen();
    });
  });
  const port = (emulator.server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        emulator.events.delivery.stop();
        emulator.server.close((err) => (err ? reject(err) : resolveClose()));
        emulator.server.closeAllConnections();
      }),
    control: {
      requestLog: () => emulator.log.list(),
      counts: () => emulator.log.counts(),
      maxInFlight: () => emulator.log.maxInFlight(),
      resetLog: () => emulator.log.reset(),
      setFaults: (cfg) => faults.set(cfg),
      faults: () => faults.get(),
      reset: () => emulator.platforms.reset(),
      webhooksIdle: () => emulator.events.delivery.idle(),
    },
  };
}
