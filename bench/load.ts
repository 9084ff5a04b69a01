/**
 * Closed-loop load at a fixed concurrency: `concurrency` workers, each sending its next
 * operation as soon as the previous one is answered, until `total` operations are done.
 */
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import type { GraphQLCall } from './operations';

export interface LoadResult {
  /** Latency of each operation, in ms, in completion order. */
  latencies: number[];
  wallMs: number;
  errors: string[];
}

/** Call numbers are unique across the whole run, so every mutation gets a key never used before. */
let nextCall = 0;
export function callNumber(): number {
  nextCall += 1;
  return nextCall;
}

export async function runLoad(concurrency: number, total: number, operation: (n: number) => Promise<void>): Promise<LoadResult> {
  const latencies: number[] = [];
  const errors: string[] = [];
  let started = 0;
  const begin = performance.now();
  async function worker(): Promise<void> {
    while (started < total) {
      started += 1;
      const n = callNumber();
      const t0 = performance.now();
      try {
        await operation(n);
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
      latencies.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  return { latencies, wallMs: performance.now() - begin, errors };
}

/** Posts GraphQL requests to one gateway over a keep-alive pool of `connections` sockets. */
export interface GraphQLPoster {
  post(call: GraphQLCall): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export function graphqlPoster(url: string, connections: number): GraphQLPoster {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections, pipelining: 1 });
  return {
    async post(call) {
      const res = await pool.request({
        method: 'POST',
        path: target.pathname,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(call),
      });
      const text = await res.body.text();
      const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: Array<{ message?: string; extensions?: { code?: string } }> };
      if (res.statusCode !== 200 || body.errors?.length) {
        const first = body.errors?.[0];
        throw new Error(`gateway answered ${res.statusCode}: ${first?.extensions?.code ?? ''} ${first?.message ?? text.slice(0, 200)}`);
      }
      return body.data ?? {};
    },
    close: () => pool.close(),
  };
}
