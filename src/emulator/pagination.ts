/**
 * List policies as pure functions: `limit`/`starting_after`/`ending_before` paging over a
 * newest-first sequence, and `created` range filters.
 */

import { invalidParam, noSuch, unknownParam } from './errors';
import { checkRange, readInteger } from './params';
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

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

/**
 * Reads the paging params, already typed by the request check (which also holds `limit` to
 * the documented 1..100); text is still read, for callers that skip the check.
 */
export function readPageRequest(query: Record<string, unknown>): PageRequest {
  const out: PageRequest = { limit: DEFAULT_LIMIT };
  const limit = query.limit;
  if (limit !== undefined && limit !== null) {
    const n = typeof limit === 'number' ? limit : readInteger(limit as FormValue, 'limit');
    out.limit = checkRange({ min: 1, max: MAX_LIMIT }, n, 'limit');
  }
  for (const [param, key] of [
    ['starting_after', 'startingAfter'],
    ['ending_before', 'endingBefore'],
  ] as const) {
    const v = query[param];
    if (v === undefined || v === '' || v === null) continue;
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
export function readCreatedFilter(value: unknown, param = 'created'): CreatedRange | undefined {
  if (value === undefined || value === null) return undefined;
  const toInt = (v: unknown, p: string): number => (typeof v === 'number' ? v : readInteger(v as FormValue, p));
  if (!isPlainObject(value)) {
    const n = toInt(value, param);
    return { gte: n, lte: n };
  }
  const range: CreatedRange = {};
  for (const [k, v] of Object.entries(value)) {
    if (k !== 'gt' && k !== 'gte' && k !== 'lt' && k !== 'lte') throw unknownParam(`${param}[${k}]`);
    range[k] = toInt(v, `${param}[${k}]`);
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
