/**
 * How the parameters GraphQL cannot take as they are become typed inputs (docs/schema.md,
 * "Inputs and mutations"): a union Stripe accepts in several shapes becomes a range input or a
 * `@oneOf` input, a string naming a Stripe object becomes `ID`. Pure functions of the metadata
 * the reader has built, so each decision is testable on its own.
 */
import type { EnumMeta, InputFieldMeta, InputTypeMeta, InputTypeRef, ScalarName } from '../../src/metadata/types';
import { fieldName, lowerFirst } from '../../src/metadata/naming';

const RANGE_KEYS = ['gt', 'gte', 'lt', 'lte'];

/** Stripe's range hash (`RangeQueryParam`): exactly `gt`, `gte`, `lt`, `lte`. */
export function isRangeInput(input: InputTypeMeta | undefined): boolean {
  return (
    !!input &&
    input.fields
      .map((f) => f.stripe)
      .sort()
      .join() === RANGE_KEYS.join()
  );
}

/**
 * The range a union of a range hash and one scalar becomes (`RangeQueryParam | number` on a
 * timestamp -> `TimestampRange`), or undefined when the union is something else. The bare
 * number (an exact match) is `{gte: t, lte: t}` in the graph.
 */
export function rangeScalar(members: readonly InputTypeRef[], inputs: ReadonlyMap<string, InputTypeMeta>): ScalarName | undefined {
  if (members.length !== 2) return undefined;
  const range = members.find((m) => m.kind === 'input' && isRangeInput(inputs.get(m.name)));
  const scalar = members.find((m) => m.kind === 'scalar');
  return range && scalar?.kind === 'scalar' && (scalar.name === 'Timestamp' || scalar.name === 'Long') ? scalar.name : undefined;
}

/** `TimestampRange { gt gte lt lte }` (or `LongRange`), shared by every filter of that scalar. */
export function rangeInput(scalar: ScalarName, domain: string): InputTypeMeta {
  const what = scalar === 'Timestamp' ? 'Unix seconds' : 'an integer';
  const bound = (stripe: string, text: string): InputFieldMeta => ({
    name: stripe,
    stripe,
    type: { kind: 'scalar', name: scalar },
    required: false,
    emptyable: false,
    description: `${text} (${what}).`,
  });
  return {
    name: `${scalar}Range`,
    domain,
    fields: [bound('gt', 'Greater than'), bound('gte', 'Greater than or equal to'), bound('lt', 'Less than'), bound('lte', 'Less than or equal to')],
  };
}

/** Field names of the scalar members of a `@oneOf` input: a string standing for a hash is a token (`btok_...`). */
const SCALAR_MEMBER_NAMES: Partial<Record<ScalarName, string>> = { String: 'token', Long: 'value', Timestamp: 'timestamp', Int: 'value', Float: 'value' };

/**
 * The field of a `@oneOf` input that stands for one member of the union `owner.field`:
 * a hash is named after its SDK type minus the owner's name (`AccountCreateExternalAccountParamsBankAccount`
 * -> `bankAccount`), a literal after its value (`'minimum'` -> `minimum`), a scalar by its kind.
 */
export function memberFieldName(member: InputTypeRef, owner: string, enums: ReadonlyMap<string, EnumMeta>): string {
  switch (member.kind) {
    case 'input':
      return lowerFirst(member.name.startsWith(owner) && member.name.length > owner.length ? member.name.slice(owner.length) : member.name);
    case 'enum': {
      const values = Object.values(enums.get(member.name)?.values ?? {});
      return values.length === 1 ? fieldName(values[0]!) : 'value';
    }
    case 'scalar': {
      const name = SCALAR_MEMBER_NAMES[member.name];
      if (!name) throw new Error(`generator: no member name for a ${member.name} in a union of ${owner}`);
      return name;
    }
    default:
      throw new Error(`generator: a union of ${owner} has a ${member.kind} member; GraphQL cannot name it`);
  }
}

/** Stripe object ids are named `acct_...`; a documented "ID number" or "tax ID" is the holder's own number, not one. */
const NOT_AN_OBJECT_ID = /ID number|\btax IDs?\b|\bbusiness ID\b|\bidentifier for\b|own system identifier|custom identifier/;
const OBJECT_ID_DOC = /\bIDs?\b|\bidentifier\b|returned by a \[?file upload|\(e\.g\., [a-z]+_\.\.\.\)/;

/**
 * Whether a string parameter names a Stripe object by its id, so the graph types it `ID`:
 * its Stripe name is an object's (`account`, `cardholder`, `financial_account`, optionally with
 * `_id`), or the first sentence of its documentation says it is an object's ID (`The ID of the
 * PaymentIntent to confirm.`, `(ID of a file upload) ...`, `The back of a document returned by a
 * file upload`, `Transaction (e.g., ipi_...)`). Identity numbers and references of
 * the caller's own (`tax_id`, `id_number`, `client_reference_id`, `reference`) stay `String`.
 */
export function isObjectIdParam(stripeName: string, doc: string, objectNames: ReadonlySet<string>): boolean {
  const first = (doc.replace(/\]\([^)]*\)/g, ']').split(/(?<=\.)\s/)[0] ?? '').trim();
  if (NOT_AN_OBJECT_ID.test(first) || /(^|_)(tax|vat|creditor|export_license)_id$|^id_number|client_reference_id|reference$/.test(stripeName)) return false;
  if (objectNames.has(stripeName.replace(/_ids?$/, ''))) return true;
  return OBJECT_ID_DOC.test(first);
}
