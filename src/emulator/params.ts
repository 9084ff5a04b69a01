/**
 * Checks decoded form parameters against an endpoint's input type and coerces them to JSON
 * values (integers, booleans, lists). Errors name the parameter the way Stripe does:
 * `individual[dob][day]`.
 */

import type { InputTypeMeta, InputTypeRef, RestMetadata } from '../metadata/types';
import { invalidParam, missingParam, unknownParam } from './errors';
import type { FormValue } from './form';
import { isPlainObject } from './model';

export type Params = Record<string, unknown>;

/** Parameters every endpoint takes, whatever its input type says. */
const UNIVERSAL = new Set(['expand']);

export function coerceParams(
  metadata: RestMetadata,
  inputName: string | undefined,
  raw: Record<string, FormValue>,
  options: { checkRequired: boolean },
): Params {
  const input = inputName === undefined ? undefined : metadata.inputs[inputName];
  // Without an input type the endpoint's parameters are unknown: accept them as sent.
  if (input === undefined) return { ...raw };
  return coerceObject(metadata, input, raw, '', options.checkRequired, true);
}

function coerceObject(
  metadata: RestMetadata,
  input: InputTypeMeta,
  raw: Record<string, FormValue>,
  prefix: string,
  checkRequired: boolean,
  top: boolean,
): Params {
  const out: Params = {};
  const fields = new Map(input.fields.map((f) => [f.stripe, f]));
  for (const [key, value] of Object.entries(raw)) {
    const path = prefix === '' ? key : `${prefix}[${key}]`;
    const field = fields.get(key);
    if (field === undefined) {
      if (top && UNIVERSAL.has(key)) {
        out[key] = value;
        continue;
      }
      throw unknownParam(path);
    }
    if (value === '' && field.emptyable) {
      out[key] = null;
      continue;
    }
    out[key] = coerceValue(metadata, field.type, value, path, checkRequired);
  }
  if (checkRequired) {
    for (const field of input.fields) {
      if (field.required && !(field.stripe in raw)) {
        throw missingParam(prefix === '' ? field.stripe : `${prefix}[${field.stripe}]`);
      }
    }
  }
  return out;
}

function coerceValue(
  metadata: RestMetadata,
  ref: InputTypeRef,
  value: FormValue,
  path: string,
  checkRequired: boolean,
): unknown {
  switch (ref.kind) {
    case 'scalar':
      return coerceScalar(ref.name, value, path);
    case 'enum': {
      if (typeof value !== 'string') throw invalidParam(path, `Invalid string: ${describe(value)}`);
      const allowed = Object.values(metadata.enums[ref.name]?.values ?? {});
      if (allowed.length > 0 && !allowed.includes(value)) {
        throw invalidParam(path, `Invalid ${path}: must be one of ${allowed.join(', ')}`);
      }
      return value;
    }
    case 'list': {
      if (!Array.isArray(value)) throw invalidParam(path, `Invalid array: ${path} must be a list`);
      return value.map((item, i) => coerceValue(metadata, ref.of, item, `${path}[${i}]`, checkRequired));
    }
    case 'input': {
      const nested = metadata.inputs[ref.name];
      if (!isPlainObject(value)) throw invalidParam(path, `Invalid hash: ${path} must be a hash`);
      if (nested === undefined) return value;
      // Nested required fields bind whenever the hash is sent, on create and update alike.
      return coerceObject(metadata, nested, value as Record<string, FormValue>, path, true, false);
    }
  }
}

function coerceScalar(name: string, value: FormValue, path: string): unknown {
  switch (name) {
    case 'Int':
    case 'Long':
    case 'Timestamp':
      if (typeof value !== 'string' || !/^-?\d+$/.test(value)) {
        throw invalidParam(path, `Invalid integer: ${describe(value)}`);
      }
      return Number(value);
    case 'Float':
      if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(Number(value))) {
        throw invalidParam(path, `Invalid decimal: ${describe(value)}`);
      }
      return Number(value);
    case 'Boolean':
      if (value !== 'true' && value !== 'false') throw invalidParam(path, `Invalid boolean: ${describe(value)}`);
      return value === 'true';
    case 'Metadata':
      if (value === '') return '';
      if (!isPlainObject(value)) throw invalidParam(path, `Invalid hash: ${path} must be a hash`);
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string') throw invalidParam(`${path}[${k}]`, `Invalid string: ${describe(v)}`);
      }
      return value;
    case 'JSON':
      return value;
    default:
      if (typeof value !== 'string') throw invalidParam(path, `Invalid string: ${describe(value)}`);
      return value;
  }
}

function describe(value: FormValue): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 100 ? `${text.slice(0, 100)}...` : text;
}
