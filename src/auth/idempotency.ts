/**
 * Idempotency keys per caller. Stripe scopes a key to the API key, and in jwt mode every caller
 * shares the gateway's: without a namespace, two callers choosing the same key would receive
 * each other's result. The key actually sent is returned to the client (extensions), so it can
 * retry after a timeout without creating a second object.
 */
import { createHash, randomUUID } from 'node:crypto';

/** Stripe's limit on an Idempotency-Key. */
const MAX_SENT_KEY_LENGTH = 255;

/** `c<16 chars of a hash of the caller>.`: short, stable, and reveals nothing of the caller id. */
export function callerNamespace(sub: string): string {
  return `c${createHash('sha256').update(sub).digest('base64url').slice(0, 16)}.`;
}

/** The longest key a client may send, after the namespace is put in front of it. */
export const MAX_CLIENT_KEY_LENGTH = MAX_SENT_KEY_LENGTH - callerNamespace('').length;

/** The key to send for a caller's mutation: its own key in its namespace, or a new one there. */
export function idempotencyKeyFor(sub: string, clientKey: string | undefined, generate: () => string = randomUUID): string {
  return callerNamespace(sub) + (clientKey ?? generate());
}
