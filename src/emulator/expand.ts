/**
 * `expand[]`: replaces stored ids with the objects they name, following dotted paths through
 * nested objects and embedded lists (`data.`), at most four levels deep, as Stripe does.
 */

import { cannotExpand, invalidArray, invalidParam } from './errors';
import { isPlainObject, type Model, type StripeObject } from './model';

const MAX_EXPAND_DEPTH = 4;

/** Looks an id up for expansion: the stored object and its type, or undefined. */
export type Resolver = (id: string) => { typeName: string; data: StripeObject } | undefined;

/** Reads `expand` (a list) into paths; each path is split on dots, lists' paths lose `data.`. */
export function readExpand(value: unknown, forList: boolean): string[][] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalidArray('expand');
  return value.map((item, i) => {
    if (typeof item !== 'string' || item === '') throw invalidParam(`expand[${i}]`, 'Invalid expand: each entry must be a dotted property path.');
    let path = item.split('.');
    if (path.length > MAX_EXPAND_DEPTH + (forList ? 1 : 0)) {
      throw invalidParam('expand', `You cannot expand more than ${MAX_EXPAND_DEPTH} levels of a property. Property: ${item}`);
    }
    if (path.some((segment) => segment === '')) throw invalidParam('expand', `Invalid expand: ${item}`);
    if (forList) {
      if (path[0] !== 'data' || path.length < 2) throw cannotExpand(path[0] ?? item, true);
      path = path.slice(1);
    }
    return path;
  });
}

/**
 * Whether a path can be expanded on an object of one of `types`, from the metadata alone (as
 * Stripe decides before doing anything): the property that cannot be expanded, or undefined.
 * Each segment must be a field; the last an expandable reference; a segment before it an
 * expandable reference, a nested object, or an embedded list followed by `data`.
 */
export function unexpandable(model: Model, types: readonly string[], path: readonly string[]): string | undefined {
  const [first, ...rest] = path;
  if (first === undefined) return undefined;
  let failure: string | undefined = first;
  for (const typeName of types) {
    const field = model.hasType(typeName) ? model.field(typeName, first) : undefined;
    if (field === undefined) continue;
    const ref = field.type;
    if (ref.kind === 'apiList') {
      if (rest[0] !== 'data' || rest.length < 2) continue;
      failure = unexpandable(model, model.typesOf(ref.of), rest.slice(1));
    } else {
      const expandable = field.expandable === true && field.idOnly !== true;
      const candidates = model.typesOf(ref);
      if (rest.length === 0) failure = expandable ? undefined : first;
      else failure = candidates.length === 0 ? first : unexpandable(model, candidates, rest);
    }
    if (failure === undefined) return undefined;
  }
  return failure;
}

/** Refuses the request when any path cannot be expanded on the endpoint's answer. */
export function checkExpandable(model: Model, types: readonly string[], paths: readonly string[][]): void {
  for (const path of paths) {
    const failure = unexpandable(model, types, path);
    if (failure !== undefined) throw cannotExpand(failure);
  }
}

/** A copy of `obj` (of `typeName`) with the paths expanded. The input is not changed. */
export function expand(model: Model, obj: StripeObject, typeName: string, paths: string[][], resolve: Resolver): StripeObject {
  if (paths.length === 0) return obj;
  const out: StripeObject = { ...obj };
  for (const [first, rests] of groupByFirst(paths)) {
    const field = model.field(typeName, first);
    if (field === undefined) throw cannotExpand(first);
    const value = out[first];
    const ref = field.type;
    if (ref.kind === 'apiList') {
      const tails = rests.filter((r) => r.length > 0);
      if (tails.length !== rests.length || tails.some((t) => t[0] !== 'data' || t.length < 2)) throw cannotExpand(first);
      if (isPlainObject(value) && Array.isArray(value.data)) {
        const itemPaths = tails.map((t) => t.slice(1));
        out[first] = { ...value, data: value.data.map((item) => expandValue(model, item, model.typesOf(ref.of), true, itemPaths, resolve, first)) };
      }
      continue;
    }
    // Id-only references (a person's `account`) are typed as objects for the graph, but Stripe
    // cannot expand them, and neither does the emulator.
    const expandable = field.expandable === true && field.idOnly !== true;
    if (!expandable && rests.some((r) => r.length === 0)) throw cannotExpand(first);
    const candidates = model.typesOf(ref);
    if (candidates.length === 0) throw cannotExpand(first);
    const expandHere = expandable;
    if (ref.kind === 'list' && Array.isArray(value)) {
      out[first] = value.map((item) => expandValue(model, item, candidates, expandHere, rests, resolve, first));
    } else {
      out[first] = expandValue(model, value, candidates, expandHere, rests, resolve, first);
    }
  }
  return out;
}

function expandValue(model: Model, value: unknown, candidates: string[], resolveIds: boolean, rests: string[][], resolve: Resolver, label: string): unknown {
  let current = value;
  let typeName: string | undefined;
  if (typeof current === 'string') {
    if (!resolveIds) return current;
    const found = resolve(current);
    // An id the platform does not hold stays an id (Stripe would have the object).
    if (found === undefined) return current;
    current = found.data;
    typeName = found.typeName;
  }
  if (!isPlainObject(current)) return current;
  typeName ??= typeOfValue(model, current, candidates);
  const deeper = rests.filter((r) => r.length > 0);
  if (deeper.length === 0) return current;
  if (typeName === undefined) throw cannotExpand(label);
  return expand(model, current, typeName, deeper, resolve);
}

function typeOfValue(model: Model, value: StripeObject, candidates: string[]): string | undefined {
  if (typeof value.object === 'string') {
    const t = model.typeForObject(value.object);
    if (t !== undefined) return t;
  }
  return candidates[0];
}

function groupByFirst(paths: string[][]): Map<string, string[][]> {
  const groups = new Map<string, string[][]>();
  for (const [first, ...rest] of paths) {
    if (first === undefined) continue;
    const g = groups.get(first) ?? [];
    g.push(rest);
    groups.set(first, g);
  }
  return groups;
}
