/** Small helpers shared by the behaviours. */

import { EmulatorError } from '../errors';
import { isPlainObject, type StripeObject } from '../model';
import type { StoredObject } from '../store';
import type { BehaviourContext } from './types';

/** A referenced object a parameter names (`account=acct_...`); 400 `resource_missing` if absent. */
export function requireRef(ctx: BehaviourContext, object: string, id: unknown, param: string): StoredObject {
  const found = typeof id === 'string' ? ctx.find(object, id) : undefined;
  if (found === undefined) {
    const label = object.split('.').pop()!.replace(/_/g, ' ');
    throw new EmulatorError(400, 'invalid_request_error', `No such ${label}: '${String(id)}'`, 'resource_missing', param);
  }
  return found;
}

/** The parent named in the path, which the engine has already checked exists. */
export function requireParent(ctx: BehaviourContext, object: string, parents: Record<string, string>): StoredObject {
  const id = Object.values(parents)[0];
  const found = id === undefined ? undefined : ctx.find(object, id);
  if (found === undefined) throw new EmulatorError(404, 'invalid_request_error', `No such ${object.replace(/_/g, ' ')}: '${id ?? ''}'`, 'resource_missing');
  return found;
}

export function num(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** The nested object at `key`, materialized from the field's type if it was null. */
export function nestedAt(ctx: BehaviourContext, typeName: string, obj: StripeObject, key: string): StripeObject {
  const current = obj[key];
  if (isPlainObject(current)) return current;
  const field = ctx.model.field(typeName, key);
  const fresh = field?.type.kind === 'object' && ctx.model.hasType(field.type.name) ? ctx.model.materialize(field.type.name, { created: ctx.now() }, 1) : {};
  // A type without the field keeps its shape: the caller writes into a detached object.
  if (field !== undefined) obj[key] = fresh;
  return fresh;
}

/** Sets a key only when the type has that field (keeps the object's shape exact). */
export function setIfPresent(obj: StripeObject, key: string, value: unknown): void {
  if (key in obj) obj[key] = value;
}
