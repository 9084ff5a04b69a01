/**
 * Identity verification sessions: created `requires_input`; `cancel` only from
 * `requires_input`; `redact` clears what was verified and marks the session and its last
 * report redacted. Reports are stored objects that sessions point at.
 */

import { badState } from '../errors';
import type { Behaviour } from './types';
import { setIfPresent } from './util';

export const identity_verification_session: Behaviour = {
  beforeCreate(ctx, obj, params) {
    obj.status = typeof params.status === 'string' ? params.status : 'requires_input';
    obj.type ??= 'document';
    const id = String(obj.id);
    obj.client_secret = `${id}_secret_${ctx.store.token(24)}`;
    obj.url = obj.status === 'requires_input' ? `https://verify.stripe.com/start/${ctx.store.token(20)}` : null;
  },
  beforeUpdate(_ctx, stored) {
    // Stripe allows changes only before the user has submitted anything.
    if (stored.data.status !== 'requires_input') {
      throw badState(
        `This VerificationSession cannot be updated because it has a status of ${String(stored.data.status)}. Only sessions with status requires_input can be updated.`,
        undefined,
        'session_invalid_state',
      );
    }
  },
  actions: {
    cancel(_ctx, target) {
      if (target === undefined) throw badState('cancel needs a verification session.');
      if (target.data.status !== 'requires_input') {
        throw badState(
          `This VerificationSession cannot be canceled because it has a status of ${String(target.data.status)}. Only sessions with status requires_input can be canceled.`,
          undefined,
          'session_invalid_state',
        );
      }
      target.data.status = 'canceled';
      target.data.url = null;
      return target;
    },
    redact(ctx, target) {
      if (target === undefined) throw badState('redact needs a verification session.');
      if (target.data.status === 'processing') {
        throw badState('This VerificationSession cannot be redacted while it is processing.', undefined, 'session_invalid_state');
      }
      if (target.data.status === 'requires_input') target.data.status = 'canceled';
      target.data.redaction = { status: 'redacted' };
      target.data.verified_outputs = null;
      target.data.url = null;
      setIfPresent(target.data, 'provided_details', null);
      const reportId = target.data.last_verification_report;
      const report = typeof reportId === 'string' ? ctx.find('identity.verification_report', reportId) : undefined;
      if (report !== undefined) {
        for (const key of ['document', 'id_number', 'selfie', 'email', 'phone']) {
          if (report.data[key] !== null && report.data[key] !== undefined) report.data[key] = null;
        }
      }
      return target;
    },
  },
};
