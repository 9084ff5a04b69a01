/**
 * How a TypeScript `number` of the SDK becomes a GraphQL scalar. The SDK types every number as
 * `number`; Stripe's documentation says which are timestamps and which are fractional. Pure
 * functions of the field's Stripe name and its doc comment, so each decision is testable.
 */
import type { ScalarName } from '../../src/metadata/types';

const TIMESTAMP_DOC = /unix epoch|seconds since|unix timestamp|epoch seconds|\btimestamp\b/i;
const TIMESTAMP_NAME = /^(created|date|.*_at|.*_date|expires|.*_deadline|deadline)$/;
const FRACTION_DOC = /percent|percentage|\bdecimal\b|\bratio\b|fraction|between 0 and 1|multiplier|latitude|longitude|\bscore\b|\brate\b/i;
const FRACTION_NAME = /(percent|percentage|ratio|_rate$|^rate$|score|latitude|longitude|_decimal$)/;
const INTEGER_NAME = /(^|_)(amount|balance|count)s?(_|$)/;
const INTEGER_DOC = /\binteger\b|smallest currency unit/i;

/**
 * `Timestamp` for Unix seconds, `Float` where Stripe documents a fraction, otherwise `Long`:
 * nearly every Stripe number is an integer (amounts, counts), and amounts can pass 2^31, so
 * they must not be GraphQL `Int`. `Long` still passes a fraction through unchanged, so a wrong
 * guess here can never lose data or fail a response.
 */
export function numberScalar(stripeName: string, rawDoc: string): ScalarName {
  // Link targets (`(https://docs.stripe.com/currencies#zero-decimal)`) are not prose.
  const doc = rawDoc.replace(/\]\([^)]*\)/g, ']');
  if (TIMESTAMP_NAME.test(stripeName) && !FRACTION_NAME.test(stripeName)) return 'Timestamp';
  if (TIMESTAMP_DOC.test(doc) && !/(amount|count|days|months|_in_)/.test(stripeName)) return 'Timestamp';
  if (FRACTION_NAME.test(stripeName)) return 'Float';
  if (INTEGER_NAME.test(stripeName) || INTEGER_DOC.test(doc)) return 'Long';
  if (FRACTION_DOC.test(doc)) return 'Float';
  return 'Long';
}
