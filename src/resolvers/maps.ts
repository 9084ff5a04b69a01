/**
 * Maps Stripe keys by currency (`balance.current: {usd: 1200, eur: -300}`) become lists in the
 * graph (`[{currency: "usd", amount: 1200}, ...]`), so a client selects typed fields instead of
 * reading an open JSON object. The entry's wire names are `currency` and `value`; the entry
 * type's metadata maps them to GraphQL names (`CurrencyAmount.amount` is Stripe's `value`).
 */

/** `{usd: 1200}` -> `[{currency: 'usd', value: 1200}]`, in Stripe's key order; anything but a map is null. */
export function currencyEntries(value: unknown): Array<{ currency: string; value: unknown }> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return Object.entries(value).map(([currency, amount]) => ({ currency, value: amount }));
}
