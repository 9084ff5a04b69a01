/**
 * How to ask for the next page of a Stripe list or search result, as pure functions.
 *
 * Lists page by cursor: forwards with `starting_after=<last id>`, or backwards with
 * `ending_before=<first id>` when the caller started with `ending_before` (as Stripe's client
 * does). Search pages by an opaque `page` token taken from `next_page`.
 */
import type { Params } from './encoding';

/** A Stripe list object: `{object: 'list', data, has_more, url}`. */
export interface StripeList<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url?: string;
}

/** A Stripe search result: `{object: 'search_result', data, has_more, next_page}`. */
export interface StripeSearchResult<T> {
  object: 'search_result';
  data: T[];
  has_more: boolean;
  next_page: string | null;
  total_count?: number;
  url?: string;
}

/** Stripe's page size ceiling; auto-pagination asks for full pages unless told otherwise. */
export const MAX_PAGE_SIZE = 100;

/** True when the caller is paging backwards (Stripe's client uses the same test). */
export function isReverseIteration(params: Params | undefined): boolean {
  const endingBefore = params?.ending_before;
  return typeof endingBefore === 'string' && endingBefore !== '';
}

/**
 * Params for the page after `page`, or null when there is none. A page that claims more but
 * holds nothing ends the walk, so a confused upstream cannot loop us forever.
 */
export function nextListParams(params: Params | undefined, page: StripeList<{ id?: unknown }>): Params | null {
  if (!page.has_more || page.data.length === 0) return null;
  const reverse = isReverseIteration(params);
  const edge = reverse ? page.data[0] : page.data[page.data.length - 1];
  const id = edge?.id;
  if (typeof id !== 'string' || id === '') return null;
  const next: Record<string, Params[string]> = { ...params };
  if (reverse) {
    next.ending_before = id;
    delete next.starting_after;
  } else {
    next.starting_after = id;
    delete next.ending_before;
  }
  return next;
}

/** Params for the search page after `page`, or null when there is none. */
export function nextSearchParams(params: Params | undefined, page: StripeSearchResult<unknown>): Params | null {
  if (!page.has_more || page.data.length === 0) return null;
  if (typeof page.next_page !== 'string' || page.next_page === '') return null;
  if (params?.page === page.next_page) return null; // the same token again would loop forever
  return { ...params, page: page.next_page };
}

/** Items of a page in iteration order: backwards walks read each page from its end. */
export function pageItemsInOrder<T>(params: Params | undefined, page: { data: T[] }): T[] {
  return isReverseIteration(params) ? [...page.data].reverse() : page.data;
}
