/**
 * JWT verification with `jose`: a shared HS256 secret, or an identity provider's key set fetched
 * from GATEWAY_JWKS_URL, cached, and fetched again when a token names a key id not yet seen
 * (providers rotate keys). Algorithms are pinned per key kind, so `alg: none` and HS/RS
 * confusion (an HS256 token "signed" with a public key) never verify.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { callerFromClaims, type Caller } from './caller';
import type { JwtSettings } from './config';

/** Skew allowed on exp and nbf, in seconds. */
const CLOCK_TOLERANCE_S = 60;

export type Verification = { ok: true; caller: Caller } | { ok: false; status: 401 | 503; message: string };

export type JwtVerifier = (token: string) => Promise<Verification>;

export function createJwtVerifier(settings: JwtSettings): JwtVerifier {
  const secret = settings.keys.kind === 'secret' ? new TextEncoder().encode(settings.keys.secret) : undefined;
  const keySet: JWTVerifyGetKey | undefined =
    settings.keys.kind === 'jwks'
      ? createRemoteJWKSet(new URL(settings.keys.url), { cooldownDuration: settings.jwksCooldownMs, timeoutDuration: 5_000 })
      : undefined;
  const options = {
    algorithms: secret ? ['HS256'] : ['RS256', 'ES256'],
    issuer: settings.issuer,
    audience: settings.audience,
    clockTolerance: CLOCK_TOLERANCE_S,
    requiredClaims: ['exp', 'sub'],
  };
  return async (token) => {
    try {
      const { payload } = secret ? await jwtVerify(token, secret, options) : await jwtVerify(token, keySet!, options);
      const caller = callerFromClaims(payload);
      return 'invalid' in caller ? { ok: false, status: 401, message: caller.invalid } : { ok: true, caller };
    } catch (error) {
      return rejection(error);
    }
  };
}

/** The answer to a token that did not verify. Messages name the reason, never the token. */
function rejection(error: unknown): { ok: false; status: 401 | 503; message: string } {
  if (error instanceof errors.JWTExpired) return { ok: false, status: 401, message: 'The token has expired' };
  if (error instanceof errors.JWTClaimValidationFailed) {
    const reasons: Record<string, string> = {
      nbf: 'The token is not valid yet (nbf)',
      iss: 'The token was issued by another issuer (iss)',
      aud: 'The token is meant for another audience (aud)',
    };
    return { ok: false, status: 401, message: reasons[error.claim] ?? `The token's ${error.claim} claim is missing or invalid` };
  }
  // The key set could not be fetched: not the caller's fault, and worth retrying.
  if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError) || error.code === 'ERR_JOSE_GENERIC') {
    return { ok: false, status: 503, message: "The identity provider's key set could not be fetched; retry shortly" };
  }
  return { ok: false, status: 401, message: 'The token could not be verified (signature, algorithm or format)' };
}
