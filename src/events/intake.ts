/**
 * `POST /webhooks/stripe`: Stripe's events enter the gateway here. The body is read raw and
 * bounded (the signature covers the exact bytes), the `Stripe-Signature` header is checked
 * against STRIPE_WEBHOOK_SECRET, and the event is published on the bus once, however often
 * Stripe delivers it. The answer goes out as soon as the bus has it: Stripe counts a slow
 * endpoint as failed and retries.
 *
 * Answers: 200 `{received: true, duplicate}`; 400 with a stable code for a missing, malformed,
 * mismatched or stale signature and for a body that is not a Stripe event (nothing is
 * published); 413 for a body over the limit; 405 for other methods; 404 when no secret is set.
 */
import type * as http from 'node:http';
import type { Logger } from '../observability/logger';
import { readRawBody, sendError, TOO_LARGE } from '../http/body';
import { headerValue } from '../shared/http';
import type { EventBus } from './bus';
import { eventFromStripe } from './event';
import { DEFAULT_TOLERANCE_SECONDS, verifySignature } from './signature';

/** Stripe's events are far smaller; anything bigger is refused unread. */
export const MAX_WEBHOOK_BYTES = 512 * 1024;

export interface IntakeOptions {
  /** STRIPE_WEBHOOK_SECRET; undefined turns the intake off (404). */
  secret: string | undefined;
  bus: EventBus;
  log: Logger;
  /** Unix seconds; a test sets the clock. */
  now?: () => number;
  toleranceSeconds?: number;
  maxBodyBytes?: number;
}

export type WebhookHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

export function webhookIntake(options: IntakeOptions): WebhookHandler {
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const limit = options.maxBodyBytes ?? MAX_WEBHOOK_BYTES;
  const { secret, bus, log } = options;
  return async (req, res) => {
    if (secret === undefined) {
      sendError(res, 404, 'Webhook intake is off: set STRIPE_WEBHOOK_SECRET to receive Stripe events', 'NOT_FOUND');
      return;
    }
    if (req.method !== 'POST') {
      sendError(res, 405, 'Stripe webhooks are delivered with POST', 'METHOD_NOT_ALLOWED', { allow: 'POST' });
      return;
    }
    const raw = await readRawBody(req, limit);
    if (raw === TOO_LARGE) {
      sendError(res, 413, `Webhook body too large; the limit is ${limit} bytes`, 'PAYLOAD_TOO_LARGE', { connection: 'close' });
      res.on('finish', () => req.destroy());
      return;
    }
    const problem = verifySignature(raw, headerValue(req.headers['stripe-signature']), secret, now(), options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS);
    if (problem !== null) {
      log.warn({ code: problem.code }, 'webhook refused: bad signature');
      sendError(res, 400, problem.message, problem.code);
      return;
    }
    const body = parseJson(raw);
    const event = body === NOT_JSON ? 'The body is not JSON' : eventFromStripe(body);
    if (typeof event === 'string') {
      log.warn({ problem: event }, 'webhook refused: not a Stripe event');
      sendError(res, 400, event, 'WEBHOOK_EVENT_INVALID');
      return;
    }
    const outcome = await bus.publishOnce(event);
    log.info({ eventId: event.id, type: event.type, account: event.account, outcome }, 'webhook received');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ received: true, duplicate: outcome === 'duplicate' }));
  };
}

const NOT_JSON = Symbol('not JSON');

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return NOT_JSON;
  }
}
