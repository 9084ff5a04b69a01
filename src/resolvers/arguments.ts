/**
 * Path arguments of an endpoint's field: which argument carries each path parameter, and the
 * path values they give (an own id may be a global id).
 */
import type { Params } from '../datasources/encoding';
import { decodeGlobalId } from '../metadata/global-id';
import { fieldName } from '../metadata/naming';
import type { EndpointMeta } from '../metadata/types';
import { badUserInput } from '../shared/errors';
import { quoteId } from './resolver';

/** The argument of a path parameter: `id` for the object's own, else the parameter's GraphQL name. */
export function pathArgName(endpoint: EndpointMeta, param: string): string {
  return param === endpoint.idParam ? 'id' : fieldName(param);
}

/**
 * Path values from the arguments. An object's own id may be given as its global id
 * (`Capability.id`); one whose parent is not the parent argument is refused, never quietly read
 * under the other parent.
 */
export function pathValuesFromArgs(endpoint: EndpointMeta, args: Record<string, unknown>): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = Object.fromEntries(
    endpoint.pathParams.map((p) => [p, args[pathArgName(endpoint, p)] as string | undefined]),
  );
  const own = endpoint.idParam ? values[endpoint.idParam] : undefined;
  const global = own !== undefined ? decodeGlobalId(own) : undefined;
  if (!global || !endpoint.idParam) return values;
  const parents = endpoint.pathParams.filter((p) => p !== endpoint.idParam).map((p) => values[p]);
  if (parents.length > 0 && !parents.includes(global.parentId)) {
    throw badUserInput(`The global id ${quoteId(own!)} belongs to ${global.parentId}, not to ${parents.join(', ')}`);
  }
  return { ...values, [endpoint.idParam]: global.stripeId };
}

/** Parameters with `expand[]` added when there are expansions. */
export function withExpand(params: Params, expand: readonly string[]): Params {
  return expand.length > 0 ? { ...params, expand: [...expand] } : params;
}
