/**
 * The webhook signature check, against reference headers made by the `stripe` package (a
 * development dependency only: the gateway's runtime never loads it).
 */
import Stripe from 'stripe';
import { computeSignature, parseSignatureHeader, signatureHeader, verifySignature } from '../../src/events/signature';

const stripe = new Stripe('sk_test_signature_tests');
const SECRET = 'whsec_test_secret_for_signature_tests';
const OLD_SECRET = 'whsec_previous_secret_during_rotation';
const NOW = 1_767_225_600;
const payload = '{"id":"evt_1","object":"event","type":"account.updated"}';
const body = Buffer.from(payload, 'utf8');

function reference(options: { secret?: string; timestamp?: number; payload?: string } = {}): string {
  return stripe.webhooks.generateTestHeaderString({
    payload: options.payload ?? payload,
    secret: options.secret ?? SECRET,
    timestamp: options.timestamp ?? NOW,
  });
}

describe('computeSignature and signatureHeader', () => {
  it('produce exactly what the stripe package produces', () => {
    expect(signatureHeader(body, NOW, [SECRET])).toBe(reference());
    expect(`t=${NOW},v1=${computeSignature(body, NOW, SECRET)}`).toBe(reference());
  });

  it('sign the bytes as sent: multi-byte UTF-8 included', () => {
    const text = '{"id":"evt_2","description":"Café – ✓"}';
    expect(signatureHeader(Buffer.from(text, 'utf8'), NOW, [SECRET])).toBe(reference({ payload: text }));
  });
});

describe('verifySignature', () => {
  it('accepts the reference header, at the edges of the 300 s tolerance too', () => {
    expect(verifySignature(body, reference(), SECRET, NOW)).toBeNull();
    expect(verifySignature(body, reference(), SECRET, NOW + 300)).toBeNull();
    expect(verifySignature(body, reference(), SECRET, NOW - 300)).toBeNull();
  });

  it('refuses a signature older or newer than the tolerance', () => {
    expect(verifySignature(body, reference(), SECRET, NOW + 301)).toEqual({
      code: 'WEBHOOK_SIGNATURE_STALE',
      message: 'The Stripe-Signature timestamp is more than 300 seconds from now',
    });
    expect(verifySignature(body, reference(), SECRET, NOW - 301)?.code).toBe('WEBHOOK_SIGNATURE_STALE');
    expect(verifySignature(body, reference(), SECRET, NOW + 61, 60)?.code).toBe('WEBHOOK_SIGNATURE_STALE');
  });

  it('accepts any of several v1 signatures (a secret being rolled), in either order', () => {
    const both = signatureHeader(body, NOW, [OLD_SECRET, SECRET]);
    expect(both).toBe(`${reference({ secret: OLD_SECRET })},v1=${computeSignature(body, NOW, SECRET)}`);
    expect(verifySignature(body, both, SECRET, NOW)).toBeNull();
    expect(verifySignature(body, signatureHeader(body, NOW, [SECRET, OLD_SECRET]), SECRET, NOW)).toBeNull();
    expect(verifySignature(body, `${reference()},v0=abc`, SECRET, NOW)).toBeNull();
  });

  it('refuses another secret, a changed payload, a changed timestamp and a changed signature', () => {
    const mismatch = { code: 'WEBHOOK_SIGNATURE_MISMATCH', message: 'No signature in the Stripe-Signature header matches the payload' };
    expect(verifySignature(body, reference({ secret: OLD_SECRET }), SECRET, NOW)).toEqual(mismatch);
    expect(verifySignature(Buffer.from(payload.replace('evt_1', 'evt_9')), reference(), SECRET, NOW)).toEqual(mismatch);
    expect(verifySignature(body, reference().replace(`t=${NOW}`, `t=${NOW + 1}`), SECRET, NOW)).toEqual(mismatch);
    const header = reference();
    const flipped = header.slice(0, -1) + (header.endsWith('0') ? '1' : '0');
    expect(verifySignature(body, flipped, SECRET, NOW)).toEqual(mismatch);
    // A replay far outside the window with a forged signature is a mismatch, not "stale".
    expect(verifySignature(body, flipped, SECRET, NOW + 10_000)).toEqual(mismatch);
  });

  it('answers a missing or malformed header with its own code, never the secret', () => {
    expect(verifySignature(body, undefined, SECRET, NOW)).toEqual({ code: 'WEBHOOK_SIGNATURE_MISSING', message: 'The Stripe-Signature header is missing' });
    expect(verifySignature(body, '  ', SECRET, NOW)?.code).toBe('WEBHOOK_SIGNATURE_MISSING');
    const noTimestamp = { code: 'WEBHOOK_SIGNATURE_MALFORMED', message: 'The Stripe-Signature header has no timestamp (t=<unix seconds>)' };
    expect(verifySignature(body, 'garbage', SECRET, NOW)).toEqual(noTimestamp);
    expect(verifySignature(body, `t=abc,v1=${computeSignature(body, NOW, SECRET)}`, SECRET, NOW)).toEqual(noTimestamp);
    expect(verifySignature(body, `t=${NOW}`, SECRET, NOW)).toEqual({
      code: 'WEBHOOK_SIGNATURE_MALFORMED',
      message: 'The Stripe-Signature header has no v1 signature',
    });
    expect(verifySignature(body, `t=${NOW},v1=nothex`, SECRET, NOW)?.code).toBe('WEBHOOK_SIGNATURE_MALFORMED');
    expect(verifySignature(body, `t=${NOW},v1=${'a'.repeat(5000)}`, SECRET, NOW)).toEqual({
      code: 'WEBHOOK_SIGNATURE_MALFORMED',
      message: 'The Stripe-Signature header is longer than 4096 characters',
    });
  });
});

describe('parseSignatureHeader', () => {
  it('reads the timestamp and every v1 signature, lower-cased, skipping other schemes and junk', () => {
    const a = 'A'.repeat(64);
    const b = 'b'.repeat(64);
    expect(parseSignatureHeader(` t=${NOW} , v1=${a},v0=${b},junk,v1=${b}`)).toEqual({ timestamp: NOW, signatures: ['a'.repeat(64), b] });
  });
});
