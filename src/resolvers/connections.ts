/**
 * Relay connections over Stripe lists. `first/after` map onto `limit/starting_after`,
 * `last/before` onto `limit/ending_before`; an item's cursor is its Stripe id. Pure functions.
 */
import type { Params } from '../datasources/encoding';
import { badUserInput } from '../shared/errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/paging';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface StripeListPage {
  data: unknown[];
  has_more: boolean;
}

export interface Connection {
  edges: Array<{ cursor: string; node: unknown }>;
  nodes: unknown[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Stripe pagination parameters for connection arguments; none for a list that does not page. */
export function pageParams(args: ConnectionArgs, paginated = true): Params {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw badUserInput('Pass either `first` or `last`, not both');
  if (after != null && before != null) throw badUserInput('Pass either `after` or `before`, not both');
  if (last != null && before == null) throw badUserInput('`last` needs `before`: Stripe lists page backwards only from a cursor');
  const size = first ?? last ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw badUserInput(`Page size must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`);
  if (!paginated) return {};
  const params: Record<string, string | number> = { limit: size };
  if (after != null) params.starting_after = after;
  if (before != null) params.ending_before = before;
  return params;
}

/** True when the arguments ask for nothing but the default first page. */
export function isDefaultPage(args: ConnectionArgs): boolean {
  return args.first == null && args.after == null && args.last == null && args.before == null;
}

function cursorOf(item: unknown, index: number): string {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : String(index);
}

/** A connection from one Stripe list page fetched with `pageParams(args)`. */
export function toConnection(page: StripeListPage, args: ConnectionArgs): Connection {
  const backwards = args.before != null;
  const edges = page.data.map((node, i) => ({ cursor: cursorOf(node, i), node }));
  return {
    edges,
    nodes: page.data,
    pageInfo: {
      hasNextPage: backwards ? true : page.has_more,
      hasPreviousPage: backwards ? page.has_more : args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** A connection cut here from a list Stripe answers whole (see `isPaginated`), like a Stripe page. */
export function wholeListConnection(page: StripeListPage, args: ConnectionArgs): Connection {
  const items = page.data;
  const size = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
  const indexOf = (cursor: string): number => {
    const i = items.findIndex((item, n) => cursorOf(item, n) === cursor);
    if (i < 0) throw badUserInput(`No item of this list has the cursor ${cursor}`);
    return i;
  };
  if (args.before != null) {
    const end = indexOf(args.before);
    const start = Math.max(0, end - size);
    return toConnection({ data: items.slice(start, end), has_more: start > 0 }, args);
  }
  const start = args.after != null ? indexOf(args.after) + 1 : 0;
  return toConnection({ data: items.slice(start, start + size), has_more: items.length > start + size }, args);
}

/** A connection from a list Stripe embedded in its parent, cut to the first page asked for. */
export function embeddedConnection(page: StripeListPage, args: ConnectionArgs): Connection {
  const size = args.first ?? DEFAULT_PAGE_SIZE;
  const data = page.data.slice(0, size);
  return toConnection({ data, has_more: page.has_more || page.data.length > size }, { first: size });
}
