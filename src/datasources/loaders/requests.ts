/**
 * The requests to Stripe behind the loaders, the same for both implementations: which endpoint
 * answers a load, with which path, parameters, account and preview version. Validation of what
 * the caller asked for (an unknown type, a nested object without its parent, an id that would
 * change the path) happens here, before any request.
 */
import type { EndpointMeta, ResourceMeta, RestMetadata } from '../../metadata/types';
import type { StripeClient, StripeCredentials } from '../client';
import type { Params } from '../encoding';
import { DataSourceUsageError, UpstreamProtocolError } from '../errors';
import {
  asStripeObject,
  checkId,
  expandParams,
  fillPath,
  resourceForObject,
  retrieveEndpointFor,
  singletonEndpointFor,
  type StripeList,
  type StripeObject,
} from '../objects';
import type { LoadContext } from './contract';

/** One object's identity within its type: its id, and its parent's for nested resources. */
export interface ObjectKey {
  id: string;
  parentId?: string | undefined;
}

/** A resource's retrieve-by-id endpoint, with its id parameter known to be there. */
type RetrieveEndpoint = EndpointMeta & { idParam: string };

export class LoaderRequests {
  constructor(
    private readonly client: StripeClient,
    private readonly credentials: StripeCredentials,
    readonly metadata: RestMetadata,
    private readonly signal: AbortSignal | undefined,
    readonly stats: { loads: number; fetches: number },
  ) {}

  /** The connected account a load acts for: the context's, else the request's ('' is none). */
  accountOf(ctx: LoadContext | undefined): string | undefined {
    const account = ctx?.stripeAccount ?? this.credentials.stripeAccount;
    return account === '' ? undefined : account;
  }

  resourceNamed(typeName: string): ResourceMeta {
    const resource = this.metadata.resources[typeName];
    if (!resource) throw new DataSourceUsageError(`No Stripe resource named ${typeName} in the metadata`);
    return resource;
  }

  /** The resource a primed object belongs to, when it can be loaded by id (else priming it is pointless). */
  loadableResourceOf(object: string): ResourceMeta | undefined {
    const resource = resourceForObject(this.metadata, object);
    return resource && retrieveEndpointFor(resource) ? resource : undefined;
  }

  /** Fails on a type that cannot be retrieved by id: at the load, not inside a batch. */
  retrieveEndpoint(typeName: string): RetrieveEndpoint {
    const endpoint = retrieveEndpointFor(this.resourceNamed(typeName));
    if (!endpoint || endpoint.idParam === undefined) {
      throw new DataSourceUsageError(`${typeName} has no retrieve-by-id endpoint in the metadata`);
    }
    return endpoint as RetrieveEndpoint;
  }

  /** The key of a load, checked: a valid id, and the parent's id for a nested resource. */
  keyFor(typeName: string, id: string, ctx: LoadContext | undefined): ObjectKey {
    checkId(id, `${typeName} id`);
    const resource = this.resourceNamed(typeName);
    if (!resource.parent) return { id };
    const parentId = ctx?.parentId;
    if (parentId === undefined) {
      throw new DataSourceUsageError(`Loading ${typeName} ${id} needs ctx.parentId (the ${resource.parent.typeName} id)`);
    }
    checkId(parentId, `${resource.parent.typeName} id`);
    return { id, parentId };
  }

  /** One object straight from Stripe. */
  async object(typeName: string, key: ObjectKey, account: string | undefined, expand: readonly string[]): Promise<StripeObject> {
    const endpoint = this.retrieveEndpoint(typeName);
    const resource = this.resourceNamed(typeName);
    this.stats.fetches += 1;
    const values: Record<string, string | undefined> = { [endpoint.idParam]: key.id };
    if (resource.parent) {
      if (key.parentId === undefined) {
        throw new DataSourceUsageError(`Loading ${typeName} ${key.id} needs the id of its ${resource.parent.typeName}`);
      }
      values[resource.parent.pathParam] = key.parentId;
    }
    const result = await this.get(endpoint, fillPath(endpoint.path, values), expandParams(expand), account);
    return asStripeObject(result, `${endpoint.method} ${endpoint.path}`);
  }

  /** A singleton (`/v1/account`): a retrieve endpoint without an id. */
  async singleton(typeName: string, account: string | undefined, expand: readonly string[]): Promise<StripeObject> {
    const endpoint = singletonEndpointFor(this.resourceNamed(typeName));
    if (!endpoint) throw new DataSourceUsageError(`${typeName} has no singleton retrieve endpoint in the metadata`);
    const result = await this.get(endpoint, endpoint.path, expandParams(expand), account);
    return asStripeObject(result, `GET ${endpoint.path}`, false);
  }

  /** One list page; item expansions are written from the list (`data.<path>`). */
  async page<T>(endpoint: EndpointMeta, path: string, params: Params, account: string | undefined, itemExpand: readonly string[]): Promise<StripeList<T>> {
    const withExpand = itemExpand.length === 0 ? params : { ...params, expand: itemExpand.map((p) => `data.${p}`) };
    const page = await this.get<Partial<StripeList<T>> | null>(endpoint, path, withExpand, account);
    if (!page || !Array.isArray(page.data)) throw new UpstreamProtocolError(`GET ${endpoint.path} did not answer with a list`);
    return page as StripeList<T>;
  }

  private get<T = unknown>(endpoint: EndpointMeta, path: string, params: Params | undefined, account: string | undefined): Promise<T> {
    return this.client.request<T>({
      method: 'GET',
      path,
      params,
      credentials: { ...this.credentials, stripeAccount: account },
      signal: this.signal,
      previewVersion: endpoint.previewVersion,
    });
  }
}
