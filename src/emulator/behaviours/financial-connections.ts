/**
 * Financial Connections accounts: disconnect, refresh of balance / ownership / transactions,
 * and transaction subscriptions. Owners (listed under the account, filtered by `ownership`)
 * and transactions (filtered by `account`) need nothing beyond the generic engine.
 */

import { badState, invalidParam } from '../errors';
import type { StripeObject } from '../model';
import type { StoredObject } from '../store';
import type { Behaviour, BehaviourContext } from './types';
import { setIfPresent } from './util';

const FEATURES = ['balance', 'ownership', 'transactions'];

function features(value: unknown, allowed: readonly string[]): string[] {
  if (!Array.isArray(value) || value.length === 0) throw invalidParam('features', 'Missing required param: features.');
  value.forEach((f, i) => {
    if (typeof f !== 'string' || !allowed.includes(f)) throw invalidParam(`features[${i}]`, `Invalid features[${i}]: must be one of ${allowed.join(', ')}`);
  });
  return value as string[];
}

function active(target: StoredObject | undefined): StoredObject {
  if (target === undefined) throw badState('This action needs an account.');
  if (target.data.status !== 'active') {
    throw badState(
      `This Financial Connections account is ${String(target.data.status)}; only active accounts can be refreshed or subscribed.`,
      'account',
      'account_inactive',
    );
  }
  return target;
}

function refreshRecord(ctx: BehaviourContext, withId: boolean): StripeObject {
  const now = ctx.now();
  return {
    ...(withId ? { id: `fctxnref_${ctx.store.token(14)}` } : {}),
    last_attempted_at: now,
    next_refresh_available_at: null,
    status: 'succeeded',
  };
}

export const financial_connections_account: Behaviour = {
  beforeCreate(_ctx, obj) {
    if (obj.status === null || obj.status === '') obj.status = 'active';
  },
  actions: {
    disconnect(_ctx, target) {
      if (target === undefined) throw badState('disconnect needs an account.');
      target.data.status = 'disconnected';
      target.data.subscriptions = [];
      return target;
    },
    refresh(ctx, target, params) {
      const account = active(target);
      for (const feature of features(params.features, FEATURES)) {
        if (feature === 'balance') setIfPresent(account.data, 'balance_refresh', refreshRecord(ctx, false));
        if (feature === 'ownership') setIfPresent(account.data, 'ownership_refresh', refreshRecord(ctx, false));
        if (feature === 'transactions') setIfPresent(account.data, 'transaction_refresh', refreshRecord(ctx, true));
      }
      return account;
    },
    subscribe(_ctx, target, params) {
      const account = active(target);
      const current = Array.isArray(account.data.subscriptions) ? (account.data.subscriptions as string[]) : [];
      const added = features(params.features, ['transactions']);
      account.data.subscriptions = [...new Set([...current, ...added])];
      return account;
    },
    unsubscribe(_ctx, target, params) {
      if (target === undefined) throw badState('unsubscribe needs an account.');
      const removed = features(params.features, ['transactions']);
      const current = Array.isArray(target.data.subscriptions) ? (target.data.subscriptions as string[]) : [];
      target.data.subscriptions = current.filter((f) => !removed.includes(f));
      return target;
    },
  },
};
