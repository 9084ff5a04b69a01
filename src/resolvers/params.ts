/**
 * GraphQL arguments -> Stripe parameters, through the generated input metadata: camelCase names
 * back to Stripe's, nested inputs recursively, and explicit `null` on a parameter Stripe lets you
 * clear becomes `''` (Stripe's "unset"). Enum values arrive already as Stripe values (the enum
 * types map them). One function for every mutation and filter.
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
    case 'input': {
      const input = metadata.inputs[type.name];
      return input && typeof value === 'object' && value !== null ? convertObject(input, value as Record<string, unknown>, metadata) : (value as ParamValue);
    }
    default:
      return value as ParamValue;
  }
}

/**
 * Stripe's `param` of an error (`individual[dob][day]`, `items[0][price]`) as the path of the
 * GraphQL argument that carried it (`["input", "individual", "dob", "day"]`), so a form can mark
 * the field. The inverse of `toStripeParams`: each key is looked up by its Stripe name in the
 * input metadata; list indexes become numbers; inside a `JSON` value the keys are Stripe's own,
 * as the caller sent them. A path parameter (`account`, or `id` for the object acted on) maps
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
    const field: InputFieldMeta | undefined = type?.kind === 'input' ? metadata.inputs[type.name]?.fields.find((f) => f.stripe === key) : undefined;
    path.push(field ? field.name : key);
    type = field?.type;
  }
  return path;
}

/** `individual[dob][day]` -> `["individual", "dob", "day"]`; `items[][price]` drops the empty index. */
export function stripeParamKeys(param: string): string[] {
  const match = /^([^[\]]*)((?:\[[^[\]]*\])*)$/.exec(param);
  if (!match) return [param];
  const rest = [...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!);
  return [match[1]!, ...rest].filter((key) => key.length > 0);
}
