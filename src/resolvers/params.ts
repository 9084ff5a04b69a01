/**
 * GraphQL arguments -> Stripe parameters, through the generated input metadata: camelCase names
 * back to Stripe's, nested inputs recursively, and explicit `null` on a parameter Stripe lets you
 * clear becomes `''` (Stripe's "unset"). A range is sent as its hash; a `@oneOf` input as the
 * one member given, with the values its member implies (`object: 'bank_account'`). Enum values
 * arrive already as Stripe values (the enum types map them). One function for every mutation
 * and filter.
 */
import type { InputFieldMeta, InputTypeMeta, InputTypeRef, RestMetadata } from '../metadata/types';
import type { ParamValue, Params } from '../datasources/encoding';

export function toStripeParams(inputName: string | undefined, value: Record<string, unknown> | null | undefined, metadata: RestMetadata): Params {
  if (!inputName || !value) return {};
  const input = metadata.inputs[inputName];
  if (!input) return {};
  return convertObject(input, value, metadata);
}

function convertObject(input: InputTypeMeta, value: Record<string, unknown>, metadata: RestMetadata): Params {
  const out: Record<string, ParamValue> = {};
  for (const field of input.fields) {
    if (field.constant !== undefined) {
      out[field.stripe] = field.constant; // implied by the member of a @oneOf input chosen
      continue;
    }
    if (!(field.name in value)) continue;
    const v = value[field.name];
    if (v === undefined) continue;
    if (v === null) {
      if (field.emptyable) out[field.stripe] = '';
      continue;
    }
    out[field.stripe] = convertValue(field.type, v, metadata);
  }
  return out;
}

function convertValue(type: InputTypeRef, value: unknown, metadata: RestMetadata): ParamValue {
  switch (type.kind) {
    case 'list':
      return (Array.isArray(value) ? value : [value]).map((item) => convertValue(type.of, item, metadata));
    case 'input':
    case 'union': {
      const input = metadata.inputs[type.name];
      if (!input || typeof value !== 'object' || value === null) return value as ParamValue;
      return input.oneOf ? convertMember(input, value as Record<string, unknown>, metadata) : convertObject(input, value as Record<string, unknown>, metadata);
    }
    default:
      return value as ParamValue;
  }
}

/**
 * A `@oneOf` input is Stripe's union: the one member given is the whole value
 * (`{token: "btok_1"}` -> `btok_1`, `{bankAccount: {...}}` -> the hash). GraphQL has already
 * refused anything but exactly one non-null member.
 */
function convertMember(input: InputTypeMeta, value: Record<string, unknown>, metadata: RestMetadata): ParamValue {
  const field = input.fields.find((f) => value[f.name] !== undefined && value[f.name] !== null);
  return field ? convertValue(field.type, value[field.name], metadata) : undefined;
}

/**
 * Stripe's `param` of an error (`individual[dob][day]`, `items[0][price]`) as the path of the
 * GraphQL argument that carried it (`["input", "individual", "dob", "day"]`), so a form can mark
 * the field. The inverse of `toStripeParams`: each key is looked up by its Stripe name in the
 * input metadata; list indexes become numbers; inside a `@oneOf` input the member is the one
 * whose hash has the key (when only one has it); inside a `JSON` value the keys are Stripe's
 * own, as the caller sent them. A path parameter (`account`, or `id` for the object acted on) maps
 * to its argument. A key the metadata does not know is kept as Stripe wrote it.
 */
export function inputPathFor(
  param: string,
  endpoint: { params?: string; pathParams: readonly string[]; idParam?: string },
  metadata: RestMetadata,
  argName: (pathParam: string) => string,
): Array<string | number> {
  const keys = stripeParamKeys(param);
  const input = endpoint.params ? metadata.inputs[endpoint.params] : undefined;
  const head = keys[0] ?? '';
  if (!input?.fields.some((f) => f.stripe === head)) {
    const pathParam = head === 'id' && endpoint.idParam ? endpoint.idParam : endpoint.pathParams.find((p) => p === head);
    if (pathParam && keys.length === 1) return [argName(pathParam)];
  }
  const path: Array<string | number> = ['input'];
  let type: InputTypeRef | undefined = input ? { kind: 'input', name: input.name } : undefined;
  for (const key of keys) {
    if (type?.kind === 'list') {
      const item: InputTypeRef = type.of;
      type = item;
      // Stripe names the item by its index (`items[0][price]`), or leaves it out (`items[][price]`).
      if (/^\d+$/.test(key)) {
        path.push(Number(key));
        continue;
      }
    }
    let hash = hashOf(type, metadata);
    if (hash?.oneOf) {
      // Stripe's param does not say which member was sent: the one member that has the key.
      const member = memberWithKey(hash, key, metadata);
      if (member) {
        path.push(member.name);
        type = member.type;
        hash = hashOf(type, metadata);
      }
    }
    const field: InputFieldMeta | undefined = hash?.oneOf ? undefined : hash?.fields.find((f) => f.stripe === key);
    path.push(field ? field.name : key);
    type = field?.type;
  }
  return path;
}

/** The one hash member of a @oneOf input that has the Stripe key, or undefined when none or several do. */
function memberWithKey(oneOf: InputTypeMeta, key: string, metadata: RestMetadata): InputFieldMeta | undefined {
  const members = oneOf.fields.filter((m) => m.type.kind === 'input' && metadata.inputs[m.type.name]?.fields.some((f) => f.stripe === key));
  return members.length === 1 ? members[0] : undefined;
}

/** The input type whose keys name the next level: a hash or a range (a @oneOf's members are not known by key). */
function hashOf(type: InputTypeRef | undefined, metadata: RestMetadata): InputTypeMeta | undefined {
  return type?.kind === 'input' || type?.kind === 'union' ? metadata.inputs[type.name] : undefined;
}

/** `individual[dob][day]` -> `["individual", "dob", "day"]`; `items[][price]` drops the empty index. */
export function stripeParamKeys(param: string): string[] {
  const match = /^([^[\]]*)((?:\[[^[\]]*\])*)$/.exec(param);
  if (!match) return [param];
  const rest = [...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!);
  return [match[1]!, ...rest].filter((key) => key.length > 0);
}
