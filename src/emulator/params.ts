/**
 * The emulator's one request check: decoded form parameters against the endpoint's input type
 * in the generated metadata, as Stripe checks them, before any behaviour runs. Values come out
 * as JSON (integers, booleans, lists). Errors name the parameter the way Stripe does
 * (`individual[dob][day]`) and use Stripe's wording; each wording is a small function in
 * `errors.ts`.
 */

import type { InputTypeMeta, InputTypeRef, RestMetadata, ScalarInputRef } from '../metadata/types';
import {
  EmulatorError,
  emptyNotAllowed,
  invalidArray,
  invalidEnum,
  invalidHash,
  invalidInteger,
  invalidParam,
  missingParam,
  outOfRange,
  unknownParam,
} from './errors';
import type { FormValue } from './form';
import { isPlainObject } from './model';

export type Params = Record<string, unknown>;

/** Parameters every endpoint takes, whatever its input type says (`expand` is read by the engine). */
const UNIVERSAL = new Set(['expand']);

/** An endpoint without an input type takes nothing but the universal parameters. */
const NO_PARAMS: InputTypeMeta = { name: '', domain: '', fields: [] };

/**
 * Checks `raw` against the input type `inputName` (none: the endpoint takes no parameters)
 * and returns the typed values. `checkRequired` is false for updates, whose top-level
 * parameters are all optional in effect; required fields inside a sent hash always bind.
 */
export function coerceParams(
  metadata: RestMetadata,
  inputName: string | undefined,
  raw: Record<string, FormValue>,
  options: { checkRequired: boolean },
): Params {
  const input = inputName === undefined ? NO_PARAMS : metadata.inputs[inputName];
  if (input === undefined) throw new EmulatorError(500, 'api_error', `The emulator's metadata has no input type ${inputName}.`);
  return coerceObject(metadata, input, raw, '', options.checkRequired);
}

function coerceObject(metadata: RestMetadata, input: InputTypeMeta, raw: Record<string, FormValue>, prefix: string, checkRequired: boolean): Params {
  const out: Params = {};
  const fields = new Map(input.fields.map((f) => [f.stripe, f]));
  for (const [key, value] of Object.entries(raw)) {
    const path = prefix === '' ? key : `${prefix}[${key}]`;
    const field = fields.get(key);
    if (field === undefined) {
      if (prefix !== '' || !UNIVERSAL.has(key)) throw unknownParam(path);
      out[key] = value;
      continue;
    }
    if (value === '') {
      if (!field.emptyable) throw emptyNotAllowed(path);
      out[key] = null;
      continue;
    }
    out[key] = coerceValue(metadata, field.type, value, path);
  }
  if (checkRequired) {
    for (const field of input.fields) {
      if (field.required && !(field.stripe in raw)) throw missingParam(prefix === '' ? field.stripe : `${prefix}[${field.stripe}]`);
    }
  }
  return out;
}

/** One value against its type; nested hashes check their own required fields. */
function coerceValue(metadata: RestMetadata, ref: InputTypeRef, value: FormValue, path: string): unknown {
  switch (ref.kind) {
    case 'scalar':
      return coerceScalar(metadata, ref, value, path);
    case 'enum': {
      const allowed = Object.values(metadata.enums[ref.name]?.values ?? {}).filter((v) => v !== '');
      if (typeof value !== 'string' || (allowed.length > 0 && !allowed.includes(value))) throw invalidEnum(path, allowed);
      return value;
    }
    case 'list':
      if (!Array.isArray(value)) throw invalidArray(path);
      return value.map((item, i) => {
        if (item === '') throw emptyNotAllowed(`${path}[${i}]`);
        return coerceValue(metadata, ref.of, item, `${path}[${i}]`);
      });
    case 'input': {
      const nested = metadata.inputs[ref.name];
      if (!isPlainObject(value)) throw invalidHash(path);
      if (nested === undefined) throw new EmulatorError(500, 'api_error', `The emulator's metadata has no input type ${ref.name}.`);
      return coerceObject(metadata, nested, value, path, true);
    }
  }
}

function coerceScalar(metadata: RestMetadata, ref: ScalarInputRef, value: FormValue, path: string): unknown {
  switch (ref.name) {
    case 'Int':
    case 'Long':
    case 'Timestamp':
      return checkRange(ref, readInteger(value, path), path);
    case 'Float':
      if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(Number(value))) {
        throw invalidParam(path, `Invalid decimal: ${describe(value)}`);
      }
      return Number(value);
    case 'Boolean':
      if (value !== 'true' && value !== 'false') throw invalidParam(path, `Invalid boolean: ${describe(value)}`);
      return value === 'true';
    case 'Metadata':
      if (!isPlainObject(value)) throw invalidHash(path);
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string') throw invalidParam(`${path}[${k}]`, `Invalid string: ${describe(v)}`);
      }
      return value;
    case 'JSON':
      return coerceJson(metadata, ref, value, path);
    default:
      if (typeof value !== 'string') throw invalidParam(path, `Invalid string: ${describe(value)}`);
      return value;
  }
}

/** A JSON parameter: free-form unless the SDK gave it a shape (a union, or a hash with no keys). */
function coerceJson(metadata: RestMetadata, ref: ScalarInputRef, value: FormValue, path: string): unknown {
  if (ref.emptyHash === true) {
    if (!isPlainObject(value)) throw invalidHash(path);
    const first = Object.keys(value)[0];
    if (first !== undefined) throw unknownParam(`${path}[${first}]`);
    return value;
  }
  if (ref.oneOf === undefined) return value;
  const errors: EmulatorError[] = [];
  for (const member of ref.oneOf) {
    try {
      return coerceValue(metadata, member, value, path);
    } catch (error) {
      if (!(error instanceof EmulatorError)) throw error;
      errors.push(error);
    }
  }
  const chosen = unionMemberToBlame(metadata, ref.oneOf, value);
  throw errors[chosen] ?? invalidParam(path, `Invalid value: ${describe(value)}`);
}

/**
 * When a value fits no member of a union, the member whose error is the useful one: for a
 * hash, the hash member whose `object` enum names `value.object` (else the first hash
 * member); for text, the first member that is a plain scalar (`Invalid integer: abc` rather
 * than a list of enum values); otherwise the first member.
 */
export function unionMemberToBlame(metadata: RestMetadata, members: readonly InputTypeRef[], value: FormValue): number {
  if (isPlainObject(value)) {
    const hashes = members.map((m, i) => [m, i] as const).filter(([m]) => m.kind === 'input' || (m.kind === 'scalar' && m.emptyHash === true));
    const byObject = hashes.find(([m]) => m.kind === 'input' && objectEnumValues(metadata, m.name).includes(String(value.object)));
    return (byObject ?? hashes[0])?.[1] ?? 0;
  }
  if (typeof value === 'string') {
    const scalar = members.findIndex((m) => m.kind === 'scalar');
    return scalar < 0 ? 0 : scalar;
  }
  const list = members.findIndex((m) => m.kind === 'list');
  return list < 0 ? 0 : list;
}

function objectEnumValues(metadata: RestMetadata, inputName: string): string[] {
  const field = metadata.inputs[inputName]?.fields.find((f) => f.stripe === 'object');
  return field?.type.kind === 'enum' ? Object.values(metadata.enums[field.type.name]?.values ?? {}) : [];
}

/** Stripe's integers: optional minus sign and digits, nothing else (`1.5`, `1e3`, `abc` are refused). */
export function readInteger(value: FormValue, path: string): number {
  if (typeof value !== 'string' || !/^-?\d+$/.test(value)) throw invalidInteger(path, describe(value));
  return Number(value);
}

/** The documented range of an integer parameter, when the metadata has one. */
export function checkRange(ref: Pick<ScalarInputRef, 'min' | 'max'>, n: number, path: string): number {
  if (ref.min !== undefined && n < ref.min) throw outOfRange(path, 'greater', ref.min);
  if (ref.max !== undefined && n > ref.max) throw outOfRange(path, 'less', ref.max);
  return n;
}

function describe(value: FormValue): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 100 ? `${text.slice(0, 100)}...` : text;
}
