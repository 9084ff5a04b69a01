/**
 * The hand-written part of the demo: connected accounts of each type with persons,
 * capabilities and external accounts; money moving between them; Financial Connections
 * accounts with owners and transactions; identity sessions and reports; crypto onramp
 * sessions; a Treasury financial account with money movements. Values are Stripe field names;
 * fields the metadata lacks are skipped by the merge.
 */

import type { CreateOptions } from '../behaviours/types';
import type { Params } from '../params';
import type { Store, StoredObject } from '../store';

/** What scenes use to make objects; `make` returns undefined when the metadata lacks the type. */
export interface DemoBuilder {
  make(object: string, params: Params, parents?: Record<string, string>, options?: CreateOptions): StoredObject | undefined;
  /** The store, for scenes that link objects after the fact. */
  store: Store;
}

function idOf(obj: StoredObject | undefined): string | undefined {
  return typeof obj?.data.id === 'string' ? obj.data.id : undefined;
}

const ADDRESS = { line1: '510 Townsend St', city: 'San Francisco', state: 'CA', postal_code: '94103', country: 'US' };

export function seedScenes(b: DemoBuilder): void {
  const accounts = connect(b);
  money(b, accounts);
  financialConnections(b);
  identity(b);
  crypto(b);
  treasury(b);
  if (accounts.custom !== undefined) connectedScope(b, accounts.custom);
  namedObjects(b);
  // Last, so the ids of everything above (which examples/ names) stay as they were.
  fraud(b, accounts);
}

/** Resources whose Stripe ids are names, not prefixed numbers. */
function namedObjects(b: DemoBuilder): void {
  for (const country of ['US', 'GB', 'DE']) {
    b.make(
      'country_spec',
      { default_currency: country === 'US' ? 'usd' : country === 'GB' ? 'gbp' : 'eur', supported_payment_currencies: ['usd', 'eur', 'gbp'] },
      {},
      { id: country },
    );
  }
  b.make(
    'reporting.report_type',
    { name: 'Balance summary', version: 1, data_available_start: 1767225600, data_available_end: 1767312000 },
    {},
    { id: 'balance.summary.1' },
  );
  b.make(
    'reporting.report_type',
    { name: 'Itemized payouts', version: 3, data_available_start: 1767225600, data_available_end: 1767312000 },
    {},
    { id: 'payouts.itemized.3' },
  );
}

interface DemoAccounts {
  custom?: string;
  express?: string;
  standard?: string;
  restricted?: string;
}

// Longer than our 80-line habit on purpose: it is demo data (one literal per connected account,
// its persons and external accounts), read top to bottom; there is no logic in it to cut out.
function connect(b: DemoBuilder): DemoAccounts {
  b.make(
    'account',
    {
      type: 'standard',
      email: 'platform@gateway-demo.example',
      business_profile: { name: 'Graph Gateway Demo Platform' },
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
    },
    {},
    { hidden: true },
  );
  const custom = b.make('account', {
    type: 'custom',
    country: 'US',
    email: 'ops@rocketrides.example',
    business_type: 'company',
    business_profile: { name: 'Rocket Rides', url: 'https://rocketrides.example', mcc: '4121', product_description: 'On-demand rides' },
    company: { name: 'Rocket Rides Inc.', address: ADDRESS, tax_id_provided: true },
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
    external_account: {
      object: 'bank_account',
      country: 'US',
      currency: 'usd',
      account_holder_name: 'Rocket Rides Inc.',
      account_holder_type: 'company',
      account_number: '000123456789',
    },
    charges_enabled: true,
    payouts_enabled: true,
    details_submitted: true,
    metadata: { tier: 'gold' },
  });
  const customId = idOf(custom);
  if (customId !== undefined) {
    b.make(
      'card',
      { external_account: { object: 'card', number: '4000056655665556', exp_month: 8, exp_year: 2031 }, default_for_currency: false },
      { account: customId },
    );
    b.make(
      'person',
      {
        first_name: 'Jenny',
        last_name: 'Rosen',
        email: 'jenny@rocketrides.example',
        phone: '+14155550101',
        dob: { day: 14, month: 2, year: 1986 },
        address: ADDRESS,
        relationship: { representative: true, executive: true, owner: true, percent_ownership: 60, title: 'CEO' },
      },
      { account: customId },
    );
    b.make(
      'person',
      {
        first_name: 'Kai',
        last_name: 'Nakamura',
        email: 'kai@rocketrides.example',
        dob: { day: 3, month: 9, year: 1990 },
        address: ADDRESS,
        relationship: { owner: true, percent_ownership: 40, title: 'CTO' },
      },
      { account: customId },
    );
  }

  const express = b.make('account', {
    type: 'express',
    country: 'US',
    email: 'host@kavholm.example',
    business_type: 'individual',
    business_profile: { name: 'Kavholm Stays', url: 'https://kavholm.example', mcc: '7011' },
    individual: { first_name: 'Astrid', last_name: 'Lindqvist', email: 'host@kavholm.example', address: ADDRESS },
    capabilities: { transfers: { requested: true }, card_payments: { requested: true, status: 'pending' } },
    external_account: { object: 'card', number: '4000056655665556', exp_month: 4, exp_year: 2032, currency: 'usd' },
    charges_enabled: true,
    payouts_enabled: true,
    details_submitted: true,
  });
  const expressId = idOf(express);
  if (expressId !== undefined) {
    b.make(
      'person',
      {
        first_name: 'Astrid',
        last_name: 'Lindqvist',
        email: 'host@kavholm.example',
        relationship: { representative: true, owner: true, percent_ownership: 100 },
      },
      { account: expressId },
    );
    b.make('login_link', {}, { account: expressId });
  }

  const standard = b.make('account', {
    type: 'standard',
    country: 'US',
    email: 'books@pasha.example',
    business_type: 'company',
    business_profile: { name: 'Pasha Books', url: 'https://pasha.example', mcc: '5942' },
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
    external_account: {
      object: 'bank_account',
      country: 'US',
      currency: 'usd',
      account_holder_name: 'Pasha Books LLC',
      account_holder_type: 'company',
      account_number: '000999888777',
    },
    charges_enabled: true,
    payouts_enabled: true,
    details_submitted: true,
  });
  const standardId = idOf(standard);
  if (standardId !== undefined) {
    b.make(
      'person',
      {
        first_name: 'Pasha',
        last_name: 'Ivanova',
        email: 'pasha@pasha.example',
        relationship: { representative: true, owner: true, percent_ownership: 100, title: 'Owner' },
      },
      { account: standardId },
    );
  }

  // A restricted account: requirements are past due, so charges are off.
  const restricted = b.make('account', {
    type: 'custom',
    country: 'US',
    email: 'admin@stellartours.example',
    business_type: 'individual',
    business_profile: { name: 'Stellar Tours' },
    capabilities: { card_payments: { requested: true, status: 'inactive' }, transfers: { requested: true, status: 'pending' } },
    charges_enabled: false,
    payouts_enabled: false,
    details_submitted: true,
    requirements: {
      currently_due: ['individual.verification.document'],
      past_due: ['individual.verification.document'],
      disabled_reason: 'requirements.past_due',
    },
  });
  const restrictedId = idOf(restricted);
  if (restrictedId !== undefined) {
    b.make(
      'person',
      {
        first_name: 'Leo',
        last_name: 'Marsh',
        email: 'admin@stellartours.example',
        relationship: { representative: true, owner: true, percent_ownership: 100 },
      },
      { account: restrictedId },
    );
  }

  for (const accountId of [customId, expressId]) {
    if (accountId === undefined) continue;
    b.make('account_link', {
      account: accountId,
      type: 'account_onboarding',
      refresh_url: 'https://example.com/reauth',
      return_url: 'https://example.com/return',
    });
    b.make('account_session', { account: accountId, components: { account_onboarding: { enabled: true }, payments: { enabled: true } } });
  }
  return { custom: customId, express: expressId, standard: standardId, restricted: restrictedId };
}

function money(b: DemoBuilder, accounts: DemoAccounts): void {
  const rides = b.make('transfer', {
    amount: 12500,
    currency: 'usd',
    destination: accounts.custom,
    description: 'Weekly rides payout',
    transfer_group: 'week_1',
  });
  b.make('transfer', { amount: 48000, currency: 'usd', destination: accounts.express, description: 'Booking payout' });
  b.make('transfer', { amount: 3200, currency: 'usd', destination: accounts.standard, description: 'Affiliate commission' });
  const ridesId = idOf(rides);
  if (ridesId !== undefined) b.make('transfer_reversal', { amount: 2500, metadata: { reason: 'ride refunded' } }, { transfer: ridesId });

  const fee = b.make('application_fee', { amount: 1250, currency: 'usd', account: accounts.custom });
  b.make('application_fee', { amount: 480, currency: 'usd', account: accounts.express });
  const feeId = idOf(fee);
  if (feeId !== undefined) b.make('fee_refund', { amount: 250 }, { application_fee: feeId });
}

/**
 * A destination charge to Rocket Rides under review, with an early fraud warning: the graph's
 * path review -> charge -> transfer data -> destination account has data to walk.
 */
function fraud(b: DemoBuilder, accounts: DemoAccounts): void {
  const charge = idOf(
    b.make('charge', {
      amount: 8900,
      amount_captured: 8900,
      currency: 'usd',
      captured: true,
      paid: true,
      status: 'succeeded',
      description: 'Airport ride',
      transfer_data: { amount: 7500, destination: accounts.custom },
    }),
  );
  if (charge === undefined) return;
  b.make('review', { charge, open: true, opened_reason: 'rule', reason: 'rule' });
  b.make('radar.early_fraud_warning', { charge, actionable: true, fraud_type: 'made_with_stolen_card' });
}

function financialConnections(b: DemoBuilder): void {
  const specs = [
    { display_name: 'Everyday Checking', subcategory: 'checking', last4: '6789', cash: 524_300 },
    { display_name: 'Rainy Day Savings', subcategory: 'savings', last4: '4321', cash: 1_250_000 },
  ];
  const descriptions = ['Coffee Shop', 'Payroll deposit', 'Rent', 'Grocery Store', 'Electric utility'];
  specs.forEach((spec, n) => {
    const ownership = b.make('financial_connections.account_ownership', {});
    const account = b.make('financial_connections.account', {
      category: 'cash',
      subcategory: spec.subcategory,
      display_name: spec.display_name,
      institution_name: 'StripeBank',
      last4: spec.last4,
      status: 'active',
      permissions: ['balances', 'ownership', 'transactions'],
      supported_payment_method_types: ['us_bank_account'],
      subscriptions: n === 0 ? ['transactions'] : [],
      balance: { as_of: 1767225600, type: 'cash', cash: { available: { usd: spec.cash } }, current: { usd: spec.cash } },
      ownership: idOf(ownership),
    });
    const accountId = idOf(account);
    if (accountId === undefined) return;
    for (const owner of [
      { name: 'Jenny Rosen', email: 'jenny@example.com', phone: '+14155550101' },
      { name: 'Kai Nakamura', email: 'kai@example.com', phone: '+14155550102' },
    ]) {
      b.make(
        'financial_connections.account_owner',
        { ...owner, ownership: idOf(ownership), raw_address: '510 Townsend St, San Francisco, CA 94103', refreshed_at: 1767225600 },
        { account: accountId },
      );
    }
    descriptions.forEach((description, i) => {
      const amount = description === 'Payroll deposit' ? 420_000 : -(1200 + i * 3_150);
      b.make('financial_connections.transaction', {
        account: accountId,
        amount,
        currency: 'usd',
        description,
        status: 'posted',
        transacted_at: 1767225600 + i * 86_400,
        status_transitions: { posted_at: 1767225600 + i * 86_400 + 3600, void_at: null },
      });
    });
  });
}

function identity(b: DemoBuilder): void {
  const verifiedReport = b.make('identity.verification_report', {
    type: 'document',
    document: {
      status: 'verified',
      type: 'driving_license',
      first_name: 'Jenny',
      last_name: 'Rosen',
      issuing_country: 'US',
      expiration_date: { day: 1, month: 12, year: 2030 },
    },
    selfie: { status: 'verified' },
  });
  const verified = b.make('identity.verification_session', {
    type: 'document',
    status: 'verified',
    last_verification_report: idOf(verifiedReport),
    verified_outputs: { first_name: 'Jenny', last_name: 'Rosen', address: ADDRESS },
    metadata: { user: 'jenny' },
  });
  if (verifiedReport !== undefined && verified !== undefined) verifiedReport.data.verification_session = idOf(verified) ?? null;
  b.make('identity.verification_session', { type: 'document', metadata: { user: 'kai' } });
  b.make('identity.verification_session', { type: 'id_number', status: 'processing' });
  const failedReport = b.make('identity.verification_report', {
    type: 'document',
    document: { status: 'unverified', error: { code: 'document_expired', reason: 'The document is expired.' } },
  });
  const failed = b.make('identity.verification_session', {
    type: 'document',
    status: 'requires_input',
    last_verification_report: idOf(failedReport),
    last_error: { code: 'document_expired', reason: 'The document is expired.' },
  });
  if (failedReport !== undefined && failed !== undefined) failedReport.data.verification_session = idOf(failed) ?? null;
  b.make('identity.verification_session', { type: 'document', status: 'canceled' });
}

function crypto(b: DemoBuilder): void {
  const sessions = [
    { status: 'initialized', currency: 'eth', network: 'ethereum', amount: '0.03', wallet: '0xB00F0759DbeeF5E543Cc3E3B07A6442F5f3928a2' },
    { status: 'fulfillment_complete', currency: 'usdc', network: 'solana', amount: '99.15', wallet: 'bufnqviYvuVN2dVEhL6n2bRGnEMm3wYQoxvSfK1yaGR' },
    { status: 'requires_payment', currency: 'btc', network: 'bitcoin', amount: '0.0016', wallet: 'bc1q5hkyj4dq2kgzwrm0wn3u5dtpj7lkedcxgmm4jf' },
  ];
  for (const s of sessions) {
    b.make('crypto.onramp_session', {
      status: s.status,
      transaction_details: {
        destination_currency: s.currency,
        destination_network: s.network,
        destination_amount: s.amount,
        source_currency: 'usd',
        source_amount: '100.00',
        wallet_address: s.wallet,
        lock_wallet_address: false,
        supported_destination_currencies: ['btc', 'eth', 'sol', 'usdc'],
        supported_destination_networks: ['bitcoin', 'ethereum', 'solana'],
      },
    });
  }
}

function treasury(b: DemoBuilder): void {
  const fa = b.make('treasury.financial_account', {
    country: 'US',
    supported_currencies: ['usd'],
    nickname: 'Operating account',
    balance: { cash: { usd: 2_500_000 }, inbound_pending: { usd: 0 }, outbound_pending: { usd: 0 } },
  });
  const faId = idOf(fa);
  if (faId === undefined) return;
  const credit = b.make('treasury.received_credit', {
    amount: 150_000,
    currency: 'usd',
    financial_account: faId,
    network: 'ach',
    status: 'succeeded',
    description: 'Invoice 1042 payment',
  });
  const debit = b.make('treasury.received_debit', {
    amount: 20_000,
    currency: 'usd',
    financial_account: faId,
    network: 'ach',
    status: 'succeeded',
    description: 'Vendor pull',
  });
  b.make('treasury.outbound_transfer', { financial_account: faId, amount: 50_000, currency: 'usd', description: 'Move to reserves' });
  b.make('treasury.outbound_payment', { financial_account: faId, amount: 12_000, currency: 'usd', description: 'Pay supplier' });
  b.make('treasury.inbound_transfer', { financial_account: faId, amount: 80_000, currency: 'usd', description: 'Top up from bank' });
  if (credit !== undefined) b.make('treasury.credit_reversal', { received_credit: credit.data.id, metadata: { reason: 'sent in error' } });
  if (debit !== undefined) b.make('treasury.debit_reversal', { received_debit: debit.data.id, metadata: { reason: 'unauthorized pull' } });
}

/** A few objects that live inside the custom connected account (visible only with Stripe-Account). */
function connectedScope(b: DemoBuilder, accountId: string): void {
  b.make('terminal.location', { display_name: 'Rocket Rides HQ', address: ADDRESS }, {}, { scope: accountId });
  b.make('identity.verification_session', { type: 'document', metadata: { rider: 'r_42' } }, {}, { scope: accountId });
}
