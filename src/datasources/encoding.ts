/**
 * Stripe's parameter encoding, for query strings (GET, DELETE) and form bodies (POST).
 *
 * Stripe's own Node client serialises with `qs` (indexed arrays, RFC 3986 escaping) and then
 * turns `%5B`/`%5D` back into literal brackets; we produce the same strings byte for byte so a
 * request from the gateway is indistinguishable from one made by the official client:
 *
 *   {a: {b: [{c: 'v'}]}}  ->  a[b][0][c]=v
 *   {expand: ['x', 'y']}  ->  expand[0]=x&expand[1]=y
 *   {flag: true, n: 1.5}  ->  flag=true&n=1.5
 *   {description: ''}     ->  description=        (an empty string unsets a field)
 *
 * `null` and `undefined` are skipped: "not given" is the only meaning they can have here. A
 * caller that wants to unset a field passes `''` explicitly. Empty arrays and empty objects
 * produce nothing (as with `qs`); to clear an array or a map Stripe expects `''`.
 */
import { InvalidInputError } from './errors';

/** A value that can be encoded. `Date` is sent as Unix seconds, as Stripe's client does. */
export type ParamValue = string | number | boolean | Date | null | undefined | readonly ParamValue[] | { readonly [key: string]: ParamValue };

export type Params = { readonly [key: string]: ParamValue };

/**
 * Flattens parameters into ordered `[key, value]` pairs with bracketed keys, unescaped.
 * Key order follows the object's own order, array elements their index.
 */
export function flattenParams(params: Params): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(params)) {
    flattenInto(out, key, value);
  }
  return out;
}

function flattenInto(out: Array<[string, string]>, key: string, value: ParamValue): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item: ParamValue, index: number) => flattenInto(out, `${key}[${index}]`, item));
    return;
  }
  if (value instanceof Date) {
    out.push([key, String(Math.floor(value.getTime() / 1000))]);
    return;
  }
  switch (typeof value) {
    case 'string':
      out.push([key, value]);
      return;
    case 'boolean':
      out.push([key, value ? 'true' : 'false']);
      return;
    case 'number':
      out.push([key, encodeNumber(key, value)]);
      return;
    case 'object':
      for (const [child, childValue] of Object.entries(value as { [k: string]: ParamValue })) {
        flattenInto(out, `${key}[${child}]`, childValue);
      }
      return;
    default:
      // Functions, symbols and bigints cannot come from GraphQL input; failing loudly here
      // beats sending "[object Object]" or "undefined" to Stripe.
      throw new TypeError(`Cannot encode parameter ${key}: unsupported type ${typeof value}`);
  }
}

/** Numbers as plain decimal strings; `1e21` or `NaN` would be read by Stripe as garbage. */
function encodeNumber(key: string, value: number): string {
  if (!Number.isFinite(value)) {
    throw new TypeError(`Cannot encode parameter ${key}: ${value} is not a finite number`);
  }
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return BigInt(value).toString();
  }
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Very small fractions print in exponent form; toFixed(20) keeps them decimal.
  return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * RFC 3986 escaping as `qs` does it: like encodeURIComponent, but `!'()*` are escaped too.
 * Brackets are restored afterwards so keys read `a[b][0]`, as Stripe's client sends them.
 */
function escape(text: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    // Half of a UTF-16 surrogate pair has no UTF-8 form: the caller's value, not our bug.
    throw new InvalidInputError(`A parameter holds a lone UTF-16 surrogate: ${JSON.stringify(text).slice(0, 80)}`);
  }
  return encoded
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%5B/g, '[')
    .replace(/%5D/g, ']');
}

/** Encodes parameters as `application/x-www-form-urlencoded` (also the query string form). */
export function encodeParams(params: Params | undefined): string {
  if (!params) return '';
  return flattenParams(params)
    .map(([key, value]) => `${escape(key)}=${escape(value)}`)
    .join('&');
}

/** Appends encoded parameters to a path as its query string. */
export function withQuery(path: string, params: Params | undefined): string {
  const query = encodeParams(params);
  if (query === '') return path;
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}
