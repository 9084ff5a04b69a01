/**
 * What a GraphQL request's loaders promise (the `Loaders` interface) and how they are tuned.
 * Two implementations keep it: the caching one the gateway runs (./caching.ts) and the naive
 * baseline the benchmark compares against (./naive.ts); `createLoaders` picks one per request.
 */
import type { EndpointMeta } from '../../metadata/types';
import type { Params } from '../encoding';
import type { StripeList, StripeObject } from '../objects';

/** Where and how an object is loaded, beyond its type and id. */
export interface LoadContext {
  /** The connected account to act for; defaults to the request's credentials. */
  stripeAccount?: string | undefined;
  /** Stripe expansion paths relative to the object (`['customer', 'latest_charge.balance_transaction']`). */
  expand?: readonly string[] | undefined;
  /** The parent's id, for nested resources (the account of a person). */
  parentId?: string | undefined;
}

export interface LoaderOptions {
  /** False chooses the naive baseline: no caching, deduplication or priming; every load is its own request (benchmarks). Default true. */
  enabled?: boolean;
  /** Most ids one DataLoader batch holds; a wider tick is split into several batches. Default 100. */
  maxBatchSize?: number;
  /** Retrieves of one batch in flight at once. Default 10 (the client's per-credential limit applies too). */
  batchConcurrency?: number;
  /** The GraphQL request's signal: when it is abandoned, upstream requests are cancelled. */
  signal?: AbortSignal | undefined;
  /** Counts object loads, and those that needed a request to Stripe (the rest were cache hits). */
  stats?: { loads: number; fetches: number } | undefined;
}

export type LoaderSettings = Readonly<Required<Omit<LoaderOptions, 'signal' | 'stats'>>>;

export const DEFAULT_LOADER_OPTIONS: LoaderSettings = Object.freeze({
  enabled: true,
  maxBatchSize: 100,
  batchConcurrency: 10,
});

/** The loaders of one GraphQL request. */
export interface Loaders {
  /** False for the naive baseline: nothing is shared, so nothing is worth fetching ahead. */
  readonly enabled: boolean;
  /** One object by id (retrieve endpoint), deduplicated and cached for this request. */
  load<T extends StripeObject = StripeObject>(typeName: string, id: string, ctx?: LoadContext): Promise<T>;
  /** A singleton (`/v1/account`, `/v1/balance`): a retrieve endpoint without an id. */
  loadSingleton<T extends StripeObject = StripeObject>(typeName: string, ctx?: LoadContext): Promise<T>;
  /**
   * One page of a Stripe list (`limit`, cursors and filters in `params`), fetched once per
   * request for the same path, parameters, account and item expansions (`ctx.expand`, relative
   * to one item; sent as `data.<path>`). Every item is primed. The graph's connections read
   * lists through this.
   */
  listPage<T extends StripeObject = StripeObject>(endpoint: EndpointMeta, path: string, params: Params, ctx?: LoadContext): Promise<StripeList<T>>;
  /**
   * Caches an object that arrived some other way (a list, a mutation answer, an expansion),
   * and every resource object expanded inside it. Lists (`{object: 'list'}`) and search results
   * are walked too. `ctx.expand` says which expansions the object was fetched with. Answers how
   * many objects were primed.
   */
  prime(value: unknown, ctx?: LoadContext): number;
}
