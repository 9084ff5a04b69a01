/**
 * Mutation fields: POST or DELETE. A POST carries the caller's idempotency key (or a new one) in
 * the caller's namespace, and that key goes back to the client in extensions, with the result or
 * the error. Stripe expands a POST's answer too, so the selection costs no second round trip.
 */
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { idempotencyKeyFor, MAX_CLIENT_KEY_LENGTH } from '../auth/idempotency';
import { requireStripe } from '../context';
import { StripeApiError, toGraphQLError } from '../datasources/errors';
import { fillPath } from '../datasources/objects';
import type { MetadataIndex } from '../metadata/load';
import type { EndpointMeta } from '../metadata/types';
import { badUserInput } from '../shared/errors';
import { pathArgName, pathValuesFromArgs, withExpand } from './arguments';
import { objectExpansions } from './expansion';
import { accountOf, adopt } from './loading';
import { inputPathFor, toStripeParams } from './params';
import { guarded, type Resolver } from './resolver';

export function mutationResolver(index: MetadataIndex, endpoint: EndpointMeta): Resolver {
  const isPost = endpoint.method === 'POST';
  return guarded(async (parent, args, ctx, info) => {
    const stripe = requireStripe(ctx);
    const account = accountOf(parent, stripe);
    const pathValues = pathValuesFromArgs(endpoint, args);
    const expand = isPost ? objectExpansions(index, info) : [];
    const clientKey = typeof args.idempotencyKey === 'string' ? args.idempotencyKey : undefined;
    if (clientKey !== undefined && clientKey.length > MAX_CLIENT_KEY_LENGTH)
      throw badUserInput(`idempotencyKey is at most ${MAX_CLIENT_KEY_LENGTH} characters`);
    const idempotencyKey = isPost ? idempotencyKeyFor(ctx.caller.sub, clientKey) : undefined;
    if (idempotencyKey) ctx.idempotencyKeys.set(responsePath(info.path), idempotencyKey);
    try {
      const result = await stripe.client.request({
        method: endpoint.method,
        path: fillPath(endpoint.path, pathValues),
        params: withExpand(toStripeParams(endpoint.params, args.input as Record<string, unknown> | undefined, index.metadata), expand),
        credentials: { ...stripe.credentials, stripeAccount: account },
        idempotencyKey,
        signal: stripe.signal,
        previewVersion: endpoint.previewVersion,
      });
      return adopt(stripe, result, account, expand);
    } catch (error) {
      throw mutationError(index, endpoint, error, idempotencyKey);
    }
  });
}

/** The error of a failed mutation, with the idempotency key it used and the input path Stripe's `param` names. */
function mutationError(index: MetadataIndex, endpoint: EndpointMeta, error: unknown, idempotencyKey: string | undefined): GraphQLError {
  const graphQLError = toGraphQLError(error);
  // Stripe's `param` as the path of the argument that carried it, for a form to mark the field.
  const param = error instanceof StripeApiError ? error.param : undefined;
  const inputPath = param ? inputPathFor(param, endpoint, index.metadata, (p) => pathArgName(endpoint, p)) : undefined;
  if (!idempotencyKey && !inputPath) return graphQLError;
  return new GraphQLError(graphQLError.message, {
    extensions: { ...graphQLError.extensions, ...(inputPath ? { inputPath } : {}), ...(idempotencyKey ? { idempotencyKey } : {}) },
  });
}

/** `asConnectedAccount.createCustomer`: the response keys from the root down. */
function responsePath(path: GraphQLResolveInfo['path']): string {
  const keys: Array<string | number> = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = path; p; p = p.prev) keys.unshift(p.key);
  return keys.join('.');
}
