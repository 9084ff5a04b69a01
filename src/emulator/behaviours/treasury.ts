/**
 * Treasury money movements: outbound transfers and payments and inbound transfers start
 * `processing` against an existing financial account, post a `treasury.transaction` and move
 * the account's balance; `cancel` only while processing, which voids the transaction and
 * restores the balance. Credit and debit reversals copy their source's money.
 */

import { badState, invalidParam } from '../errors';
import { isPlainObject } from '../model';
import type { StoredObject } from '../store';
import type { Behaviour, BehaviourContext } from './types';
import { num, requireRef, setIfPresent } from './util';

type Direction = 'in' | 'out';

/** Adds `delta` to `balance[bucket][currency]` of a financial account when it holds such maps. */
function moveBalance(account: StoredObject, bucket: 'cash' | 'inbound_pending' | 'outbound_pending', currency: string, delta: number): void {
  const balance = account.data.balance;
  if (!isPlainObject(balance)) return;
  const map = isPlainObject(balance[bucket]) ? balance[bucket] : {};
  map[currency] = num(map[currency]) + delta;
  balance[bucket] = map;
}

function movement(flowType: string, direction: Direction): Behaviour {
  return {
    beforeCreate(ctx, obj, params) {
      const account = requireRef(ctx, 'treasury.financial_account', params.financial_account, 'financial_account');
      const amount = num(params.amount, NaN);
      if (!Number.isInteger(amount) || amount <= 0) throw invalidParam('amount', 'Invalid amount: must be a positive integer.');
      if (account.data.status === 'closed') throw badState('This financial account is closed.', 'financial_account');
      obj.status = 'processing';
      setIfPresent(obj, 'cancelable', true);
      const currency = typeof obj.currency === 'string' && obj.currency !== '' ? obj.currency : 'usd';
      obj.currency = currency;
      const txn = ctx.create(ctx.typeFor('treasury.transaction'), {
        amount: direction === 'out' ? -amount : amount,
        currency,
        financial_account: account.data.id,
        description: typeof params.description === 'string' ? params.description : null,
        flow: obj.id,
        flow_type: flowType,
        status: 'open',
        balance_impact: direction === 'out' ? { cash: -amount, inbound_pending: 0, outbound_pending: amount } : { cash: 0, inbound_pending: amount, outbound_pending: 0 },
      });
      setIfPresent(obj, 'transaction', txn.data.id);
      if (direction === 'out') {
        moveBalance(account, 'cash', currency, -amount);
        moveBalance(account, 'outbound_pending', currency, amount);
      } else {
        moveBalance(account, 'inbound_pending', currency, amount);
      }
    },
    actions: {
      cancel(ctx, target) {
        if (target === undefined) throw badState('cancel needs an object.');
        if (target.data.status !== 'processing') {
          throw badState(`This ${flowType} cannot be canceled because its status is ${String(target.data.status)}.`, undefined, 'invalid_state');
        }
        target.data.status = 'canceled';
        setIfPresent(target.data, 'cancelable', false);
        voidTransaction(ctx, target, direction);
        return target;
      },
    },
  };
}

function voidTransaction(ctx: BehaviourContext, target: StoredObject, direction: Direction): void {
  const txnId = target.data.transaction;
  const txn = typeof txnId === 'string' ? ctx.find('treasury.transaction', txnId) : undefined;
  if (txn !== undefined) txn.data.status = 'void';
  const accountId = target.data.financial_account;
  const account = typeof accountId === 'string' ? ctx.find('treasury.financial_account', accountId) : undefined;
  if (account === undefined) return;
  const amount = num(target.data.amount);
  const currency = String(target.data.currency ?? 'usd');
  if (direction === 'out') {
    moveBalance(account, 'cash', currency, amount);
    moveBalance(account, 'outbound_pending', currency, -amount);
  } else {
    moveBalance(account, 'inbound_pending', currency, -amount);
  }
}

function reversal(sourceObject: string, param: string): Behaviour {
  return {
    beforeCreate(ctx, obj, params) {
      const source = requireRef(ctx, sourceObject, params[param], param);
      obj.amount = source.data.amount;
      obj.currency = source.data.currency;
      obj.financial_account = source.data.financial_account;
      obj.status = 'processing';
      obj[param] = source.data.id;
    },
  };
}

export const treasury_outbound_transfer = movement('outbound_transfer', 'out');
export const treasury_outbound_payment = movement('outbound_payment', 'out');
export const treasury_inbound_transfer = movement('inbound_transfer', 'in');
export const treasury_credit_reversal = reversal('treasury.received_credit', 'received_credit');
export const treasury_debit_reversal = reversal('treasury.received_debit', 'received_debit');

export const treasury_financial_account: Behaviour = {
  beforeCreate(_ctx, obj) {
    obj.status = 'open';
    if (!isPlainObject(obj.balance)) obj.balance = {};
    const balance = obj.balance as Record<string, unknown>;
    for (const bucket of ['cash', 'inbound_pending', 'outbound_pending']) {
      if (!isPlainObject(balance[bucket])) balance[bucket] = { usd: 0 };
    }
  },
  actions: {
    close(_ctx, target) {
      if (target === undefined) throw badState('close needs a financial account.');
      if (target.data.status === 'closed') throw badState('This financial account is already closed.');
      target.data.status = 'closed';
      return target;
    },
  },
};
