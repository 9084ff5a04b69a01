/**
 * Issuing: cards embed their cardholder and, when physical, start with shipping `pending`; the
 * test helpers (`/v1/test_helpers/issuing/...`) move a card's shipping, an authorization and
 * its transactions, and a personalization design, as Stripe's test mode does.
 */

import { badState, invalidParam } from '../errors';
import { isPlainObject, type StripeObject } from '../model';
import type { StoredObject } from '../store';
import type { ActionHandler, Behaviour, BehaviourContext } from './types';
import { num, requireRef } from './util';

// ---------------------------------------------------------------- cards and shipping

/**
 * The shipping status a card-shipping test helper leaves, or undefined when the card's current
 * status does not allow it. Ours: Stripe documents the target of each helper, not the order; a
 * final state (delivered to failure, returned, canceled) is not left again.
 */
export function nextShippingStatus(helper: string, current: string | null): string | undefined {
  const from: Record<string, { to: string; from: readonly string[] }> = {
    submit: { to: 'submitted', from: ['pending'] },
    ship: { to: 'shipped', from: ['pending', 'submitted'] },
    deliver: { to: 'delivered', from: ['shipped'] },
    return: { to: 'returned', from: ['shipped', 'delivered'] },
    fail: { to: 'failure', from: ['pending', 'submitted', 'shipped'] },
  };
  const rule = from[helper];
  return rule !== undefined && current !== null && rule.from.includes(current) ? rule.to : undefined;
}

function shippingHelper(helper: string): ActionHandler {
  return (ctx, target) => {
    const card = target!;
    const shipping = card.data.shipping;
    if (card.data.type !== 'physical' || !isPlainObject(shipping)) {
      throw badState(`The card ${String(card.data.id)} is not a physical card, so it has no shipping to update.`);
    }
    const current = typeof shipping.status === 'string' ? shipping.status : null;
    const next = nextShippingStatus(helper, current);
    if (next === undefined)
      throw badState(`The card's shipping status is ${String(current)}; it cannot be moved to ${helper} from there.`, undefined, 'invalid_state');
    shipping.status = next;
    if (next === 'shipped') shipping.shipped_at = ctx.now();
    if (next === 'delivered') shipping.delivered_at = ctx.now();
    return card;
  };
}

export const issuing_card: Behaviour = {
  beforeCreate(ctx, obj, params) {
    // Stripe embeds the whole cardholder in a card. (The request check has made `cardholder`
    // required on the API; only the generic demo data makes a card without one.)
    if (params.cardholder !== undefined) obj.cardholder = structuredClone(requireRef(ctx, 'issuing.cardholder', params.cardholder, 'cardholder').data);
    if (obj.type === 'physical' && isPlainObject(obj.shipping)) obj.shipping.status = 'pending';
  },
  actions: {
    submit: shippingHelper('submit'),
    ship: shippingHelper('ship'),
    deliver: shippingHelper('deliver'),
    return: shippingHelper('return'),
    fail: shippingHelper('fail'),
  },
};

// ---------------------------------------------------------------- authorizations

function pendingAuthorization(target: StoredObject | undefined, helper: string): StoredObject {
  const auth = target!;
  if (auth.data.status !== 'pending') {
    throw badState(`This authorization is ${String(auth.data.status)}; only a pending authorization can be used with ${helper}.`, undefined, 'invalid_state');
  }
  return auth;
}

/** Sets `amount` and, in the same currency, `merchant_amount`. */
function setAmount(auth: StripeObject, amount: number): void {
  auth.amount = amount;
  if (auth.merchant_currency === auth.currency) auth.merchant_amount = amount;
}

function positive(value: unknown, param: string, fallback?: number): number {
  const amount = value === undefined ? fallback : num(value, NaN);
  if (amount === undefined || !Number.isInteger(amount) || amount <= 0) throw invalidParam(param, `Invalid ${param}: must be a positive integer.`);
  return amount;
}

/** An Issuing transaction on a card, as the network would clear it: captures spend (negative), refunds return (positive). */
function issuingTransaction(
  ctx: BehaviourContext,
  card: StripeObject,
  kind: 'capture' | 'refund',
  amount: number,
  currency: unknown,
  authorization: string | null,
  extra: Record<string, unknown> = {},
): StoredObject {
  const signed = kind === 'capture' ? -amount : amount;
  const cardholder = isPlainObject(card.cardholder) ? card.cardholder.id : null;
  return ctx.create(ctx.typeFor('issuing.transaction'), {
    ...extra,
    type: kind,
    amount: signed,
    merchant_amount: signed,
    currency: typeof currency === 'string' ? currency : card.currency,
    merchant_currency: typeof currency === 'string' ? currency : card.currency,
    card: card.id,
    cardholder,
    authorization,
  });
}

export const issuing_authorization: Behaviour = {
  beforeCreate(ctx, obj, params) {
    // The test helper requires `card` (checked before any behaviour); the demo data's generic authorization has none.
    if (params.card === undefined) return;
    const card = requireRef(ctx, 'issuing.card', params.card, 'card').data;
    obj.card = structuredClone(card);
    obj.cardholder = isPlainObject(card.cardholder) ? card.cardholder.id : null;
    const amount = num(params.amount, num(params.merchant_amount));
    obj.amount = amount;
    obj.merchant_amount = num(params.merchant_amount, amount);
    obj.currency = typeof params.currency === 'string' ? params.currency : card.currency;
    obj.merchant_currency = typeof params.merchant_currency === 'string' ? params.merchant_currency : obj.currency;
    // A card that is not active declines: the authorization is closed at once, not approved.
    obj.approved = card.status === 'active';
    obj.status = obj.approved ? 'pending' : 'closed';
  },
  actions: {
    capture(ctx, target, params) {
      const auth = pendingAuthorization(target, 'capture');
      const amount = positive(params.capture_amount, 'capture_amount', num(auth.data.amount));
      const txn = issuingTransaction(
        ctx,
        auth.data.card as StripeObject,
        'capture',
        amount,
        auth.data.currency,
        String(auth.data.id),
        params.purchase_details === undefined ? {} : { purchase_details: params.purchase_details },
      );
      (auth.data.transactions as unknown[]).push(structuredClone(txn.data));
      if (params.close_authorization !== false) auth.data.status = 'closed';
      return auth;
    },
    expire(_ctx, target) {
      const auth = pendingAuthorization(target, 'expire');
      auth.data.status = 'expired';
      return auth;
    },
    increment(_ctx, target, params) {
      const auth = pendingAuthorization(target, 'increment');
      setAmount(auth.data, num(auth.data.amount) + positive(params.increment_amount, 'increment_amount'));
      return auth;
    },
    reverse(_ctx, target, params) {
      const auth = pendingAuthorization(target, 'reverse');
      const held = num(auth.data.amount);
      const amount = positive(params.reverse_amount, 'reverse_amount', held);
      if (amount > held) throw invalidParam('reverse_amount', `reverse_amount (${amount}) is greater than the authorized amount (${held}).`);
      setAmount(auth.data, held - amount);
      if (held === amount) auth.data.status = 'reversed';
      return auth;
    },
    finalize_amount(_ctx, target, params) {
      const auth = pendingAuthorization(target, 'finalize_amount');
      setAmount(auth.data, num(params.final_amount));
      return auth;
    },
    respond(_ctx, target, params) {
      const auth = pendingAuthorization(target, 'respond');
      const confirmed = params.confirmed === true;
      auth.data.verified_by_fraud_challenge = confirmed;
      if (!confirmed) {
        auth.data.approved = false;
        auth.data.status = 'closed';
      }
      return auth;
    },
  },
};

// ---------------------------------------------------------------- transactions

const FORCE_CAPTURE = '/v1/test_helpers/issuing/transactions/create_force_capture';
const UNLINKED_REFUND = '/v1/test_helpers/issuing/transactions/create_unlinked_refund';

export const issuing_transaction: Behaviour = {
  beforeCreate(ctx, obj, params) {
    if (ctx.route !== FORCE_CAPTURE && ctx.route !== UNLINKED_REFUND) return;
    // A capture or refund the network sends with no authorization before it.
    const card = requireRef(ctx, 'issuing.card', params.card, 'card').data;
    const amount = positive(params.amount, 'amount');
    const signed = ctx.route === FORCE_CAPTURE ? -amount : amount;
    obj.type = ctx.route === FORCE_CAPTURE ? 'capture' : 'refund';
    obj.amount = signed;
    obj.merchant_amount = signed;
    obj.currency = typeof params.currency === 'string' ? params.currency : card.currency;
    obj.merchant_currency = obj.currency;
    obj.cardholder = isPlainObject(card.cardholder) ? card.cardholder.id : null;
    obj.authorization = null;
  },
  actions: {
    /** Answers the new refund transaction, linked to the captured one's authorization. */
    refund(ctx, target, params) {
      const captured = target!;
      if (captured.data.type !== 'capture') throw badState('Only a capture transaction can be refunded.', undefined, 'invalid_state');
      const spent = -num(captured.data.amount);
      const amount = positive(params.refund_amount, 'refund_amount', spent);
      if (amount > spent) throw invalidParam('refund_amount', `refund_amount (${amount}) is greater than the captured amount (${spent}).`);
      const card = requireRef(ctx, 'issuing.card', captured.data.card, 'card').data;
      const auth = captured.data.authorization;
      return issuingTransaction(ctx, card, 'refund', amount, captured.data.currency, typeof auth === 'string' ? auth : null);
    },
  },
};

// ---------------------------------------------------------------- personalization designs

function designStatus(status: 'active' | 'inactive'): ActionHandler {
  return (_ctx, target) => {
    target!.data.status = status;
    return target!;
  };
}

export const issuing_personalization_design: Behaviour = {
  actions: {
    activate: designStatus('active'),
    deactivate: designStatus('inactive'),
    reject(ctx, target, params) {
      const design = target!;
      design.data.status = 'rejected';
      ctx.model.merge(design.typeName, design.data, { rejection_reasons: params.rejection_reasons }, ctx.now());
      return design;
    },
  },
};
