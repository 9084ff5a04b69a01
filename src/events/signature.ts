/**
 * Stripe's webhook signature, checked with our own code (the `stripe` package is only a
 * development dependency). A `Stripe-Signature` header reads `t=<unix seconds>,v1=<hex>,...`:
 * each `v1` is HMAC-SHA256 of `<t>.<raw body>` keyed with the endpoint's secret. While a secret
 * is being rolled, Stripe signs with the old and the new secret, so a header may carry several
 * `v1` values; one match is enough. Other schemes (`v0`, test-mode legacy) are ignored.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Stripe's own default: a signature older (or newer) than five minutes is refused. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** Headers longer than this are not parsed (a real one holds a few signatures). */
const MAX_HEADER_LENGTH = 4096;

export interface ParsedSignature {
  timestamp: number;
  signatures: string[];
}

/** Why a signature was refused: a stable code and a message that never holds the secret. */
export type SignatureProblem =
  | { code: 'WEBHOOK_SIGNATURE_MISSING'; message: string }
  | { code: 'WEBHOOK_SIGNATURE_MALFORMED'; message: string }
  | { code: 'WEBHOOK_SIGNATURE_STALE'; message: string }
  | { code: 'WEBHOOK_SIGNATURE_MISMATCH'; message: string };

/** The header's timestamp and `v1` signatures, or what is wrong with it. */
export function parseSignatureHeader(header: string | undefined): ParsedSignature | SignatureProblem {
  if (header === undefined || header.trim() === '') {
    return { code: 'WEBHOOK_SIGNATURE_MISSING', message: 'The Stripe-Signature header is missing' };
  }
  if (header.length > MAX_HEADER_LENGTH) {
    return { code: 'WEBHOOK_SIGNATURE_MALFORMED', message: `The Stripe-Signature header is longer than ${MAX_HEADER_LENGTH} characters` };
  }
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    // A v1 value is a hex SHA-256; anything else can never match and is skipped.
    if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  if (timestamp === undefined) {
    return { code: 'WEBHOOK_SIGNATURE_MALFORMED', message: 'The Stripe-Signature header has no timestamp (t=<unix seconds>)' };
  }
  if (signatures.length === 0) {
    return { code: 'WEBHOOK_SIGNATURE_MALFORMED', message: 'The Stripe-Signature header has no v1 signature' };
  }
  return { timestamp, signatures };
}

/** The hex `v1` signature of a payload at a timestamp. */
export function computeSignature(payload: Buffer, timestamp: number, secret: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`, 'utf8').update(payload).digest('hex');
}

/** A header as Stripe would send it, one `v1` per secret (the emulator signs with this). */
export function signatureHeader(payload: Buffer, timestamp: number, secrets: readonly string[]): string {
  return [`t=${timestamp}`, ...secrets.map((s) => `v1=${computeSignature(payload, timestamp, s)}`)].join(',');
}

/**
 * Checks a raw body against its `Stripe-Signature` header: null when one `v1` signature
 * matches and the timestamp is within `toleranceSeconds` of `nowSeconds`, else the problem.
 * The comparison takes the same time wherever the bytes differ.
 */
export function verifySignature(
  payload: Buffer,
  header: string | undefined,
  secret: string,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): SignatureProblem | null {
  const parsed = parseSignatureHeader(header);
  if ('code' in parsed) return parsed;
  const expected = Buffer.from(computeSignature(payload, parsed.timestamp, secret), 'hex');
  const matches = parsed.signatures.some((s) => timingSafeEqual(Buffer.from(s, 'hex'), expected));
  if (!matches) {
    return { code: 'WEBHOOK_SIGNATURE_MISMATCH', message: 'No signature in the Stripe-Signature header matches the payload' };
  }
  // Checked after the match, so a stale answer only ever confirms a genuine (replayed) event.
  if (Math.abs(nowSeconds - parsed.timestamp) > toleranceSeconds) {
    return { code: 'WEBHOOK_SIGNATURE_STALE', message: `The Stripe-Signature timestamp is more than ${toleranceSeconds} seconds from now` };
  }
  return null;
}
