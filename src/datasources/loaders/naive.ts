/**
 * The naive baseline (GATEWAY_LOADERS=off): the same requests as the caching loaders, with no
 * cache, no deduplication and no priming, so every load is a request of its own. The benchmark
 * runs it beside the gateway to show what the loaders save; nothing else should.
 */
import type { EndpointMeta } from '../../metadata/types';
import type { Params } from '../encoding';
import { toError } from '../../shared/values';
import { canonicalExpand, type StripeList, type StripeObject } from '../objects';
import type { LoadContext, Loaders } from './contract';
import type { LoaderRequests } from './requests';

export class NaiveLoaders implements Loaders {
  readonly enabled = false;

  constructor(private readonly requests: LoaderRequests) {}

  load<T extends StripeObject>(typeName: string, id: string, ctx?: LoadContext): Promise<T> {
    try {
      this.requests.stats.loads += 1;
      const key = this.requests.keyFor(typeName, id, ctx);
      return this.requests.object(typeName, key, this.requests.accountOf(ctx), canonicalExpand(ctx?.expand)) as Promise<T>;
    } catch (error) {
      return Promise.reject(toError(error));
    }
  }

  loadSingleton<T extends StripeObject>(typeName: string, ctx?: LoadContext): Promise<T> {
    return this.requests.singleton(typeName, this.requests.accountOf(ctx), canonicalExpand(ctx?.expand)) as Promise<T>;
  }

  listPage<T extends StripeObject>(endpoint: EndpointMeta, path: string, params: Params, ctx?: LoadContext): Promise<StripeList<T>> {
    return this.requests.page<T>(endpoint, path, params, this.requests.accountOf(ctx), canonicalExpand(ctx?.expand));
  }

  prime(): number {
    return 0;
  }
}
