/**
 * The per-request context: who is calling Stripe (from the request's bearer key, or the
 * gateway's own), for which connected account, and this request's loaders. Built fresh for
 * every GraphQL request, so nothing cached is ever shared between requests or keys.
 */
import { GraphQLError } from 'graphql';
import type { StripeClient, StripeCredentials } from './datasources/client';
import { createLoaders, type LoaderOptions, type Loaders } from './datasources/loaders';
import type { MetadataIndex } from './metadata/load';
import type { OperationTrace } from './observability/operation';
import type { UpstreamObserver } from './datasources/client';
import type { Caller } from './auth/caller';

export interface RequestStripe {
  readonly client: StripeClient;
  readonly credentials: StripeCredentials;
  readonly loaders: Loaders;
  /** Identical list requests in one GraphQL request share one upstream call; null when loaders are off (the naive baseline). */
  readonly signal: AbortSignal | undefined;
}

export interface GatewayContext {
  readonly index: MetadataIndex;
  /** Who is calling (src/auth/); authorization reads it before execution. */
  readonly caller: Caller;
  /** The request's `Stripe-Account` header, which authorization checks against the caller. */
  readonly requestedAccount: string | undefined;
  /** Idempotency keys sent to Stripe, by the response key of their mutation field. */
  readonly idempotencyKeys: Map<string, string>;
  /** Null when neither the request nor the gateway has a key: any Stripe call is UNAUTHENTICATED. */
  readonly stripe: RequestStripe | null;
  /** What is recorded about this operation for its access log line and metrics. */
  readonly trace: OperationTrace;
}

export interface ContextOptions {
  index: MetadataIndex;
  client: StripeClient;
  caller: Caller;
  /** The gateway's own key; used only for callers that did not bring a key of their own. */
  gatewayKey: string | undefined;
  /** The request's `Stripe-Account` header. */
  stripeAccount: string | undefined;
  signal?: AbortSignal | undefined;
  loaderOptions?: LoaderOptions | undefined;
  trace: OperationTrace;
  /** Watches this operation's upstream requests (counts, debug logs). */
  observer?: UpstreamObserver | undefined;
}

export function createContext(options: ContextOptions): GatewayContext {
  const { caller, index, trace } = options;
  const who = { index, caller, requestedAccount: options.stripeAccount, idempotencyKeys: new Map<string, string>(), trace };
  const apiKey = caller.ownKey ?? options.gatewayKey;
  if (!apiKey) return { ...who, stripe: null };
  // A connected-account caller always acts as its own account, whatever the request says.
  const credentials: StripeCredentials = { apiKey, stripeAccount: caller.stripeAccount ?? options.stripeAccount, caller: caller.sub };
  const client = options.observer ? options.client.observedBy(options.observer) : options.client;
  return {
    ...who,
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
