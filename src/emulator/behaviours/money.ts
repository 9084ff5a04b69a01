/**
 * Money that moves back: transfer reversals (never more than the transfer has left) and
 * application fee refunds (never more than the fee has left). Each updates its parent's
 * running total and `reversed`/`refunded` flag.
 */

import { badState, invalidParam } from '../errors';
import type { StripeObject } from '../model';
import type { Params } from '../params';
import type { Behaviour } from './types';
import { num, requireParent, requireRef } from './util';

/** The amount to take back: the param, or everything left; refused past what is left. */
function amountToReturn(params: Params, total: number, alreadyReturned: number, noun: string): number {
  const left = total - alreadyReturned;
  if (params.amount === undefined || params.amount === null) {
    if (left <= 0) throw badState(`This ${noun} has already been fully returned.`, 'amount');
    return left;
  }
  const amount = num(params.amount, NaN);
  if (!Number.isInteger(amount) || amount <= 0) throw invalidParam('amount', 'Invalid amount: must be a positive integer.');
  if (amount > left) {
    throw invalidParam('amount', `Amount (${amount}) is greater than the amount left on the ${noun} (${left}).`, 'amount_too_large');
  }
  return amount;
}

function applyReturn(parent: StripeObject, child: StripeObject, amount: number, runningKey: string, flagKey: string): void {
  child.amount = amount;
  child.currency = parent.currency ?? child.currency;
  const running = num(parent[runningKey]) + amount;
  parent[runningKey] = running;
  parent[flagKey] = running >= num(parent.amount);
}

export const transfer: Behaviour = {
  beforeCreate(ctx, obj, params) {
    if (typeof params.destination === 'string') requireRef(ctx, 'account', params.destination, 'destination');
    obj.amount_reversed = 0;
    obj.reversed = false;
  },
};

export const transfer_reversal: Behaviour = {
  beforeCreate(ctx, obj, params, parents) {
    const parent = requireParent(ctx, 'transfer', parents);
    const amount = amountToReturn(params, num(parent.data.amount), num(parent.data.amount_reversed), 'transfer');
    obj.transfer = parent.data.id;
    applyReturn(parent.data, obj, amount, 'amount_reversed', 'reversed');
  },
};

export const application_fee: Behaviour = {
  beforeCreate(_ctx, obj) {
    obj.amount_refunded = 0;
    obj.refunded = false;
  },
};

export const fee_refund: Behaviour = {
  beforeCreate(ctx, obj, params, parents) {
    const parent = requireParent(ctx, 'application_fee', parents);
    const amount = amountToReturn(params, num(parent.data.amount), num(parent.data.amount_refunded), 'application fee');
    obj.fee = parent.data.id;
    applyReturn(parent.data, obj, amount, 'amount_refunded', 'refunded');
  },
};
