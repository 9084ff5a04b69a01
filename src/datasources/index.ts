/**
 * The public face of the Stripe data source: what the server, the resolvers and the benchmarks
 * import. Internals (limiter, pagination helpers) stay reachable by path for tests.
 */
import { configFromEnv } from './config';
import { StripeClient, type StripeClientOptions } from './client';

export { StripeClient, USER_AGENT, closeAllPools, stripeVersionHeader } from './client';
export type {
  HttpMethod,
  StripeClientOptions,
  StripeCredentials,
  StripeRequest,
  UpstreamAttemptInfo,
  UpstreamResultInfo,
} from './client';
export { DEFAULT_CONFIG, configFromEnv, type DataSourceConfig } from './config';
export { encodeParams, flattenParams, withQuery, type ParamValue, type Params } from './encoding';
export {
  ConcurrencyLimitError,
  DataSourceError,
  DataSourceUsageError,
  InvalidInputError,
  MissingCredentialsError,
  RequestCancelledError,
  StripeApiError,
  UpstreamConnectionError,
  UpstreamProtocolError,
  UpstreamTimeoutError,
  codeForStatus,
  redact,
  toGraphQLError,
  type ErrorCode,
  type StripeErrorFields,
} from './errors';
export {
  DEFAULT_LOADER_OPTIONS,
  canonicalExpand,
  childListEndpointFor,
  createLoaders,
  expandBelow,
  fillPath,
  resourceForObject,
  retrieveEndpointFor,
  type LoadContext,
  type LoaderOptions,
  type Loaders,
  type StripeObject,
} from './loaders';
export type { StripeList, StripeSearchResult } from './pagination';
export { backoffMs, retryDelayMs, seededRandom, shouldRetry, shouldRetryResponse, UnreachableCaseError } from './retry';

/**
 * The process's client, configured from the environment (`STRIPE_API_BASE`, ...) and pinned to
 * the API version of the generated metadata. Create it once at start-up.
 */
export function createStripeClientFromEnv(
  apiVersion: string,
  env: NodeJS.ProcessEnv = process.env,
  extra: Omit<StripeClientOptions, 'apiVersion'> = {},
): StripeClient {
  return new StripeClient({ ...configFromEnv(env), ...extra, apiVersion });
}
