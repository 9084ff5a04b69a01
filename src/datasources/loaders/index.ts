/**
 * Per-request loaders over the Stripe client: the answer to N+1.
 *
 * `createLoaders` is called once per GraphQL request with that request's credentials, so
 * nothing cached here is ever seen by another request or another user. It chooses the
 * implementation once: the caching loaders (./caching.ts), or the naive baseline (./naive.ts)
 * the benchmark compares against. Both keep the contract in ./contract.ts and make the same
 * requests (./requests.ts); only the caching one shares and primes (./cache.ts, ./priming.ts).
 */
import type { RestMetadata } from '../../metadata/types';
import type { StripeClient, StripeCredentials } from '../client';
import { CachingLoaders } from './caching';
import { DEFAULT_LOADER_OPTIONS, type LoaderOptions, type Loaders, type LoaderSettings } from './contract';
import { NaiveLoaders } from './naive';
import { LoaderRequests } from './requests';

export type { LoaderOptions, Loaders } from './contract';

export function createLoaders(client: StripeClient, credentials: StripeCredentials, metadata: RestMetadata, options: LoaderOptions = {}): Loaders {
  const settings: LoaderSettings = {
    enabled: options.enabled ?? DEFAULT_LOADER_OPTIONS.enabled,
    maxBatchSize: options.maxBatchSize ?? DEFAULT_LOADER_OPTIONS.maxBatchSize,
    batchConcurrency: options.batchConcurrency ?? DEFAULT_LOADER_OPTIONS.batchConcurrency,
  };
  const requests = new LoaderRequests(client, credentials, metadata, options.signal, options.stats ?? { loads: 0, fetches: 0 });
  return settings.enabled ? new CachingLoaders(requests, settings) : new NaiveLoaders(requests);
}
