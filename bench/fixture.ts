/**
 * The data the operations read, on the bench key's own platform in the emulator: the demo data
 * every key starts with (Financial Connections accounts with owners and transactions, identity
 * sessions with reports), plus connected accounts the bench creates so that "20 accounts" and
 * "10 accounts with persons, capabilities and external accounts" have something to return.
 */
import type { RestCaller } from './rest';

export interface BenchFixture {
  /** A connected account created by the bench (read by id, and updated by the mutation). */
  accountId: string;
  /** The connected accounts created by the bench, newest first (as Stripe lists them). */
  accountIds: string[];
  /** A Financial Connections account with owners and transactions (demo data). */
  fcAccountId: string;
  /** An identity verification session with a last verification report (demo data). */
  verificationSessionId: string;
}

/** Accounts created: enough that the 20 newest are all ours. */
export const CREATED_ACCOUNTS = 24;
/** Persons per created account. */
export const PERSONS_PER_ACCOUNT = 2;

interface Listed {
  data: Array<Record<string, unknown>>;
}

function accountForm(n: number): URLSearchParams {
  return new URLSearchParams({
    type: 'custom',
    country: 'US',
    email: `bench-${n}@example.com`,
    business_type: 'company',
    'business_profile[name]': `Bench Co ${n}`,
    'capabilities[card_payments][requested]': 'true',
    'capabilities[transfers][requested]': 'true',
    'external_account[object]': 'bank_account',
    'external_account[country]': 'US',
    'external_account[currency]': 'usd',
    'external_account[account_holder_name]': `Bench Co ${n}`,
    'external_account[account_holder_type]': 'company',
    'external_account[account_number]': '000123456789',
    'external_account[routing_number]': '110000000',
  });
}

export async function seedFixture(rest: RestCaller): Promise<BenchFixture> {
  const created: string[] = [];
  for (let n = 0; n < CREATED_ACCOUNTS; n++) {
    const account = await rest.post<{ id: string }>('/v1/accounts', accountForm(n));
    for (let p = 0; p < PERSONS_PER_ACCOUNT; p++) {
      await rest.post(
        `/v1/accounts/${account.id}/persons`,
        new URLSearchParams({ first_name: `Person${p}`, last_name: `Of${n}`, email: `p${p}-${n}@example.com` }),
      );
    }
    created.push(account.id);
  }
  const fcAccounts = await rest.get<Listed>('/v1/financial_connections/accounts', { limit: 10 });
  const fc = fcAccounts.data.find((a) => typeof a.ownership === 'string');
  const sessions = await rest.get<Listed>('/v1/identity/verification_sessions', { limit: 100 });
  const session = sessions.data.find((s) => typeof s.last_verification_report === 'string');
  if (!fc || !session) throw new Error('bench fixture: the emulator demo data lacks a Financial Connections account with ownership or a session with a report');
  const newestFirst = [...created].reverse();
  return { accountId: newestFirst[0]!, accountIds: newestFirst, fcAccountId: String(fc.id), verificationSessionId: String(session.id) };
}
