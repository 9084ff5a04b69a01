/**
 * Prometheus metrics (prom-client), in a registry of the gateway's own so that several
 * gateways in one process (tests) never mix their counts.
 *
 * Labels are bounded: endpoints are templates, operation names are checked and capped, error
 * codes and outcomes come from closed sets. Nothing a caller sends can grow a label set without
 * end.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** How an operation ended, for the operations counter. */
export type OperationOutcome = 'ok' | 'partial' | 'error';

export interface UpstreamSample {
  method: string;
  endpoint: string;
  /** The HTTP status, or the error code when Stripe never answered (`UPSTREAM_TIMEOUT`). */
  status: string;
  retry: boolean;
  seconds: number;
}

export interface OperationSample {
  name: string | undefined;
  type: string;
  outcome: OperationOutcome;
  errorCodes: readonly string[];
  seconds: number;
  loads: number;
  fetches: number;
}

/** Live figures read at scrape time. */
export interface QueueProbe {
  inFlight: number;
  waiting: number;
}

const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The label an operation name gets: itself while it is a plain GraphQL name and fewer than
 * `MAX_OPERATION_NAMES` distinct ones were seen, `anonymous` without a name, `other` beyond.
 */
export function operationLabel(name: string | undefined, seen: Set<string>, max = MAX_OPERATION_NAMES): string {
  if (name === undefined || name === '') return 'anonymous';
  if (!OPERATION_NAME.test(name)) return 'other';
  if (seen.has(name)) return name;
  if (seen.size >= max) return 'other';
  seen.add(name);
  return name;
}

export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly operations: Counter<'operation' | 'type' | 'outcome'>;
  private readonly operationErrors: Counter<'code'>;
  private readonly operationSeconds: Histogram<'type'>;
  private readonly upstreamRequests: Counter<'method' | 'endpoint' | 'status' | 'retry'>;
  private readonly upstreamSeconds: Histogram<'method' | 'endpoint'>;
  private readonly queueWaitSeconds: Histogram;
  private readonly loaderLoads: Counter<'result'>;

  constructor(probe: () => QueueProbe, options: { defaultMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.operations = new Counter({
      name: 'gateway_operations_total',
      help: 'GraphQL operations by name, type and outcome (ok, partial: data with errors, error: no data)',
      labelNames: ['operation', 'type', 'outcome'],
      registers,
    });
    this.operationErrors = new Counter({
      name: 'gateway_operation_errors_total',
      help: 'Errors in GraphQL responses by extensions.code',
      labelNames: ['code'],
      registers,
    });
    this.operationSeconds = new Histogram({
      name: 'gateway_operation_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its answer',
      labelNames: ['type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30],
      registers,
    });
    this.upstreamRequests = new Counter({
      name: 'gateway_upstream_requests_total',
      help: 'Requests to Stripe by method, endpoint template, status (or error code) and whether it was a retry',
      labelNames: ['method', 'endpoint', 'status', 'retry'],
      registers,
    });
    this.upstreamSeconds = new Histogram({
      name: 'gateway_upstream_duration_seconds',
      help: 'Duration of one request to Stripe (one attempt)',
      labelNames: ['method', 'endpoint'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.queueWaitSeconds = new Histogram({
      name: 'gateway_upstream_queue_wait_seconds',
      help: 'Time a request to Stripe waited for a slot of its credential',
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10],
      registers,
    });
    new Gauge({
      name: 'gateway_upstream_queue_depth',
      help: 'Requests to Stripe waiting for a slot, over all credentials',
      registers,
      collect() {
        this.set(probe().waiting);
      },
    });
    new Gauge({
      name: 'gateway_upstream_in_flight',
      help: 'Requests to Stripe in flight, over all credentials',
      registers,
      collect() {
        this.set(probe().inFlight);
      },
    });
    this.loaderLoads = new Counter({
      name: 'gateway_loader_loads_total',
      help: 'Object loads answered from the request cache (hit) or by a request to Stripe (miss)',
      labelNames: ['result'],
      registers,
    });
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }

  operation(sample: OperationSample): void {
    this.operations.inc({ operation: operationLabel(sample.name, this.names), type: sample.type, outcome: sample.outcome });
    this.operationSeconds.observe({ type: sample.type }, sample.seconds);
    for (const code of sample.errorCodes) this.operationErrors.inc({ code });
    if (sample.fetches > 0) this.loaderLoads.inc({ result: 'miss' }, sample.fetches);
    const hits = sample.loads - sample.fetches;
    if (hits > 0) this.loaderLoads.inc({ result: 'hit' }, hits);
  }

  upstream(sample: UpstreamSample): void {
    this.upstreamRequests.inc({ method: sample.method, endpoint: sample.endpoint, status: sample.status, retry: String(sample.retry) });
    this.upstreamSeconds.observe({ method: sample.method, endpoint: sample.endpoint }, sample.seconds);
  }

  queueWait(seconds: number): void {
    this.queueWaitSeconds.observe(seconds);
  }

  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
