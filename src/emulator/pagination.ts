/**
 * List policies as pure functions: `limit`/`starting_after`/`ending_before` paging over a
 * newest-first sequence, and `created` range filters.
 */

import { invalidParam, noSuch } from './errors';
import type { FormValue } from './form';
import { isPlainObject } from './model';

export interface PageRequest {
  limit: number;
  startingAfter?: string;
  endingBefore?: string;
}

export interface Page<T> {
  data: T[];
  hasMore: boolean;
}

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

/** Reads and checks the paging params; Stripe allows 1..100 and only one cursor. */
export function readPageRequest(query: Record<string, FormValue>): PageRequest {
  const out: PageRequest = { limit: DEFAULT_LIMIT };
  const limit = query.limit;
  if (limit !== undefined) {
    if (typeof limit !== 'string' || !/^-?\d+$/.test(limit)) {
      throw invalidParam('limit', `Invalid integer: ${typeof limit === 'string' ? limit : JSON.stringify(limit)}`);
    }
    const n = Number(limit);
    if (n < 1 || n > MAX_LIMIT) {
      throw invalidParam('limit', `This value must be greater than or equal to 1 and less than or equal to ${MAX_LIMIT}.`);
    }
    out.limit = n;
  }
  for (const [param, key] of [
    ['starting_after', 'startingAfter'],
    ['ending_before', 'endingBefore'],
  ] as const) {
    const v = query[param];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string') throw invalidParam(param, `Invalid string: ${JSON.stringify(v)}`);
    out[key] = v;
  }
  if (out.startingAfter !== undefined && out.endingBefore !== undefined) {
    throw invalidParam('ending_before', 'You may only specify one of these parameters: starting_after, ending_before.');
  }
  return out;
}

/**
 * One page of `items` (already newest first). `starting_after` gives the items after the
 * cursor; `ending_before` the `limit` items just before it, still newest first. An unknown
 * cursor is a 404 naming the cursor param, like Stripe.
 */
export function paginate<T>(items: readonly T[], idOf: (item: T) => string, req: PageRequest, label: string): Page<T> {
  if (req.startingAfter !== undefined) {
    const i = items.findIndex((item) => idOf(item) === req.startingAfter);
    if (i < 0) throw noSuch(label, req.startingAfter, 'starting_after');
    const rest = items.slice(i + 1);
    return { data: rest.slice(0, req.limit), hasMore: rest.length > req.limit };
  }
  if (req.endingBefore !== undefined) {
    const i = items.findIndex((item) => idOf(item) === req.endingBefore);
    if (i < 0) throw noSuch(label, req.endingBefore, 'ending_before');
    const before = items.slice(0, i);
    const start = Math.max(0, before.length - req.limit);
    return { data: before.slice(start), hasMore: start > 0 };
  }
  return { data: items.slice(0, req.limit), hasMore: items.length > req.limit };
}

export interface CreatedRange {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

/** `created=123` (exact) or `created[gte]=...&created[lt]=...`; undefined when absent. */
export function readCreatedFilter(value: FormValue | undefined, param = 'created'): CreatedRange | undefined {
  if (value === undefined) return undefined;
  const toInt = (v: FormValue, p: string): number => {
    if (typeof v !== 'string' || !/^-?\d+$/.test(v)) throw invalidParam(p, `Invalid integer: ${JSON.stringify(v)}`);
    return Number(v);
  };
  if (typeof value === 'string') {
    const n = toInt(value, param);
    return { gte: n, lte: n };
  }
  if (!isPlainObject(value)) throw invalidParam(param, `Invalid ${param}: must be an integer or a hash`);
  const range: CreatedRange = {};
  for (const [k, v] of Object.entries(value)) {
    if (k !== 'gt' && k !== 'gte' && k !== 'lt' && k !== 'lte') throw invalidParam(`${param}[${k}]`, `Received unknown parameter: ${param}[${k}]`);
    range[k] = toInt(v as FormValue, `${param}[${k}]`);
  }
  return range;
}

export function inCreatedRange(created: number, range: CreatedRange): boolean {
  if (range.gt !== undefined && !(created > range.gt)) return false;
  if (range.gte !== undefined && !(created >= range.gte)) return false;
  if (range.lt !== undefined && !(created < range.lt)) return false;
  if (range.lte !== undefined && !(created <= range.lte)) return false;
  return true;
}
