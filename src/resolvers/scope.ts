/**
 * Which connected account an object was read as. Objects fetched under `asConnectedAccount`
 * remember it, so that everything loaded below them (persons, expansions) goes out with the same
 * `Stripe-Account` header, while a sibling branch of the same query can read another account.
 */
import { badUserInput } from '../shared/errors';
import { isAccountId } from '../shared/values';

const scopes = new WeakMap<object, string | null>();

/** Marks an object (and, lazily, what is read from it) as read for `account` (null: the platform). */
export function setScope(value: unknown, account: string | null | undefined): void {
  if (account === undefined || typeof value !== 'object' || value === null) return;
  scopes.set(value, account);
}

/** The account an object was read as; undefined means "the request's own" (its header, or the platform). */
function scopeOf(value: unknown): string | null | undefined {
  return typeof value === 'object' && value !== null ? scopes.get(value) : undefined;
}

/** Passes a parent's scope to a child value it holds (nested objects and lists of them). */
export function inheritScope<T>(parent: unknown, child: T): T {
  const account = scopeOf(parent);
  if (account === undefined || typeof child !== 'object' || child === null) return child;
  if (Array.isArray(child)) child.forEach((item) => setScope(item, account));
  else setScope(child, account);
  return child;
}

/** The `Stripe-Account` to use for loads under `parent`, given the request's own. */
export function accountFor(parent: unknown, requestAccount: string | undefined): string | undefined {
  const scoped = scopeOf(parent);
  if (scoped === undefined) return requestAccount;
  return scoped === null ? undefined : scoped;
}

/** `asConnectedAccount(account:)`: everything below it is read and written as that account. */
export function connectedAccountRoot(): (parent: unknown, args: Record<string, unknown>) => object {
  return (_parent, args) => {
    const account = String(args.account);
    if (!isAccountId(account)) throw badUserInput(`asConnectedAccount needs a connected account id (acct_...), got ${JSON.stringify(account)}`);
    const marker = {};
    setScope(marker, account);
    return marker;
  };
}
