/**
 * End-to-end harness: the real emulator and the real gateway on ephemeral ports, real HTTP
 * between them and to the test. One per test file (start in beforeAll, close in afterAll).
 *
 * Each distinct API key is its own emulator platform with its own copy of the demo data, so
 * tests that change state use a key of their own.
 */
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { startGateway, type RunningGateway } from '../../src/server';
import { gatewayConfigFromEnv, type GatewayConfig } from '../../src/config';
import { captureLogs, keepLogs, type CapturedLogs } from '../helpers/logs';

export interface GraphQLErrorJson {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorJson[];
  /** The raw body text, to check that no secret appears anywhere in it. */
  text: string;
}

export interface GqlOptions {
  /** The bearer key; null sends no Authorization header. Default: the harness's default key. */
  key?: string | null;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface StoredObjectInfo {
  id: string | null;
  object: string | null;
  typeName: string;
  scope: string;
  parents: Record<string, string>;
  hidden: boolean;
  data?: Record<string, unknown>;
}

export interface E2E {
  emulator: RunningEmulator;
  gateway: RunningGateway;
  gql<T = Record<string, unknown>>(query: string, options?: GqlOptions): Promise<GraphQLResponse<T>>;
  /** A request straight to the emulator's REST API (not through the gateway). */
  rest<T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    options: { key: string; params?: Record<string, string>; stripeAccount?: string },
  ): Promise<{ status: number; body: T }>;
  /** The emulator's stored objects for a key (its control API: not in the request log). */
  objects(key: string, typeName?: string): Promise<StoredObjectInfo[]>;
  /** The gateway's log lines so far. */
  logs: CapturedLogs;
  close(): Promise<void>;
}

export const DEFAULT_KEY = 'sk_test_e2e_default';

export async function startE2E(options: { apiKey?: string; config?: Partial<GatewayConfig> } = {}): Promise<E2E> {
  const emulator = await startEmulator({ port: 0 });
  // Every e2e gateway logs at debug level into memory: the log code runs in every test, and the
  // lines are kept for the suite-wide secret scan.
  const logs = captureLogs('debug');
  const gateway = await startGateway(
    { ...gatewayConfigFromEnv({}), port: 0, ...options.config },
    { apiBase: emulator.url, apiKey: options.apiKey, logger: logs.logger },
  );

  const gql = async <T>(query: string, opts: GqlOptions = {}): Promise<GraphQLResponse<T>> => {
    const key = opts.key === undefined ? DEFAULT_KEY : opts.key;
    const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
    if (key !== null) headers.authorization = `Bearer ${key}`;
    const res = await fetch(gateway.url, { method: 'POST', headers, body: JSON.stringify({ query, variables: opts.variables }) });
    const text = await res.text();
    const body = JSON.parse(text) as { data?: T | null; errors?: GraphQLErrorJson[] };
    return { status: res.status, text, ...body };
  };

  const rest = async <T>(method: 'GET' | 'POST' | 'DELETE', path: string, opts: { key: string; params?: Record<string, string>; stripeAccount?: string }) => {
    const form = new URLSearchParams(opts.params ?? {}).toString();
    const headers: Record<string, string> = { authorization: `Bearer ${opts.key}` };
    if (opts.stripeAccount) headers['stripe-account'] = opts.stripeAccount;
    let url = `${emulator.url}${path}`;
    let body: string | undefined;
    if (method === 'POST') {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = form;
    } else if (form) url += `?${form}`;
    const res = await fetch(url, { method, headers, body });
    return { status: res.status, body: (await res.json()) as T };
  };

  const objects = async (key: string, typeName?: string): Promise<StoredObjectInfo[]> => {
    const query = new URLSearchParams({ data: 'true', ...(typeName ? { type: typeName } : {}) });
    const res = await fetch(`${emulator.url}/_emulator/objects?${query.toString()}`, { headers: { authorization: `Bearer ${key}` } });
    return ((await res.json()) as { data: StoredObjectInfo[] }).data;
  };

  return {
    emulator,
    gateway,
    gql,
    rest,
    objects,
    logs,
    close: async () => {
      await gateway.close();
      await emulator.close();
      keepLogs(logs.lines);
    },
  };
}

/** The `METHOD path [Stripe-Account]` lines of the emulator's request log, in order. */
export function logLines(emulator: RunningEmulator): string[] {
  return emulator.control.requestLog().map((e) => `${e.method} ${e.path}${e.stripeAccount ? ` [${e.stripeAccount}]` : ''}`);
}

/** The error codes of a response, in order. */
export function codes(res: GraphQLResponse<unknown>): Array<string | undefined> {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}
