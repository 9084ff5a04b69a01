/**
 * Sends the emulator's events to webhook endpoints the way Stripe does: a POST of the event's
 * JSON with a `Stripe-Signature` made with the endpoint's secret (signed again at each attempt,
 * with that attempt's time), counted delivered on any 2xx, retried after a failure or a timeout.
 * Stripe retries for days; the emulator retries a few times, quickly (`retryDelaysMs`), then
 * gives up, so nothing runs on forever.
 */
import { signatureHeader } from '../events/signature';
import type { StripeObject } from './model';

export interface DeliveryOptions {
  /** Waits before each retry; its length bounds the retries. Default 0.5 s, 2 s, 5 s. */
  retryDelaysMs?: readonly number[];
  /** Per attempt. Default 5 s. */
  timeoutMs?: number;
  /** Told about every attempt (tests, logs); never given the secret. */
  onAttempt?: (attempt: DeliveryAttempt) => void;
}

export interface DeliveryAttempt {
  eventId: string;
  endpointId: string;
  attempt: number;
  /** The answer's status, or the network error's code. */
  outcome: number | string;
  delivered: boolean;
}

/** Whether an endpoint wants an event: enabled, an http(s) URL, and the type (or `*`) enabled. */
export function endpointWants(endpoint: StripeObject, type: string): boolean {
  if (endpoint.status !== 'enabled' || typeof endpoint.url !== 'string' || !/^https?:\/\//.test(endpoint.url)) return false;
  if (typeof endpoint.secret !== 'string' || endpoint.secret === '') return false;
  const enabled = Array.isArray(endpoint.enabled_events) ? endpoint.enabled_events : [];
  return enabled.includes('*') || enabled.includes(type);
}

export class WebhookDelivery {
  private readonly running = new Set<Promise<void>>();
  /** Retries waiting for their time, each with the function that ends its wait. */
  private readonly waiting = new Map<NodeJS.Timeout, () => void>();
  private stopped = false;

  constructor(private readonly options: DeliveryOptions = {}) {}

  /** Starts delivering an event to the endpoints that want it; returns at once. */
  send(event: StripeObject, endpoints: readonly StripeObject[]): void {
    const targets = endpoints.filter((e) => endpointWants(e, String(event.type)));
    event.pending_webhooks = targets.length;
    const payload = Buffer.from(JSON.stringify(event, null, 2), 'utf8');
    for (const endpoint of targets) {
      const job = this.deliver(event, endpoint, payload).finally(() => this.running.delete(job));
      this.running.add(job);
    }
  }

  /** Resolves when every delivery under way has succeeded or given up. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  /** Cancels the retries still waiting (the emulator is closing). */
  stop(): void {
    this.stopped = true;
    for (const [timer, wake] of this.waiting) {
      clearTimeout(timer);
      wake();
    }
    this.waiting.clear();
  }

  private async deliver(event: StripeObject, endpoint: StripeObject, payload: Buffer): Promise<void> {
    const delays = this.options.retryDelaysMs ?? [500, 2_000, 5_000];
    for (let attempt = 1; attempt <= delays.length + 1 && !this.stopped; attempt++) {
      const outcome = await this.post(String(endpoint.url), payload, String(endpoint.secret));
      const delivered = typeof outcome === 'number' && outcome >= 200 && outcome < 300;
      this.options.onAttempt?.({ eventId: String(event.id), endpointId: String(endpoint.id), attempt, outcome, delivered });
      if (delivered) {
        event.pending_webhooks = Math.max(0, Number(event.pending_webhooks) - 1);
        return;
      }
      const delay = delays[attempt - 1];
      if (delay !== undefined) await this.wait(delay);
    }
  }

  private async post(url: string, payload: Buffer, secret: string): Promise<number | string> {
    const signature = signatureHeader(payload, Math.floor(Date.now() / 1000), [secret]);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'stripe-signature': signature,
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks) emulator',
        },
        body: payload,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
      });
      await response.arrayBuffer();
      return response.status;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      return cause?.code ?? (error instanceof Error ? error.name : 'error');
    }
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(timer);
        resolve();
      }, ms);
      this.waiting.set(timer, resolve);
    });
  }
}
