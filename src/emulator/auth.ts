/** API key handling: where the key comes from, which keys pass, and the fingerprint we log. */

import { createHash } from 'node:crypto';
import { EmulatorError } from './errors';

export type KeyCheck =
  /** A test-mode secret or restricted key; `fingerprint` stands for it everywhere. */
  { ok: true; fingerprint: string } | { ok: false; error: EmulatorError };

const TEST_KEY = /^(sk|rk)_test_[A-Za-z0-9_]+$/;

/** Reads `Authorization: Bearer <key>` or Basic auth with the key as user (`curl -u sk_test_x:`). */
export function keyFromHeader(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const m = /^(Bearer|Basic)\s+(.+)$/i.exec(header.trim());
  if (m === null) return undefined;
  const scheme = (m[1] as string).toLowerCase();
  const value = (m[2] as string).trim();
  if (scheme === 'bearer') return value;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? decoded : decoded.slice(0, colon);
}

/** A short, stable stand-in for a key: logs and state are keyed by it, never by the key. */
export function fingerprint(key: string): string {
  return `key_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

export function checkKey(header: string | undefined): KeyCheck {
  const key = keyFromHeader(header);
  if (key === undefined || key === '') {
    return {
      ok: false,
      error: new EmulatorError(
        401,
        'invalid_request_error',
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      ),
    };
  }
  if (!TEST_KEY.test(key)) {
    // The key itself is never echoed: not even a redacted form.
    return {
      ok: false,
      error: new EmulatorError(
        401,
        'invalid_request_error',
        'Invalid API Key provided. The emulator accepts test mode keys (sk_test_... or rk_test_...).',
        'api_key_invalid',
      ),
    };
  }
  return { ok: true, fingerprint: fingerprint(key) };
}
