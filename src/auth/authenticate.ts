/**
 * From a request's `Authorization` header to a Caller (src/auth/caller.ts), or to the 401 that stops the request
 * before Apollo runs (and so before any upstream call). The one entry point the server calls.
 */
import { ANONYMOUS, isStripeKey, keyCaller } from './caller';
import type { AuthConfig, AuthMode } from './config';
import { parseAuthorization, type ParsedAuthorization } from './header';
import type { Verification } from './jwt';

/** What a mode does with what the header carries. Pure; exactly tested. */
export type Step = { kind: 'anonymous' } | { kind: 'own-key'; key: string } | { kind: 'verify-jwt'; token: string } | { kind: 'reject'; message: string };

export function stepFor(mode: AuthMode, header: ParsedAuthorization): Step {
  if (header.kind === 'malformed') {
    return { kind: 'reject', message: 'The Authorization header is malformed: send "Bearer <credential>" with one credential, or no header' };
  }
  if (mode === 'jwt') {
    return header.kind === 'bearer'
      ? { kind: 'verify-jwt', token: header.token }
      : { kind: 'reject', message: 'This gateway needs a bearer token: Authorization: Bearer <JWT>' };
  }
  if (header.kind === 'none') {
    return mode === 'open'
      ? { kind: 'anonymous' }
      : { kind: 'reject', message: 'This gateway needs your own Stripe secret or restricted key: Authorization: Bearer <key>' };
  }
  // stripe-key, and open mode for a caller who brings a key: the caller's key, never the gateway's.
  return isStripeKey(header.token)
    ? { kind: 'own-key', key: header.token }
    : { kind: 'reject', message: 'The bearer credential is not a Stripe secret or restricted key' };
}

export interface Authenticator {
  authenticate(authorization: string | undefined): Promise<Verification>;
}

export function createAuthenticator(config: AuthConfig): Authenticator {
  // jose is loaded only by a gateway that verifies tokens: the other modes start without it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, see above
  const verify = config.jwt ? (require('./jwt') as typeof import('./jwt')).createJwtVerifier(config.jwt) : undefined;
  return {
    async authenticate(authorization) {
      const step = stepFor(config.mode, parseAuthorization(authorization));
      switch (step.kind) {
        case 'anonymous':
          return { ok: true, caller: ANONYMOUS };
        case 'own-key':
          return { ok: true, caller: keyCaller(step.key) };
        case 'verify-jwt':
          return verify!(step.token);
        case 'reject':
          return { ok: false, status: 401, message: step.message };
      }
    },
  };
}

/** The body of a refused request: the same shape as any GraphQL error, with a stable code. */
export function authenticationFailureBody(result: { status: 401 | 503; message: string }): string {
  const code = result.status === 401 ? 'UNAUTHENTICATED' : 'SERVICE_UNAVAILABLE';
  return JSON.stringify({ errors: [{ message: result.message, extensions: { code } }] });
}
