/**
 * Hand-written behaviours over real HTTP, on the demo data of the generated metadata:
 * capabilities, external accounts, reject, login links, account links and sessions,
 * reversals and fee refunds, Financial Connections, Identity, crypto onramp and Treasury.
 */

import { loadMetadata, startEmulator, type RunningEmulator } from '../../src/emulator';
import { call } from './helpers';

let emu: RunningEmulator;
const api = (method: string, path: string, options = {}) => call(emu.url, method, path, options);

interface Accounts {
  restricted: string;
  standard: string;
  express: string;
  custom: string;
}
let acct: Accounts;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, metadata: loadMetadata() });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(async () => {
  emu.control.reset();
  const ids = (await api('GET', '/v1/accounts')).body.data.map((a: { id: string }) => a.id);
  acct = { restricted: ids[0], standard: ids[1], express: ids[2], custom: ids[3] };
});

const ids = (list: { data: { id: string }[] }) => list.data.map((o) => o.id);

describe('Connect', () => {
  test('capabilities: listed per account; un-requesting one makes it inactive on the account too', async () => {
    const caps = await api('GET', `/v1/accounts/${acct.custom}/capabilities`);
    expect(caps.body.data.map((c: { id: string; status: string; account: string }) => [c.id, c.status, c.account])).toEqual([
      ['transfers', 'active', acct.custom],
      ['card_payments', 'active', acct.custom],
    ]);
    const u = await api('POST', `/v1/accounts/${acct.custom}/capabilities/transfers`, { form: 'requested=false' });
    expect([u.body.status, u.body.requested, u.body.requested_at]).toEqual(['inactive', false, null]);
    expect((await api('GET', `/v1/accounts/${acct.custom}`)).body.capabilities).toEqual({ card_payments: 'active', transfers: 'inactive' });
    expect((await api('GET', `/v1/accounts/${acct.express}/capabilities/card_payments`)).body.status).toBe('pending');
    // As in Stripe, every capability exists for every account: one never asked for is unrequested.
    const unrequested = await api('GET', `/v1/accounts/${acct.custom}/capabilities/tax_reporting_us_1099_k`);
    expect(unrequested.status).toBe(200);
    expect(unrequested.body.status).toBe('unrequested');
    expect(unrequested.body.requested).toBe(false);
    expect((await api('GET', `/v1/accounts/${acct.custom}/capabilities/no_such_capability`)).status).toBe(404);
  });

  test('a new account with requested capabilities gets capability objects', async () => {
    const a = await api('POST', '/v1/accounts', {
      form: 'type=custom&country=US&capabilities[card_payments][requested]=true&capabilities[transfers][requested]=true',
    });
    expect([a.status, a.body.object, a.body.type, a.body.capabilities]).toEqual([200, 'account', 'custom', { card_payments: 'active', transfers: 'active' }]);
    expect(ids((await api('GET', `/v1/accounts/${a.body.id}/capabilities`)).body)).toEqual(['transfers', 'card_payments']);
  });

  test('external accounts are bank_account or card, filterable by object', async () => {
    const all = await api('GET', `/v1/accounts/${acct.custom}/external_accounts`);
    expect(all.body.data.map((e: { object: string; last4: string }) => [e.object, e.last4])).toEqual([
      ['card', '5556'],
      ['bank_account', '6789'],
    ]);
    const cards = await api('GET', `/v1/accounts/${acct.custom}/external_accounts?object=card`);
    expect(cards.body.data.map((e: { object: string }) => e.object)).toEqual(['card']);
    const embedded = (await api('GET', `/v1/accounts/${acct.custom}`)).body.external_accounts;
    expect([embedded.object, embedded.data.length, embedded.has_more, embedded.url]).toEqual([
      'list',
      2,
      false,
      `/v1/accounts/${acct.custom}/external_accounts`,
    ]);

    const bank = await api('POST', `/v1/accounts/${acct.custom}/external_accounts`, {
      form: 'external_account[object]=bank_account&external_account[country]=US&external_account[currency]=usd&external_account[account_number]=000111222333&external_account[routing_number]=110000000',
    });
    expect([bank.body.object, bank.body.last4, bank.body.account, bank.body.default_for_currency]).toEqual(['bank_account', '2333', acct.custom, false]);
    expect(JSON.stringify(bank.body)).not.toContain('000111222333');
    const card = await api('POST', `/v1/accounts/${acct.custom}/external_accounts`, { form: 'external_account=tok_visa_debit' });
    expect([card.body.object, card.body.brand, card.body.last4]).toEqual(['card', 'Visa', '4242']);

    const del = await api('DELETE', `/v1/accounts/${acct.custom}/external_accounts/${card.body.id}`);
    expect(del.body).toEqual({ id: card.body.id, object: 'card', deleted: true });
    const defaultBank = all.body.data[1].id;
    const refused = await api('DELETE', `/v1/accounts/${acct.custom}/external_accounts/${defaultBank}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/^You cannot delete the default external account/);
  });

  test('one default external account per currency', async () => {
    const [card, bank] = (await api('GET', `/v1/accounts/${acct.custom}/external_accounts`)).body.data;
    expect([card.default_for_currency, bank.default_for_currency]).toEqual([false, true]);
    const u = await api('POST', `/v1/accounts/${acct.custom}/external_accounts/${card.id}`, { form: 'default_for_currency=true' });
    expect(u.body.default_for_currency).toBe(true);
    expect((await api('GET', `/v1/accounts/${acct.custom}/external_accounts/${bank.id}`)).body.default_for_currency).toBe(false);
    const del = await api('DELETE', `/v1/accounts/${acct.custom}/external_accounts/${bank.id}`);
    expect(del.body).toEqual({ id: bank.id, object: 'bank_account', deleted: true });
  });

  test('reject disables charges and payouts with rejected.<reason>; unreject restores', async () => {
    const r = await api('POST', `/v1/accounts/${acct.custom}/reject`, { form: 'reason=terms_of_service' });
    expect([r.body.charges_enabled, r.body.payouts_enabled, r.body.requirements.disabled_reason]).toEqual([false, false, 'rejected.terms_of_service']);
    const u = await api('POST', `/v1/accounts/${acct.custom}/unreject`);
    expect([u.body.charges_enabled, u.body.payouts_enabled, u.body.requirements.disabled_reason]).toEqual([true, true, null]);
    const standard = await api('POST', `/v1/accounts/${acct.standard}/reject`, { form: 'reason=other' });
    expect([standard.status, standard.body.error.message]).toEqual([400, 'Standard accounts cannot be rejected by the platform.']);
    const badReason = await api('POST', `/v1/accounts/${acct.custom}/reject`, { form: 'reason=boredom' });
    expect([badReason.status, badReason.body.error.param]).toEqual([400, 'reason']);
    const noReason = await api('POST', `/v1/accounts/${acct.custom}/reject`);
    expect([noReason.status, noReason.body.error.message]).toEqual([400, 'Missing required param: reason.']);
  });

  test("embedded Stripe objects get ids of their own (an account's individual is a person)", async () => {
    const express = (await api('GET', `/v1/accounts/${acct.express}`)).body;
    expect([express.individual.object, express.individual.first_name]).toEqual(['person', 'Astrid']);
    expect(express.individual.id).toMatch(/^person_1/);
    const u = await api('POST', `/v1/accounts/${acct.custom}`, { form: 'individual[first_name]=Ravi' });
    expect([u.body.individual.object, u.body.individual.first_name, typeof u.body.individual.id]).toEqual(['person', 'Ravi', 'string']);
  });

  test('login links only for Express accounts', async () => {
    const ok = await api('POST', `/v1/accounts/${acct.express}/login_links`);
    expect([ok.status, ok.body.object]).toEqual([200, 'login_link']);
    expect(ok.body.url).toMatch(/^https:\/\/connect\.stripe\.com\/express\/[0-9A-Za-z]{12}$/);
    const custom = await api('POST', `/v1/accounts/${acct.custom}/login_links`);
    expect([custom.status, custom.body.error.message]).toEqual([400, 'Login links can only be created for Express accounts.']);
  });

  test('account links and account sessions for existing accounts only', async () => {
    const link = await api('POST', '/v1/account_links', {
      form: `account=${acct.custom}&type=account_onboarding&refresh_url=https://x.io/r&return_url=https://x.io/d`,
    });
    expect([link.status, link.body.object, link.body.expires_at - link.body.created]).toEqual([200, 'account_link', 300]);
    expect(link.body.url.startsWith(`https://connect.stripe.com/setup/s/${acct.custom}/`)).toBe(true);
    const missing = await api('POST', '/v1/account_links', { form: 'account=acct_nope&type=account_onboarding' });
    expect([missing.status, missing.body.error.code, missing.body.error.param]).toEqual([400, 'resource_missing', 'account']);
    const session = await api('POST', '/v1/account_sessions', { form: `account=${acct.express}&components[account_onboarding][enabled]=true` });
    expect([session.body.object, session.body.account, session.body.components.account_onboarding.enabled]).toEqual(['account_session', acct.express, true]);
    expect(session.body.client_secret).toMatch(/^accs_secret__[0-9A-Za-z]{24}$/);
  });

  test('deleting an account answers the deleted shape and takes its persons along', async () => {
    expect((await api('GET', `/v1/accounts/${acct.restricted}/persons`)).body.data).toHaveLength(1);
    const d = await api('DELETE', `/v1/accounts/${acct.restricted}`);
    expect(d.body).toEqual({ id: acct.restricted, object: 'account', deleted: true });
    expect((await api('GET', `/v1/accounts/${acct.restricted}/persons`)).status).toBe(404);
  });
});

describe('reversals and refunds', () => {
  test('transfer reversals never exceed what is left, and update the transfer', async () => {
    const transfers = (await api('GET', `/v1/transfers?destination=${acct.custom}`)).body.data;
    expect(transfers.map((t: { amount: number; amount_reversed: number }) => [t.amount, t.amount_reversed])).toEqual([[12500, 2500]]);
    const tr = transfers[0].id;
    const tooMuch = await api('POST', `/v1/transfers/${tr}/reversals`, { form: 'amount=20000' });
    expect([tooMuch.status, tooMuch.body.error.param, tooMuch.body.error.message]).toEqual([
      400,
      'amount',
      'Amount (20000) is greater than the amount left on the transfer (10000).',
    ]);
    const rest = await api('POST', `/v1/transfers/${tr}/reversals`);
    expect([rest.body.object, rest.body.amount, rest.body.transfer]).toEqual(['transfer_reversal', 10000, tr]);
    const after = await api('GET', `/v1/transfers/${tr}`);
    expect([after.body.amount_reversed, after.body.reversed, after.body.reversals.data.length]).toEqual([12500, true, 2]);
    expect((await api('POST', `/v1/transfers/${tr}/reversals`)).status).toBe(400);
  });

  test('application fee refunds update the fee', async () => {
    const fees = (await api('GET', '/v1/application_fees')).body.data;
    const fee = fees.find((f: { amount: number }) => f.amount === 1250);
    expect([fee.amount_refunded, fee.refunded]).toEqual([250, false]);
    const refund = await api('POST', `/v1/application_fees/${fee.id}/refunds`, { form: 'amount=1000' });
    expect([refund.body.object, refund.body.amount, refund.body.fee]).toEqual(['fee_refund', 1000, fee.id]);
    const after = await api('GET', `/v1/application_fees/${fee.id}`);
    expect([after.body.amount_refunded, after.body.refunded]).toEqual([1250, true]);
    expect(ids((await api('GET', `/v1/application_fees/${fee.id}/refunds`)).body)).toHaveLength(2);
  });
});

describe('Financial Connections', () => {
  test('owners by ownership, transactions by account, ownership expansion', async () => {
    const accounts = (await api('GET', '/v1/financial_connections/accounts')).body.data;
    expect(accounts.map((a: { display_name: string }) => a.display_name)).toEqual(['Rainy Day Savings', 'Everyday Checking']);
    const checking = accounts[1];
    const noOwnership = await api('GET', `/v1/financial_connections/accounts/${checking.id}/owners`);
    expect([noOwnership.status, noOwnership.body.error.param]).toEqual([400, 'ownership']);
    const owners = await api('GET', `/v1/financial_connections/accounts/${checking.id}/owners?ownership=${checking.ownership}`);
    expect(owners.body.data.map((o: { name: string }) => o.name)).toEqual(['Kai Nakamura', 'Jenny Rosen']);
    const txns = await api('GET', `/v1/financial_connections/transactions?account=${checking.id}&limit=3`);
    expect([txns.body.data.length, txns.body.has_more, txns.body.data[0].description]).toEqual([3, true, 'Electric utility']);
    const expanded = await api('GET', `/v1/financial_connections/accounts/${checking.id}?expand[]=ownership`);
    expect(expanded.body.ownership.owners.data.map((o: { name: string }) => o.name)).toEqual(['Kai Nakamura', 'Jenny Rosen']);
  });

  test('refresh, subscribe, disconnect', async () => {
    const fca = (await api('GET', '/v1/financial_connections/accounts')).body.data[0].id;
    const refreshed = await api('POST', `/v1/financial_connections/accounts/${fca}/refresh`, { form: 'features[]=balance&features[]=transactions' });
    expect([refreshed.body.balance_refresh.status, refreshed.body.transaction_refresh.status]).toEqual(['succeeded', 'succeeded']);
    const sub = await api('POST', `/v1/financial_connections/accounts/${fca}/subscribe`, { form: 'features[]=transactions' });
    expect(sub.body.subscriptions).toEqual(['transactions']);
    const off = await api('POST', `/v1/financial_connections/accounts/${fca}/disconnect`);
    expect([off.body.status, off.body.subscriptions]).toEqual(['disconnected', []]);
    const again = await api('POST', `/v1/financial_connections/accounts/${fca}/refresh`, { form: 'features[]=balance' });
    expect([again.status, again.body.error.code]).toEqual([400, 'account_inactive']);
  });
});

describe('Identity', () => {
  test('a new session requires input; cancel once; not twice', async () => {
    const s = await api('POST', '/v1/identity/verification_sessions', { form: 'type=document&metadata[user]=u1' });
    expect([s.body.status, s.body.type, s.body.redaction]).toEqual(['requires_input', 'document', null]);
    expect(s.body.client_secret.startsWith(`${s.body.id}_secret_`)).toBe(true);
    const c = await api('POST', `/v1/identity/verification_sessions/${s.body.id}/cancel`);
    expect([c.body.status, c.body.url]).toEqual(['canceled', null]);
    const twice = await api('POST', `/v1/identity/verification_sessions/${s.body.id}/cancel`);
    expect([twice.status, twice.body.error.code]).toEqual([400, 'session_invalid_state']);
  });

  test('only sessions still requiring input can be updated', async () => {
    const open = (await api('GET', '/v1/identity/verification_sessions?status=requires_input')).body.data[0];
    const u = await api('POST', `/v1/identity/verification_sessions/${open.id}`, { form: 'metadata[step]=2' });
    expect([u.status, u.body.metadata.step]).toEqual([200, '2']);
    const verified = (await api('GET', '/v1/identity/verification_sessions?status=verified')).body.data[0];
    const refused = await api('POST', `/v1/identity/verification_sessions/${verified.id}`, { form: 'metadata[step]=2' });
    expect([refused.status, refused.body.error.code]).toEqual([400, 'session_invalid_state']);
    expect((await api('GET', `/v1/identity/verification_sessions/${verified.id}`)).body.metadata).toEqual({ user: 'jenny' });
  });

  test('redact clears verified outputs and the report; not while processing', async () => {
    const verified = (await api('GET', '/v1/identity/verification_sessions?status=verified')).body.data[0];
    expect(verified.verified_outputs.first_name).toBe('Jenny');
    const r = await api('POST', `/v1/identity/verification_sessions/${verified.id}/redact?expand[]=last_verification_report`);
    expect([r.body.status, r.body.redaction, r.body.verified_outputs, r.body.last_verification_report.document]).toEqual([
      'verified',
      { status: 'redacted' },
      null,
      null,
    ]);
    const processing = (await api('GET', '/v1/identity/verification_sessions?status=processing')).body.data[0];
    expect((await api('POST', `/v1/identity/verification_sessions/${processing.id}/redact`)).status).toBe(400);
    const reports = await api('GET', '/v1/identity/verification_reports');
    expect(reports.body.data.map((x: { type: string }) => x.type)).toEqual(['document', 'document']);
  });
});

describe('crypto onramp', () => {
  test('quotes are computed from fixed rates', async () => {
    const q = await api(
      'GET',
      '/v1/crypto/onramp/quotes?source_amount=200&destination_currencies[]=eth&destination_currencies[]=usdc&destination_networks[]=ethereum',
    );
    expect(q.status).toBe(200);
    expect([q.body.object, q.body.source_amount, q.body.source_currency, q.body.livemode]).toEqual(['crypto.onramp.quotes', '200.00', 'usd', false]);
    expect(
      q.body.destination_network_quotes.ethereum.map((x: Record<string, unknown>) => [
        x.destination_currency,
        x.destination_amount,
        x.source_total_amount,
        x.fees,
      ]),
    ).toEqual([
      ['eth', '0.06666667', '203.89', { network_fee_monetary: '0.89', transaction_fee_monetary: '3.00' }],
      ['usdc', '200', '203.89', { network_fee_monetary: '0.89', transaction_fee_monetary: '3.00' }],
    ]);
    const bad = await api('GET', '/v1/crypto/onramp/quotes?destination_networks[]=dogechain');
    expect([bad.status, bad.body.error.param]).toEqual([400, 'destination_networks[0]']);
  });

  test('sessions start initialized with the requested transaction details', async () => {
    const s = await api('POST', '/v1/crypto/onramp_sessions', { form: 'destination_currency=eth&destination_network=ethereum&source_amount=50' });
    expect([s.body.object, s.body.status, s.body.id.startsWith('cos_')]).toEqual(['crypto.onramp_session', 'initialized', true]);
    expect([s.body.transaction_details.destination_currency, s.body.transaction_details.destination_network, s.body.transaction_details.source_amount]).toEqual(
      ['eth', 'ethereum', '50'],
    );
    const list = await api('GET', '/v1/crypto/onramp_sessions?status=initialized');
    expect(ids(list.body)).toContain(s.body.id);
    expect(list.body.data).toHaveLength(2);
  });
});

describe('Treasury', () => {
  test('an outbound transfer posts a transaction and moves the balance; cancel restores it', async () => {
    const fa = (await api('GET', '/v1/treasury/financial_accounts')).body.data[0];
    const cashBefore = fa.balance.cash.usd;
    const t = await api('POST', '/v1/treasury/outbound_transfers', { form: `financial_account=${fa.id}&amount=7000&currency=usd&expand[]=transaction` });
    expect([t.body.status, t.body.cancelable, t.body.transaction.amount, t.body.transaction.flow, t.body.transaction.status]).toEqual([
      'processing',
      true,
      -7000,
      t.body.id,
      'open',
    ]);
    const moved = (await api('GET', `/v1/treasury/financial_accounts/${fa.id}`)).body.balance;
    expect([moved.cash.usd, moved.outbound_pending.usd - fa.balance.outbound_pending.usd]).toEqual([cashBefore - 7000, 7000]);
    const c = await api('POST', `/v1/treasury/outbound_transfers/${t.body.id}/cancel`);
    expect([c.body.status, c.body.cancelable]).toEqual(['canceled', false]);
    expect((await api('GET', `/v1/treasury/transactions/${t.body.transaction.id}`)).body.status).toBe('void');
    expect((await api('GET', `/v1/treasury/financial_accounts/${fa.id}`)).body.balance.cash.usd).toBe(cashBefore);
    const twice = await api('POST', `/v1/treasury/outbound_transfers/${t.body.id}/cancel`);
    expect(twice.status).toBe(400);
  });

  test('money movements need an existing financial account', async () => {
    const r = await api('POST', '/v1/treasury/inbound_transfers', { form: 'financial_account=fa_nope&amount=100&currency=usd&origin_payment_method=pm_x' });
    expect([r.status, r.body.error.code, r.body.error.param]).toEqual([400, 'resource_missing', 'financial_account']);
  });

  test('the demo movements are listed per financial account', async () => {
    const fa = (await api('GET', '/v1/treasury/financial_accounts')).body.data[0].id;
    const txns = await api('GET', `/v1/treasury/transactions?financial_account=${fa}&limit=100`);
    expect(txns.body.data.map((t: { flow_type: string; amount: number }) => [t.flow_type, t.amount])).toEqual([
      ['inbound_transfer', 80000],
      ['outbound_payment', -12000],
      ['outbound_transfer', -50000],
    ]);
  });
});

describe('lists that do not page', () => {
  test("an account's capabilities come whole, however many, with has_more false", async () => {
    const names = [
      'card_payments',
      'transfers',
      'acss_debit_payments',
      'affirm_payments',
      'afterpay_clearpay_payments',
      'au_becs_debit_payments',
      'bacs_debit_payments',
      'bancontact_payments',
      'blik_payments',
      'boleto_payments',
      'cashapp_payments',
      'eps_payments',
    ];
    const form = names.map((n) => `capabilities[${n}][requested]=true`).join('&');
    const account = await api('POST', '/v1/accounts', { form: `type=custom&${form}` });
    expect(account.status).toBe(200);
    const list = await api('GET', `/v1/accounts/${account.body.id}/capabilities`);
    expect([list.status, list.body.data.length, list.body.has_more]).toEqual([200, 12, false]);
    expect(list.body.data.map((c: { id: string }) => c.id).sort()).toEqual([...names].sort());
  });
});
