/**
 * The per-request context: who is calling Stripe (from the request's bearer key, or the
 * gateway's own), for which connected account, and this request's loaders. Built fresh for
 * every GraphQL request, so nothing cached is ever shared between requests or keys.
 */
import { GraphQLError } from 'graphql';
import type { StripeClient, StripeCredentials } from './datasources/client';
import { createLoaders, type LoaderOptions, type Loaders } from './datasources/loaders';
import type { MetadataIndex } from './schema/metadata';
import type { OperationTrace } from './observability/operation';
import type { UpstreamObserver } from './datasources/client';

export interface RequestStripe {
  readonly client: StripeClient;
  readonly credentials: StripeCredentials;
  readonly loaders: Loaders;
  /** Identical list requests in one GraphQL request share one upstream call; null when loaders are off (the naive baseline). */
  readonly signal: AbortSignal | undefined;
}

export interface GatewayContext {
  readonly index: MetadataIndex;
  /** Null when neither the request nor the gateway has a key: any Stripe call is UNAUTHENTICATED. */
  readonly stripe: RequestStripe | null;
  /** What is recorded about this operation for its access log line and metrics. */
  readonly trace: OperationTrace;
}

export interface ContextOptions {
  index: MetadataIndex;
  client: StripeClient;
  apiKey: string | undefined;
  stripeAccount: string | undefined;
  signal?: AbortSignal | undefined;
  loaderOptions?: LoaderOptions | undefined;
  trace: OperationTrace;
  /** Watches this operation's upstream requests (counts, debug logs). */
  observer?: UpstreamObserver | undefined;
}

export function createContext(options: ContextOptions): GatewayContext {
  const { index, trace } = options;
  if (!options.apiKey) return { index, stripe: null, trace };
  const credentials: StripeCredentials = { apiKey: options.apiKey, stripeAccount: options.stripeAccount };
  const client = options.observer ? options.client.observedBy(options.observer) : options.client;
  return {
    index,
    trace,
    stripe: {
      client,
      credentials,
      loaders: createLoaders(client, credentials, index.metadata, { ...options.loaderOptions, signal: options.signal, stats: trace.loads }),
      signal: options.signal,
    },
  };
}

export function requireStripe(ctx: GatewayContext): RequestStripe {
  if (!ctx.stripe) {
    // Worded without a key-shaped example: error messages pass through redaction, which would mangle it.
    throw new GraphQLError('No Stripe API key: put your secret key in the Authorization header of the request, or start the gateway with STRIPE_API_KEY', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  return ctx.stripe;
}
