/**
 * Webhook endpoints: made `enabled` with a signing secret (`whsec_...`) the emulator signs
 * their events with; `disabled=true` stops deliveries, `disabled=false` resumes them.
 */
import { pseudoRandom } from '../store';
import type { Behaviour } from './types';

export const webhook_endpoint: Behaviour = {
  beforeCreate(_ctx, obj) {
    obj.status = 'enabled';
    // Drawn from the id, not the store's counter, so adding endpoints shifts no other id.
    obj.secret = `whsec_${pseudoRandom(`webhook-secret:${String(obj.id)}`, 1, 32)}`;
  },
  afterUpdate(_ctx, stored, params) {
    if (params.disabled === true) stored.data.status = 'disabled';
    else if (params.disabled === false) stored.data.status = 'enabled';
  },
};
