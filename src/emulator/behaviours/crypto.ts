/**
 * Crypto onramp: sessions start `initialized` with a client secret; quotes are computed from
 * fixed demo rates for each requested network and currency (nothing is stored).
 */

import { invalidParam } from '../errors';
import { isPlainObject, type StripeObject } from '../model';
import type { Params } from '../params';
import type { Behaviour, BehaviourContext } from './types';

/** USD price of one unit, fixed so quotes are deterministic. */
const DEMO_RATES: Readonly<Record<string, number>> = { btc: 60000, eth: 3000, sol: 150, matic: 0.5, xlm: 0.1, usdc: 1 };

/** Which currencies each network carries. */
const NETWORK_CURRENCIES: Readonly<Record<string, readonly string[]>> = {
  bitcoin: ['btc'],
  ethereum: ['eth', 'usdc'],
  solana: ['sol', 'usdc'],
  polygon: ['matic', 'usdc'],
  stellar: ['xlm', 'usdc'],
  base: ['eth', 'usdc'],
};

/** Network fee in USD per network; the transaction fee is 1.5% of the source amount. */
const NETWORK_FEES: Readonly<Record<string, number>> = { bitcoin: 2.5, ethereum: 0.89, solana: 0.01, polygon: 0.01, stellar: 0.01, base: 0.05 };
const TRANSACTION_FEE_SHARE = 0.015;

function stringList(value: unknown, param: string, allowed: readonly string[], fallback: readonly string[]): string[] {
  if (value === undefined || value === null) return [...fallback];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v, i) => {
    if (typeof v !== 'string' || !allowed.includes(v)) throw invalidParam(`${param}[${i}]`, `Invalid ${param}[${i}]: must be one of ${allowed.join(', ')}`);
    return v;
  });
}

/** Quotes for a source amount in USD, per network, for each requested currency it carries. */
function computeQuotes(params: Params, id: string, now: number): StripeObject {
  const sourceCurrency = typeof params.source_currency === 'string' ? params.source_currency : 'usd';
  if (sourceCurrency !== 'usd') throw invalidParam('source_currency', 'Invalid source_currency: the emulator quotes usd only.');
  const rawAmount = params.source_amount ?? '100.00';
  const sourceAmount = Number(rawAmount);
  if (!Number.isFinite(sourceAmount) || sourceAmount <= 0) throw invalidParam('source_amount', 'Invalid source_amount: must be a positive decimal.');
  const currencies = stringList(params.destination_currencies, 'destination_currencies', Object.keys(DEMO_RATES), Object.keys(DEMO_RATES));
  const networks = stringList(params.destination_networks, 'destination_networks', Object.keys(NETWORK_CURRENCIES), Object.keys(NETWORK_CURRENCIES));
  const quotes: Record<string, StripeObject[]> = {};
  let n = 0;
  for (const network of networks) {
    quotes[network] = (NETWORK_CURRENCIES[network] ?? [])
      .filter((c) => currencies.includes(c))
      .map((currency) => {
        n += 1;
        const networkFee = NETWORK_FEES[network] ?? 0;
        const transactionFee = sourceAmount * TRANSACTION_FEE_SHARE;
        const rate = DEMO_RATES[currency] ?? 1;
        return {
          id: `${id}_${n}`,
          destination_amount: (sourceAmount / rate).toFixed(8).replace(/0+$/, '').replace(/\.$/, ''),
          destination_currency: currency,
          destination_network: network,
          fees: { network_fee_monetary: networkFee.toFixed(2), transaction_fee_monetary: transactionFee.toFixed(2) },
          source_total_amount: (sourceAmount + networkFee + transactionFee).toFixed(2),
        };
      });
  }
  return {
    id,
    object: 'crypto.onramp.quotes',
    destination_network_quotes: quotes,
    livemode: false,
    rate_fetched_at: now,
    source_amount: sourceAmount.toFixed(2),
    source_currency: sourceCurrency,
  };
}

/** Create params that Stripe reports back inside `transaction_details`. */
const TRANSACTION_PARAMS = [
  'destination_amount',
  'destination_currencies',
  'destination_currency',
  'destination_network',
  'destination_networks',
  'lock_wallet_address',
  'source_amount',
  'source_currency',
  'wallet_addresses',
];

export const crypto_onramp_session: Behaviour = {
  beforeCreate(ctx, obj, params) {
    const field = ctx.model.field(ctx.typeFor('crypto.onramp_session'), 'transaction_details');
    if (field?.type.kind === 'object' && ctx.model.hasType(field.type.name)) {
      const details = isPlainObject(obj.transaction_details) ? obj.transaction_details : ctx.model.materialize(field.type.name, { created: ctx.now() }, 1);
      const picked = Object.fromEntries(TRANSACTION_PARAMS.filter((k) => params[k] !== undefined).map((k) => [k, params[k]]));
      obj.transaction_details = ctx.model.merge(field.type.name, details, picked, ctx.now());
    }
    obj.status = typeof params.status === 'string' ? params.status : 'initialized';
    obj.client_secret = `${String(obj.id)}_secret_${ctx.store.token(24)}`;
  },
};

export const crypto_onramp_quotes: Behaviour = {
  retrieveWithoutId(ctx: BehaviourContext, params) {
    const computed = computeQuotes(params, `cd_${ctx.store.token(16)}`, ctx.now());
    const typeName = ctx.model.typeForObject('crypto.onramp.quotes');
    if (typeName === undefined) return { computed };
    // Shape it by the metadata: every field present, computed values where we have them.
    const shaped = ctx.model.materialize(typeName, { id: String(computed.id), created: ctx.now() });
    return { computed: { ...shaped, ...computed } };
  },
};
