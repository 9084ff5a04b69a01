/**
 * Reading the `Authorization` header. Pure: the header text in, what it carries out. Anything
 * present but not exactly one well-formed credential is `malformed`, so the server answers 401
 * instead of quietly acting with some other credential.
 */

export type ParsedAuthorization = { kind: 'none' } | { kind: 'bearer'; token: string } | { kind: 'malformed' };

// RFC 6750 b64token: JWTs (header.payload.signature) and Stripe keys both fit.
const TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * `Bearer <token>`, or `Basic base64(<key>:)` as `curl -u sk_...:` sends a Stripe key. One space
 * between scheme and credential, nothing after it; the scheme is case-insensitive (RFC 9110).
 */
export function parseAuthorization(header: string | undefined): ParsedAuthorization {
  if (header === undefined) return { kind: 'none' };
  const match = /^([A-Za-z]+) ([^ ]+)$/.exec(header);
  if (!match) return { kind: 'malformed' };
  const scheme = match[1]!.toLowerCase();
  const credential = match[2]!;
  if (scheme === 'bearer') return TOKEN.test(credential) ? { kind: 'bearer', token: credential } : { kind: 'malformed' };
  if (scheme === 'basic') return basicCredential(credential);
  return { kind: 'malformed' };
}

/** `user:` with an empty password, the user being the key. */
function basicCredential(encoded: string): ParsedAuthorization {
  if (!BASE64.test(encoded)) return { kind: 'malformed' };
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon !== decoded.length - 1) return { kind: 'malformed' };
  const user = decoded.slice(0, colon);
  return TOKEN.test(user) ? { kind: 'bearer', token: user } : { kind: 'malformed' };
}
