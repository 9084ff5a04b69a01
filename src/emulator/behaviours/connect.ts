/**
 * Connect: accounts (reject/unreject, the platform's own account at `/v1/account`),
 * capabilities, external accounts as `bank_account` or `card`, login links (Express only),
 * account links and account sessions.
 */

import { badState, invalidParam } from '../errors';
import { isPlainObject, type StripeObject } from '../model';
import type { Params } from '../params';
import { PLATFORM_SCOPE, type StoredObject } from '../store';
import type { Behaviour, BehaviourContext } from './types';
import { nestedAt, requireParent, requireRef, setIfPresent } from './util';

/** Keeps `account.capabilities` (a name -> status map) in step with the capability objects. */
function syncCapabilities(ctx: BehaviourContext, accountId: string): void {
  const account = ctx.store.find(accountId, PLATFORM_SCOPE, {}, [ctx.typeFor('account')]);
  if (account === undefined) return;
  const map: Record<string, string> = {};
  for (const cap of ctx.children('capability', accountId).sort((a, b) => a.seq - b.seq)) {
    if (typeof cap.data.id === 'string' && typeof cap.data.status === 'string') map[cap.data.id] = cap.data.status;
  }
  setIfPresent(account.data, 'capabilities', map);
}

function accountOf(ctx: BehaviourContext, id: string): StoredObject | undefined {
  return ctx.store.find(id, PLATFORM_SCOPE, {}, [ctx.typeFor('account')]);
}

export const account: Behaviour = {
  beforeCreate(ctx, obj, params) {
    obj.type = typeof params.type === 'string' ? params.type : (obj.type ?? 'custom');
    if (obj.country === null || obj.country === '') obj.country = 'US';
    if (obj.default_currency === null) obj.default_currency = 'usd';
    setIfPresent(obj, 'capabilities', {});
    // Stripe always answers with these hashes on an account, filled or not.
    for (const key of ['requirements', 'future_requirements', 'settings', 'business_profile', 'controller', 'tos_acceptance']) {
      nestedAt(ctx, ctx.typeFor('account'), obj, key);
    }
  },
  afterCreate(ctx, stored, params) {
    const id = stored.data.id as string;
    const requested = isPlainObject(params.capabilities) ? params.capabilities : {};
    for (const [name, value] of Object.entries(requested)) {
      if (!isPlainObject(value) || (value.requested !== true && value.requested !== 'true')) continue;
      ctx.create(
        ctx.typeFor('capability'),
        { requested: true, ...(typeof value.status === 'string' ? { status: value.status } : {}) },
        { account: id },
        { id: name, scope: PLATFORM_SCOPE },
      );
    }
    const external = params.external_account;
    if (external !== undefined && external !== null) {
      const typeName = externalKind({ external_account: external }) === 'card' ? ctx.typeFor('card') : ctx.typeFor('bank_account');
      ctx.create(typeName, { external_account: external, default_for_currency: true }, { account: id }, { scope: PLATFORM_SCOPE });
    }
    syncCapabilities(ctx, id);
  },
  beforeDelete(_ctx, stored) {
    if (stored.hidden) throw badState('The platform account cannot be deleted.');
  },
  retrieveWithoutId(ctx) {
    if (ctx.scope !== PLATFORM_SCOPE) {
      const connected = accountOf(ctx, ctx.scope);
      if (connected !== undefined) return connected;
    }
    const own = ctx.store.list([ctx.typeFor('account')], PLATFORM_SCOPE).find((a) => a.hidden);
    return own ?? ctx.create(ctx.typeFor('account'), { type: 'standard' }, {}, { scope: PLATFORM_SCOPE, hidden: true });
  },
  actions: {
    reject(ctx, target, params) {
      if (target === undefined) throw badState('reject needs an account.');
      // The metadata's enum has already checked the value; the reasons change between API versions.
      const reason = params.reason;
      if (typeof reason !== 'string' || reason === '') throw invalidParam('reason', 'Missing required param: reason.', 'parameter_missing');
      // Only accounts the platform is liable for (Custom and Express) can be rejected.
      if (target.data.type === 'standard') throw badState('Standard accounts cannot be rejected by the platform.', 'account');
      setIfPresent(target.data, 'charges_enabled', false);
      setIfPresent(target.data, 'payouts_enabled', false);
      nestedAt(ctx, target.typeName, target.data, 'requirements').disabled_reason = `rejected.${disabledReasonFor(reason)}`;
      return target;
    },
    unreject(ctx, target) {
      if (target === undefined) throw badState('unreject needs an account.');
      const requirements = nestedAt(ctx, target.typeName, target.data, 'requirements');
      if (typeof requirements.disabled_reason !== 'string' || !requirements.disabled_reason.startsWith('rejected.')) {
        throw badState('This account is not rejected.', 'account');
      }
      requirements.disabled_reason = null;
      setIfPresent(target.data, 'charges_enabled', true);
      setIfPresent(target.data, 'payouts_enabled', true);
      return target;
    },
  },
};

/**
 * The `requirements.disabled_reason` suffix a reject reason gives: the detailed fraud reasons
 * of recent API versions (`fraud_other`, `fraud_payment_method_tester`, ...) all read as
 * `rejected.fraud`, and reasons without a disabled reason of their own (`credit`) as `rejected.other`.
 */
function disabledReasonFor(reason: string): string {
  if (reason === 'fraud' || reason.startsWith('fraud_')) return 'fraud';
  if (reason === 'terms_of_service') return 'terms_of_service';
  return 'other';
}

export const capability: Behaviour = {
  // Every capability named in the account's `capabilities` map can be requested by name.
  existsImplicitly(ctx, id) {
    return ctx.model.meta.types.AccountCapabilities?.fields.some((f) => f.stripe === id) === true;
  },
  beforeCreate(ctx, obj, params) {
    const requested = params.requested === true;
    obj.requested = requested;
    obj.status = typeof params.status === 'string' ? params.status : requested ? 'active' : 'unrequested';
    obj.requested_at = requested ? ctx.now() : null;
  },
  afterUpdate(ctx, stored, params) {
    if (params.requested === true) {
      stored.data.status = 'active';
      stored.data.requested_at = ctx.now();
    } else if (params.requested === false) {
      stored.data.status = 'inactive';
      stored.data.requested_at = null;
    }
    const accountId = stored.parents.account ?? (typeof stored.data.account === 'string' ? stored.data.account : undefined);
    if (accountId !== undefined) syncCapabilities(ctx, accountId);
  },
};

/** Which kind of external account the params describe: a hash's `object`, or the token's prefix. */
function externalKind(params: Params): 'bank_account' | 'card' {
  const ext = params.external_account;
  if (isPlainObject(ext)) return ext.object === 'card' ? 'card' : 'bank_account';
  if (typeof ext === 'string') return ext.startsWith('tok_') || ext.startsWith('card_') ? 'card' : 'bank_account';
  return params.object === 'card' ? 'card' : 'bank_account';
}

/** The details an external account hash carries, minus full numbers (only last4 is kept). */
function externalDetails(params: Params): Record<string, unknown> {
  const ext = params.external_account;
  if (!isPlainObject(ext)) return {};
  const { account_number: _a, number: _n, cvc: _c, object: _o, ...rest } = ext;
  return rest;
}

function lastFour(params: Params, key: 'account_number' | 'number', fallback: string): string {
  const ext = params.external_account;
  const value = isPlainObject(ext) ? ext[key] : undefined;
  return typeof value === 'string' && value.length >= 4 ? value.slice(-4) : fallback;
}

function externalCommon(ctx: BehaviourContext, obj: StripeObject, params: Params, parents: Record<string, string>, typeName: string): void {
  ctx.model.merge(typeName, obj, externalDetails(params), ctx.now());
  const accountId = parents.account;
  if (accountId !== undefined) {
    obj.account = accountId;
    const currency = typeof obj.currency === 'string' ? obj.currency : 'usd';
    const siblings = [...ctx.children('bank_account', accountId), ...ctx.children('card', accountId)];
    // The first external account in a currency becomes its default, as in Stripe.
    obj.default_for_currency = params.default_for_currency === true || !siblings.some((s) => s.data.currency === currency);
  }
}

export const bank_account: Behaviour = {
  claims: (params) => externalKind(params) === 'bank_account',
  beforeCreate(ctx, obj, params, parents) {
    obj.country = 'US';
    obj.currency = 'usd';
    obj.bank_name = 'STRIPE TEST BANK';
    obj.routing_number = '110000000';
    obj.account_holder_type ??= 'individual';
    obj.status = 'new';
    externalCommon(ctx, obj, params, parents, ctx.typeFor('bank_account'));
    obj.last4 = lastFour(params, 'account_number', '6789');
    setIfPresent(obj, 'fingerprint', `fp${ctx.store.token(14)}`);
  },
  afterCreate: keepOneDefault,
  afterUpdate: keepOneDefault,
  beforeDelete: refuseDefaultDelete,
};

export const card: Behaviour = {
  claims: (params) => externalKind(params) === 'card',
  beforeCreate(ctx, obj, params, parents) {
    obj.brand = 'Visa';
    obj.country = 'US';
    obj.currency = 'usd';
    obj.funding = 'debit';
    obj.exp_month = 12;
    obj.exp_year = 2030;
    externalCommon(ctx, obj, params, parents, ctx.typeFor('card'));
    obj.last4 = lastFour(params, 'number', '4242');
    setIfPresent(obj, 'fingerprint', `fp${ctx.store.token(14)}`);
  },
  afterCreate: keepOneDefault,
  afterUpdate: keepOneDefault,
  beforeDelete: refuseDefaultDelete,
};

/** Making one external account the default for its currency unmakes the others. */
function keepOneDefault(ctx: BehaviourContext, stored: StoredObject, params: Params): void {
  const accountId = stored.parents.account;
  if (params.default_for_currency !== true || accountId === undefined) return;
  for (const sibling of [...ctx.children('bank_account', accountId), ...ctx.children('card', accountId)]) {
    if (sibling !== stored && sibling.data.currency === stored.data.currency) sibling.data.default_for_currency = false;
  }
}

function refuseDefaultDelete(_ctx: BehaviourContext, stored: StoredObject): void {
  if (stored.data.default_for_currency === true) {
    throw badState(
      'You cannot delete the default external account for your default currency. Please make another external account the default using the `default_for_currency` param, and then delete this one.',
    );
  }
}

export const login_link: Behaviour = {
  beforeCreate(ctx, obj, _params, parents) {
    const target = requireParent(ctx, 'account', parents);
    if (target.data.type !== 'express') {
      throw badState('Login links can only be created for Express accounts.', 'account');
    }
    obj.url = `https://connect.stripe.com/express/${ctx.store.token(12)}`;
  },
};

export const account_link: Behaviour = {
  beforeCreate(ctx, obj, params) {
    const target = requireRef(ctx, 'account', params.account, 'account');
    const kind = params.type === 'account_update' ? 'account_update' : 'account_onboarding';
    obj.expires_at = ctx.now() + 300;
    obj.url = `https://connect.stripe.com/setup/${kind === 'account_update' ? 'e' : 's'}/${String(target.data.id)}/${ctx.store.token(12)}`;
  },
};

export const account_session: Behaviour = {
  beforeCreate(ctx, obj, params) {
    requireRef(ctx, 'account', params.account, 'account');
    obj.client_secret = `accs_secret__${ctx.store.token(24)}`;
    obj.expires_at = ctx.now() + 3600;
  },
};
