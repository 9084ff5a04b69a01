/** Facts about an endpoint that follow from the metadata alone, shared by the gateway and the emulator. */
import type { EndpointMeta, RestMetadata } from './types';

/**
 * Whether a list endpoint pages with `limit` and cursors (its parameters extend Stripe's
 * pagination parameters). Some lists do not (an account's capabilities, report types): Stripe
 * answers them whole and refuses `limit` on them.
 */
export function isPaginated(metadata: RestMetadata, endpoint: EndpointMeta): boolean {
  const input = endpoint.params === undefined ? undefined : metadata.inputs[endpoint.params];
  return input?.fields.some((f) => f.stripe === 'limit') === true;
}
