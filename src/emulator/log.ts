/** The request log: what reached the emulator, for tests and benchmarks to count. */

export interface RequestLogEntry {
  /** Milliseconds since the epoch. */
  time: number;
  method: string;
  /** Path without the query string. */
  path: string;
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
}

export class RequestLog {
  private entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
  }

  list(): RequestLogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  /** Request counts keyed `"METHOD /path"`. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.entries) {
      const key = `${e.method} ${e.path}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }

  reset(): void {
    this.entries = [];
  }
}
