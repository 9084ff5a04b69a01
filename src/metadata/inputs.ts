/**
 * Which parameters of the metadata the graph offers. Shared by the generator (the SDL), the
 * runtime and the tests, so "is this parameter in the schema" is decided in one place.
 */
import type { InputFieldMeta } from './types';

/**
 * False for the parameters the graph leaves out: a hash declared with no keys (form encoding
 * sends nothing for an empty hash, so it could have no effect) and a value implied by the
 * member of a `@oneOf` input (`object: 'bank_account'`, which the conversion sends).
 */
export function inGraph(field: InputFieldMeta): boolean {
  return field.constant === undefined && !(field.type.kind === 'scalar' && field.type.emptyHash === true);
}
