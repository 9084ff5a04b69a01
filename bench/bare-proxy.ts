/**
 * Starts the bare proxy (bench/bare-proxy.cjs) as a probed child process, like the gateway.
 */
import { resolve } from 'node:path';
import { startProbedProcess, type ProbedProcess } from './probed-process';

export interface BareProxy extends ProbedProcess {
  /** `http://127.0.0.1:<port>/graphql`: takes the `account` operation's request. */
  url: string;
}

export async function startBareProxy(apiBase: string, apiKey: string, stripeVersion: string): Promise<BareProxy> {
  const proxy = await startProbedProcess({
    name: 'bare proxy',
    script: resolve(__dirname, 'bare-proxy.cjs'),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, STRIPE_API_BASE: apiBase, STRIPE_API_KEY: apiKey, STRIPE_VERSION: stripeVersion },
  });
  return { ...proxy, url: `${proxy.base}/graphql` };
}
