/**
 * GraphQL arguments -> Stripe parameters, through the generated input metadata: camelCase names
 * back to Stripe's, nested inputs recursively, and explicit `null` on a parameter Stripe lets you
 * clear becomes `''` (Stripe's "unset"). Enum values arrive already as Stripe values (the enum
 * types map them). One function for every mutation and filter.
 */
import type { InputTypeMeta, InputTypeRef, RestMetadata } from '../metadata/types';
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
