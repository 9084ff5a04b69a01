/**
 * Page sizes of Stripe lists, the same for the resolvers (connection arguments) and the query
 * limits (a connection's cost).
 */

/** Items of a page when the caller gives no `first` or `last`. */
export const DEFAULT_PAGE_SIZE = 10;

/** Stripe's page size ceiling (`limit` of at most 100). */
export const MAX_PAGE_SIZE = 100;
