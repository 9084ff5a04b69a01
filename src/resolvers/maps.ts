/**
 * Values whose shape the graph changes from Stripe's, for the one field resolver, so a client
 * selects typed fields instead of reading an open JSON object:
 *
 * - Maps keyed by currency (`balance.current: {usd: 1200, eur: -300}`) become lists
 *   (`[{currency: "usd", amount: 1200}, ...]`). The entry's wire names are `currency` and
 *   `value`; the entry type's metadata maps them to GraphQL names (`CurrencyAmount.amount`).
 * - Objects the SDK declares with no fields (`PaymentMethod.affirm: {}`) become whether they are there.
 */

/** `{usd: 1200}` -> `[{currency: 'usd', value: 1200}]`, in Stripe's key order; anything but a map is null. */
export function currencyEntries(value: unknown): Array<{ currency: string; value: unknown }> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return Object.entries(value as Record<string, unknown>).map(([currency, amount]) => ({ currency, value: amount }));
}

/** An object the SDK declares with no fields (`{}`) answers whether Stripe sent it: `{}` -> true, `null` -> false. */
export function presence(value: unknown): boolean | boolean[] {
  return Array.isArray(value) ? value.map(isObject) : isObject(value);
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
