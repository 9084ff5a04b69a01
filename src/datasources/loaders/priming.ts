/**
 * Priming, in one place: every resource object found in an answer (the answer itself, expanded
 * references, embedded lists, list items) is cached under the key a later load of it would use,
 * so that load costs nothing. Deleted objects and types the graph cannot load by id are skipped.
 */
import type { ResourceMeta } from '../../metadata/types';
import { isRecord } from '../../shared/values';
import { expandBelow } from '../objects';
import type { RequestCache } from './cache';
import type { LoaderRequests, ObjectKey } from './requests';

/** Deeper than any real Stripe object; stops a hostile or cyclic answer from recursing forever. */
const MAX_PRIME_DEPTH = 16;

/**
 * The cache key of one object load: type, account, expansion set (canonical, joined) and the
 * object's key. A load and a prime of the same object meet here.
 */
export function objectCacheKey(typeName: string, account: string | undefined, expandKey: string, key: ObjectKey): string {
  return `object\u0000${typeName}\u0000${account ?? ''}\u0000${expandKey}\u0000${key.parentId ?? ''}\u0000${key.id}`;
}

export class Primer {
  constructor(
    private readonly requests: LoaderRequests,
    private readonly cache: RequestCache,
  ) {}

  /** Primes `value` itself when it is a resource object, then everything below it. Answers how many were primed. */
  value(value: unknown, expand: readonly string[], account: string | undefined, parentId: string | undefined, depth = 0): number {
    if (!isRecord(value) || depth > MAX_PRIME_DEPTH) return 0;
    let primed = 0;
    const { object, id } = value;
    if (typeof object === 'string' && typeof id === 'string' && value.deleted !== true) {
      const resource = this.requests.loadableResourceOf(object);
      const parent = resource ? parentOf(resource, value, parentId) : null;
      if (resource && parent !== null) {
        this.cache.prime(objectCacheKey(resource.typeName, account, expand.join(','), { id, parentId: parent }), value);
        primed += 1;
      }
    }
    return primed + this.below(value, expand, account, depth);
  }

  /** Primes resource objects found in the fields of `value` (expanded references, embedded lists). */
  below(value: Record<string, unknown>, expand: readonly string[], account: string | undefined, depth = 0): number {
    let primed = 0;
    for (const field in value) {
      const child = value[field];
      if (child === null || typeof child !== 'object') continue;
      const below = expandBelow(expand, field);
      // Array elements share the field's expansion path: Stripe paths do not name indexes.
      if (Array.isArray(child)) for (const item of child) primed += this.value(item, below, account, undefined, depth + 1);
      else primed += this.value(child, below, account, undefined, depth + 1);
    }
    return primed;
  }
}

/**
 * The parent id a nested object is cached under: the one given, else the one the object names.
 * Undefined for a top-level resource; null when a nested object's parent is unknown (not primed).
 */
function parentOf(resource: ResourceMeta, value: Record<string, unknown>, given: string | undefined): string | undefined | null {
  if (!resource.parent) return undefined;
  if (given !== undefined) return given;
  const parent = value[resource.parent.pathParam];
  if (typeof parent === 'string') return parent;
  if (isRecord(parent) && typeof parent.id === 'string') return parent.id;
  return null;
}
