/**
 * A Stripe object exactly as the REST API sent it (snake_case fields). Resolvers receive these
 * as parents; GraphQL names are mapped back to Stripe names through the generated metadata.
 */
export type RawStripeObject = Record<string, unknown>;
