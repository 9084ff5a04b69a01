/**
 * A tiny Stripe stand-in for loader tests: a handful of objects served over real HTTP with
 * Stripe's paths, list pagination and `expand[]` of a payment intent's customer.
 */
import type { ServerResponse } from 'node:http';
import { json, type Received } from './upstream';

type Obj = Record<string, unknown> & { id: string; object: string };

export interface FakeData {
  accounts: Obj[];
  persons: Obj[];
  customers: Obj[];
  paymentIntents: Obj[];
  onrampSessions: Obj[];
  externalAccounts: Obj[];
  transfers: Obj[];
}

export function sampleData(): FakeData {
  const customers: Obj[] = Array.from({ length: 5 }, (_, i) => ({ id: `cus_${i + 1}`, object: 'customer', email: `c${i + 1}@example.com` }));
  return {
    accounts: [
      { id: 'acct_1', object: 'account', email: 'owner@example.com' },
      { id: 'acct_2', object: 'account', email: 'second@example.com' },
    ],
    persons: Array.from({ length: 5 }, (_, i) => ({ id: `person_${i + 1}`, object: 'person', account: 'acct_1', first_name: `P${i + 1}` })),
    customers,
    paymentIntents: Array.from({ length: 3 }, (_, i) => ({
      id: `pi_${i + 1}`,
      object: 'payment_intent',
      amount: 1000 * (i + 1),
      customer: `cus_${i + 1}`,
    })),
    onrampSessions: [{ id: 'cos_1', object: 'crypto.onramp_session', status: 'initialized' }],
    externalAccounts: [
      { id: 'ba_1', object: 'bank_account', account: 'acct_1', last4: '6789' },
      { id: 'card_1', object: 'card', account: 'acct_1', last4: '4242' },
      { id: 'ba_2', object: 'bank_account', account: 'acct_1', last4: '1116' },
    ],
    transfers: [
      { id: 'tr_1', object: 'transfer', destination: 'acct_1', amount: 100 },
      { id: 'tr_2', object: 'transfer', destination: 'acct_2', amount: 200 },
      { id: 'tr_3', object: 'transfer', destination: 'acct_1', amount: 300 },
    ],
  };
}

function notFound(res: ServerResponse, what: string): void {
  json(res, 404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${what}`, param: 'id' } });
}

function page(res: ServerResponse, items: Obj[], url: URL): void {
  const limit = Number(url.searchParams.get('limit') ?? '10');
  const after = url.searchParams.get('starting_after');
  const start = after ? items.findIndex((o) => o.id === after) + 1 : 0;
  const data = items.slice(start, start + limit);
  json(res, 200, { object: 'list', data, has_more: start + limit < items.length, url: url.pathname });
}

function expandCustomer(intent: Obj, data: FakeData): Obj {
  return { ...intent, customer: data.customers.find((c) => c.id === intent.customer) ?? null };
}

/** Answers like Stripe for the fixture's paths. */
export function fakeStripe(data: FakeData) {
  return (req: Received, res: ServerResponse): void => {
    const url = new URL(req.url, 'http://fake');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const expand = [...url.searchParams.entries()].filter(([k]) => k.startsWith('expand[')).map(([, v]) => v);
    const [v1, collection, id, sub, subId] = parts;
    if (v1 !== 'v1') return notFound(res, 'path');
    if (collection === 'account' && parts.length === 2) return json(res, 200, data.accounts[0]);
    if (collection === 'accounts' && id && sub === 'persons') {
      const persons = data.persons.filter((p) => p.account === id);
      if (subId === undefined) return page(res, persons, url);
      const person = persons.find((p) => p.id === subId);
      return person ? json(res, 200, person) : notFound(res, `person: ${subId}`);
    }
    if (collection === 'accounts' && id && sub === 'external_accounts') {
      const items = data.externalAccounts.filter((p) => p.account === id);
      if (subId === undefined) return page(res, items, url);
      const item = items.find((p) => p.id === subId);
      return item ? json(res, 200, item) : notFound(res, `external account: ${subId}`);
    }
    if (collection === 'transfers' && !id) {
      const destination = url.searchParams.get('destination');
      return page(
        res,
        data.transfers.filter((t) => destination === null || t.destination === destination),
        url,
      );
    }
    if (collection === 'transfers' && id) {
      const transfer = data.transfers.find((t) => t.id === id);
      return transfer ? json(res, 200, transfer) : notFound(res, `transfer: ${id}`);
    }
    if (collection === 'accounts' && id) {
      const account = data.accounts.find((a) => a.id === id);
      return account ? json(res, 200, account) : notFound(res, `account: ${id}`);
    }
    if (collection === 'customers' && id) {
      const customer = data.customers.find((c) => c.id === id);
      return customer ? json(res, 200, customer) : notFound(res, `customer: ${id}`);
    }
    if (collection === 'customers') return page(res, data.customers, url);
    if (collection === 'payment_intents') {
      if (id) {
        const intent = data.paymentIntents.find((p) => p.id === id);
        if (!intent) return notFound(res, `payment_intent: ${id}`);
        return json(res, 200, expand.includes('customer') ? expandCustomer(intent, data) : intent);
      }
      const intents = expand.includes('data.customer') ? data.paymentIntents.map((p) => expandCustomer(p, data)) : data.paymentIntents;
      return page(res, intents, url);
    }
    if (collection === 'crypto' && id === 'onramp_sessions' && sub) {
      const session = data.onrampSessions.find((s) => s.id === sub);
      return session ? json(res, 200, session) : notFound(res, `session: ${sub}`);
    }
    return notFound(res, 'path');
  };
}
