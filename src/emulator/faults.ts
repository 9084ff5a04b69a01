/**
 * Fault injection for tests and benchmarks: added latency, a share of 429s and 500s, the
 * `Stripe-Should-Retry` header on them, and dropped connections. The decision is a pure
 * function of the config and one random draw; the draws come from a seeded generator, so a
 * given config injects the same faults in the same order on every run.
 */

import { mulberry32 } from './store';

export interface FaultConfig {
  /** Milliseconds added before every answer (control endpoints excepted). */
  latencyMs?: number;
  /** Share (0..1) of requests answered 429 `rate_limit`. */
  rate429?: number;
  /** Share (0..1) of requests answered 500 `api_error`. */
  rate500?: number;
  /** Share (0..1) of requests whose connection is closed without an answer. */
  dropRate?: number;
  /** Sent as `Stripe-Should-Retry` on injected 429s and 500s; no header when unset. */
  shouldRetry?: boolean;
  /** Only requests whose path starts with one of these get faults (latency applies to all). */
  paths?: string[];
  /** Stop injecting after this many faults (`{rate500: 1, count: 2}`: the next two fail). */
  count?: number;
  /** Seed of the draws; the same seed gives the same sequence. */
  seed?: number;
}

export type FaultDecision =
  /** Answer normally. */
  | { kind: 'none' }
  /** Destroy the socket without writing a response. */
  | { kind: 'drop' }
  /** Answer with an injected error of this status. */
  | { kind: 'error'; status: 429 | 500 };

/** Checks a config from the control API; returns the problem, or null when it is valid. */
export function faultConfigProblem(cfg: unknown): string | null {
  if (typeof cfg !== 'object' || cfg === null || Array.isArray(cfg)) return 'faults must be an object';
  const c = cfg as Record<string, unknown>;
  const known = ['latencyMs', 'rate429', 'rate500', 'dropRate', 'shouldRetry', 'paths', 'count', 'seed'];
  for (const key of Object.keys(c)) if (!known.includes(key)) return `unknown fault setting: ${key}`;
  for (const key of ['rate429', 'rate500', 'dropRate']) {
    const v = c[key];
    if (v !== undefined && (typeof v !== 'number' || !(v >= 0 && v <= 1))) return `${key} must be a number from 0 to 1`;
  }
  const sum = ['rate429', 'rate500', 'dropRate'].reduce((s, k) => s + (typeof c[k] === 'number' ? c[k] : 0), 0);
  if (sum > 1) return 'rate429 + rate500 + dropRate must not exceed 1';
  for (const key of ['latencyMs', 'count', 'seed']) {
    const v = c[key];
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 0)) return `${key} must be a non-negative integer`;
  }
  if (c.shouldRetry !== undefined && typeof c.shouldRetry !== 'boolean') return 'shouldRetry must be a boolean';
  if (c.paths !== undefined && (!Array.isArray(c.paths) || c.paths.some((p) => typeof p !== 'string'))) {
    return 'paths must be a list of path prefixes';
  }
  return null;
}

/**
 * What to do with one request. `draw` is uniform in [0, 1); `injected` counts faults so far.
 * The share ranges are stacked: [0, drop) drops, then 429s, then 500s.
 */
export function decideFault(cfg: FaultConfig, path: string, draw: number, injected: number): FaultDecision {
  if (cfg.count !== undefined && injected >= cfg.count) return { kind: 'none' };
  if (cfg.paths !== undefined && cfg.paths.length > 0 && !cfg.paths.some((p) => path.startsWith(p))) return { kind: 'none' };
  const drop = cfg.dropRate ?? 0;
  const r429 = cfg.rate429 ?? 0;
  const r500 = cfg.rate500 ?? 0;
  if (draw < drop) return { kind: 'drop' };
  if (draw < drop + r429) return { kind: 'error', status: 429 };
  if (draw < drop + r429 + r500) return { kind: 'error', status: 500 };
  return { kind: 'none' };
}

/** Holds the current config, its random stream and the count of faults injected under it. */
export class FaultInjector {
  private cfg: FaultConfig = {};
  private next: () => number = mulberry32(0);
  private injected = 0;

  constructor(cfg: FaultConfig = {}) {
    this.set(cfg);
  }

  set(cfg: FaultConfig): void {
    const problem = faultConfigProblem(cfg);
    if (problem !== null) throw new Error(`invalid fault config: ${problem}`);
    this.cfg = { ...cfg };
    this.next = mulberry32(cfg.seed ?? 1);
    this.injected = 0;
  }

  get(): FaultConfig {
    return { ...this.cfg };
  }

  latencyMs(): number {
    return this.cfg.latencyMs ?? 0;
  }

  decide(path: string): FaultDecision {
    const decision = decideFault(this.cfg, path, this.next(), this.injected);
    if (decision.kind !== 'none') this.injected += 1;
    return decision;
  }

  shouldRetryHeader(): string | undefined {
    return this.cfg.shouldRetry === undefined ? undefined : String(this.cfg.shouldRetry);
  }
}
