/** The request log: what reached the emulator, for tests and benchmarks to count. */

export interface RequestLogEntry {
  /** Milliseconds since the epoch. */
  time: number;
  method: string;
  /** Path without the query string. */
  path: string;
  /** The query string as sent, without `?` (form bodies are not logged: they may hold secrets). */
  query: string;
  /** The matched endpoint's path template, when one matched. */
  route: string | null;
  /** The `Stripe-Account` header, or null. */
  stripeAccount: string | null;
  /** A short SHA-256 fingerprint of the API key (never the key), or null without one. */
  apiKey: string | null;
  status: number;
  requestId: string;
  /** The fault injected into this request, if any. */
  fault: 'drop' | '429' | '500' | null;
  /** True when the answer was an idempotent replay. */
  idempotentReplay: boolean;
  /** For an error answer: Stripe's `type`, `code` and `param` (never the message), else null. */
  error: { type: string; code: string | null; param: string | null } | null;
  /** True when the request check refused the parameters (before any behaviour ran). */
  refusedParams: boolean;
}

/** Entries kept; older ones are dropped (counts stay exact) so long runs do not grow memory. */
const MAX_LOG_ENTRIES = 100_000;

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private readonly countByKey = new Map<string, number>();
  // Requests being answered now and the most at once, per API key fingerprint: the proof that
  // several gateway replicas together kept a key's in-flight limit.
  private readonly activeByKey = new Map<string, number>();
  private readonly maxActiveByKey = new Map<string, number>();

  constructor(private readonly maxEntries = MAX_LOG_ENTRIES) {}

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.maxEntries) this.entries.splice(0, this.entries.length - this.maxEntries);
    const key = `${entry.method} ${entry.path}`;
    this.countByKey.set(key, (this.countByKey.get(key) ?? 0) + 1);
  }

  list(): RequestLogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  /** Request counts keyed `"METHOD /path"`, since the last reset. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.countByKey);
  }

  /** A request of `apiKey` (a fingerprint) started; call `finished` with the same key once it ends. */
  started(apiKey: string): void {
    const active = (this.activeByKey.get(apiKey) ?? 0) + 1;
    this.activeByKey.set(apiKey, active);
    this.maxActiveByKey.set(apiKey, Math.max(active, this.maxActiveByKey.get(apiKey) ?? 0));
  }

  finished(apiKey: string): void {
    this.activeByKey.set(apiKey, (this.activeByKey.get(apiKey) ?? 1) - 1);
  }

  /** The most requests answered at the same moment, per key fingerprint, since the last reset. */
  maxInFlight(): Record<string, number> {
    return Object.fromEntries(this.maxActiveByKey);
  }

  reset(): void {
    this.entries = [];
    this.countByKey.clear();
    this.maxActiveByKey.clear();
    for (const [key, active] of this.activeByKey) this.maxActiveByKey.set(key, active);
  }
}
