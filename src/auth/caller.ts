/**
 * Who is calling: the identity every authorization decision, limit and idempotency namespace
 * is taken from. Built from verified token claims (jwt mode) or from the mode itself.
 */
import { createHash } from 'node:crypto';
import { isAccountId } from '../shared/values';

export interface Caller {
  /** Stable id of the caller: the token's `sub`, `key:<fingerprint>` or `anonymous`. Never a secret. */
  readonly sub: string;
  /** The connected account the caller acts as (`stripe_account`); every upstream call carries it. */
  readonly stripeAccount: string | undefined;
  /** `platform`: may act for the platform and for any connected account. */
  readonly role: 'platform' | undefined;
  /** Granted scopes: `read`, `write`, and finer ones an operator's policy names. */
  readonly scopes: ReadonlySet<string>;
  /** The Stripe key the caller brought itself; undefined means the gateway's own key. */
  readonly ownKey?: string | undefined;
}

const SUB = /^[\x21-\x7e]{1,200}$/;

/** A caller from verified JWT claims, or the reason the claims cannot make one. */
export function callerFromClaims(claims: Record<string, unknown>): Caller | { invalid: string } {
  const { sub, stripe_account: account, gateway_role: role, scope } = claims;
  if (typeof sub !== 'string' || !SUB.test(sub)) return { invalid: 'The token needs a sub claim of up to 200 visible ASCII characters' };
  if (account !== undefined && (typeof account !== 'string' || !isAccountId(account))) {
    return { invalid: 'The stripe_account claim must be a connected account id (acct_...)' };
  }
  if (role !== undefined && role !== 'platform') return { invalid: 'The gateway_role claim, when present, must be "platform"' };
  if (scope !== undefined && typeof scope !== 'string') return { invalid: 'The scope claim must be a space-separated string' };
  return {
    sub,
    stripeAccount: account,
    role,
    scopes: new Set((scope ?? '').split(' ').filter((s) => s !== '')),
  };
}

const FULL_ACCESS: ReadonlySet<string> = new Set(['read', 'write']);

/**
 * A caller that brought its own Stripe key: it can do what the key can, no more. Its id is a
 * fingerprint of the key, so limits and idempotency keys are per key without keeping the key.
 */
export function keyCaller(key: string): Caller {
  const fingerprint = createHash('sha256').update(key).digest('base64url').slice(0, 16);
  return { sub: `key:${fingerprint}`, stripeAccount: undefined, role: 'platform', scopes: FULL_ACCESS, ownKey: key };
}

/** Open mode without a key: everyone is one anonymous platform caller on the gateway's key. */
export const ANONYMOUS: Caller = { sub: 'anonymous', stripeAccount: undefined, role: 'platform', scopes: FULL_ACCESS };

/** A Stripe secret or restricted key, as Stripe issues them. */
export function isStripeKey(token: string): boolean {
  return /^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/.test(token);
}
