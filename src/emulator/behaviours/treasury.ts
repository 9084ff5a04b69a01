/**
 * Treasury money movements: outbound transfers and payments and inbound transfers start
 * `processing` against an existing financial account, post a `treasury.transaction` and move
 * the account's balance; `cancel` only while processing, which voids the transaction and
 * restores the balance. Credit and debit reversals copy their source's money. The test helpers
 * (`/v1/test_helpers/treasury/...`) finish a movement as the bank would: post, fail or return an
 * outbound one, succeed, fail or return an inbound one, and receive credits and debits.
 */

import { badState, invalidParam } from '../errors';
import { isPlainObject, type StripeObject } from '../model';
import type { StoredObject } from '../store';
import type { ActionHandler, Behaviour, BehaviourContext } from './types';
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
  // The test helpers that move it along (post, fail, return, succeed), beside the real cancel.
  const helpers = direction === 'out' ? outboundHelpers(flowType) : inboundHelpers();
  return {
    ...helpers,
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
        balance_impact:
          direction === 'out' ? { cash: -amount, inbound_pending: 0, outbound_pending: amount } : { cash: 0, inbound_pending: amount, outbound_pending: 0 },
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
      ...helpers.actions,
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
  settleTransaction(ctx, target, 'void');
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

// ---------------------------------------------------------------- test helpers

type Transition = 'posted_at' | 'failed_at' | 'returned_at' | 'succeeded_at';

/** The movement, when its status is one of `from`; else Stripe's kind of 400. */
function inState(target: StoredObject | undefined, from: readonly string[], helper: string): StoredObject {
  const flow = target!;
  if (!from.includes(String(flow.data.status))) {
    throw badState(
      `This ${String(flow.data.object).replace('treasury.', '')} is ${String(flow.data.status)}; ${helper} needs it ${from.join(' or ')}.`,
      undefined,
      'invalid_state',
    );
  }
  return flow;
}

function moved(ctx: BehaviourContext, flow: StoredObject, status: string, transition: Transition): void {
  flow.data.status = status;
  setIfPresent(flow.data, 'cancelable', false);
  const transitions = flow.data.status_transitions;
  if (isPlainObject(transitions)) transitions[transition] = ctx.now();
}

/** Posts or voids the movement's transaction. */
function settleTransaction(ctx: BehaviourContext, flow: StoredObject, status: 'posted' | 'void'): void {
  const txnId = flow.data.transaction;
  const txn = typeof txnId === 'string' ? ctx.find('treasury.transaction', txnId) : undefined;
  if (txn === undefined) return;
  txn.data.status = status;
  const transitions = txn.data.status_transitions;
  if (isPlainObject(transitions)) transitions[status === 'posted' ? 'posted_at' : 'void_at'] = ctx.now();
}

function financialAccountOf(ctx: BehaviourContext, flow: StoredObject): StoredObject | undefined {
  const id = flow.data.financial_account;
  return typeof id === 'string' ? ctx.find('treasury.financial_account', id) : undefined;
}

/** A posted transaction of `amount` (signed) on the flow's account, moving its cash. */
function postedTransaction(ctx: BehaviourContext, account: StoredObject, flow: StripeObject, flowType: string, amount: number): StoredObject {
  const currency = String(flow.currency ?? 'usd');
  moveBalance(account, 'cash', currency, amount);
  return ctx.create(ctx.typeFor('treasury.transaction'), {
    amount,
    currency,
    financial_account: account.data.id,
    description: typeof flow.description === 'string' ? flow.description : null,
    flow: flow.id,
    flow_type: flowType,
    status: 'posted',
    status_transitions: { posted_at: ctx.now() },
    balance_impact: { cash: amount, inbound_pending: 0, outbound_pending: 0 },
  });
}

/** Outbound transfers and payments leave `processing` for `posted`, `failed` or `returned`. */
function outboundHelpers(flowType: string): Pick<Behaviour, 'beforeUpdate'> & { actions: Record<string, ActionHandler> } {
  const settle = (ctx: BehaviourContext, flow: StoredObject): void => {
    settleTransaction(ctx, flow, 'posted');
    const account = financialAccountOf(ctx, flow);
    if (account !== undefined) moveBalance(account, 'outbound_pending', String(flow.data.currency ?? 'usd'), -num(flow.data.amount));
  };
  return {
    // The test helper's update (tracking details): "must not be cancelable, and cannot be canceled or failed".
    beforeUpdate(_ctx, stored) {
      if (stored.data.cancelable === true || stored.data.status === 'canceled' || stored.data.status === 'failed') {
        throw badState(
          `Tracking details can be set only once this ${flowType.replace('_', ' ')} is no longer cancelable, canceled or failed.`,
          undefined,
          'invalid_state',
        );
      }
    },
    actions: {
      post(ctx, target) {
        const flow = inState(target, ['processing'], 'post');
        settle(ctx, flow);
        moved(ctx, flow, 'posted', 'posted_at');
        return flow;
      },
      fail(ctx, target) {
        const flow = inState(target, ['processing'], 'fail');
        voidTransaction(ctx, flow, 'out');
        moved(ctx, flow, 'failed', 'failed_at');
        return flow;
      },
      // Stripe's docs ask for `processing`; a posted one may come back too, as real returns do.
      return(ctx, target, params) {
        const flow = inState(target, ['processing', 'posted'], 'return');
        if (flow.data.status === 'processing') settle(ctx, flow);
        const account = financialAccountOf(ctx, flow);
        const refund = account === undefined ? undefined : postedTransaction(ctx, account, flow.data, flowType, num(flow.data.amount));
        const details = isPlainObject(params.returned_details) ? params.returned_details : {};
        flow.data.returned_details = { code: typeof details.code === 'string' ? details.code : 'declined', transaction: refund?.data.id ?? null };
        moved(ctx, flow, 'returned', 'returned_at');
        return flow;
      },
    },
  };
}

/** Inbound transfers leave `processing` for `succeeded` or `failed`; a succeeded one can be returned. */
function inboundHelpers(): { actions: Record<string, ActionHandler> } {
  return {
    actions: {
      succeed(ctx, target) {
        const flow = inState(target, ['processing'], 'succeed');
        settleTransaction(ctx, flow, 'posted');
        const account = financialAccountOf(ctx, flow);
        const currency = String(flow.data.currency ?? 'usd');
        if (account !== undefined) {
          moveBalance(account, 'inbound_pending', currency, -num(flow.data.amount));
          moveBalance(account, 'cash', currency, num(flow.data.amount));
        }
        moved(ctx, flow, 'succeeded', 'succeeded_at');
        return flow;
      },
      fail(ctx, target, params) {
        const flow = inState(target, ['processing'], 'fail');
        voidTransaction(ctx, flow, 'in');
        const details = isPlainObject(params.failure_details) ? params.failure_details : {};
        flow.data.failure_details = { code: typeof details.code === 'string' ? details.code : 'other' };
        moved(ctx, flow, 'failed', 'failed_at');
        return flow;
      },
      /** Stays `succeeded`, marked `returned`, linked to the received debit that takes the money back. */
      return(ctx, target) {
        const flow = inState(target, ['succeeded'], 'return');
        const debit = ctx.create(ctx.typeFor('treasury.received_debit'), {
          amount: flow.data.amount,
          currency: flow.data.currency,
          financial_account: flow.data.financial_account,
          network: 'ach',
          description: `Return of ${String(flow.data.id)}`,
          linked_flows: { inbound_transfer: flow.data.id },
        });
        receive(ctx, debit, 'received_debit', -1);
        flow.data.returned = true;
        if (isPlainObject(flow.data.linked_flows)) flow.data.linked_flows.received_debit = debit.data.id;
        return flow;
      },
    },
  };
}

const RECEIVED_CREDITS = '/v1/test_helpers/treasury/received_credits';
const RECEIVED_DEBITS = '/v1/test_helpers/treasury/received_debits';

/**
 * Money another party sent (a credit) or pulled (a debit): `succeeded` with a posted transaction
 * moving the account's cash, or a debit larger than the cash `failed` with `insufficient_funds`.
 */
function receive(ctx: BehaviourContext, stored: StoredObject, flowType: string, sign: 1 | -1): void {
  const account = financialAccountOf(ctx, stored);
  if (account === undefined) return;
  const amount = num(stored.data.amount);
  const currency = String(stored.data.currency ?? 'usd');
  const cash = isPlainObject(account.data.balance) && isPlainObject(account.data.balance.cash) ? num(account.data.balance.cash[currency]) : 0;
  if (sign < 0 && cash < amount) {
    stored.data.status = 'failed';
    stored.data.failure_code = 'insufficient_funds';
    return;
  }
  stored.data.status = 'succeeded';
  stored.data.transaction = postedTransaction(ctx, account, stored.data, flowType, sign * amount).data.id;
}

function received(route: string, flowType: string, sign: 1 | -1): Behaviour {
  return {
    beforeCreate(ctx, _obj, params) {
      if (ctx.route !== route) return;
      const account = requireRef(ctx, 'treasury.financial_account', params.financial_account, 'financial_account');
      if (account.data.status === 'closed') throw badState('This financial account is closed.', 'financial_account');
    },
    afterCreate(ctx, stored) {
      if (ctx.route === route) receive(ctx, stored, flowType, sign);
    },
  };
}

export const treasury_received_credit = received(RECEIVED_CREDITS, 'received_credit', 1);
export const treasury_received_debit = received(RECEIVED_DEBITS, 'received_debit', -1);
