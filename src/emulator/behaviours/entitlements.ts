/**
 * Product features: attaching a feature to a product embeds the whole `entitlements.feature`
 * (Stripe answers the object, not its id), which must exist.
 */

import type { Behaviour } from './types';
import { requireRef } from './util';

export const product_feature: Behaviour = {
  beforeCreate(ctx, obj, params) {
    // The request check has made `entitlement_feature` required on the API; only the generic demo data omits it.
    if (params.entitlement_feature === undefined) return;
    obj.entitlement_feature = structuredClone(requireRef(ctx, 'entitlements.feature', params.entitlement_feature, 'entitlement_feature').data);
  },
};
