/**
 * The web example's page script: reads one connected account with its persons, capabilities
 * and external accounts through the typed client of examples/client, by persisted document id
 * only, from an origin other than the gateway's. Bundled by serve.ts with esbuild.
 *
 * What a failed call looks like to a page: when the gateway does not list this page's origin
 * in CORS_ORIGINS, the browser refuses the preflight and fetch rejects with a TypeError that
 * says nothing more (the browser keeps the reason to its console), so the page says what it
 * most likely means.
 */
import { ReadAccountDocument, type ReadAccountQuery } from '../client/gql/graphql';
import { GraphQLRequestError, runPersisted } from '../client/persisted';

/** The token stays in this tab's session storage: gone when the tab closes, never in localStorage. */
const KEY_ITEM = 'gateway-example-key';
const DEFAULT_GATEWAY = 'http://127.0.0.1:4000/graphql';
const DEFAULT_ACCOUNT = 'acct_1QTKu5QaZd2';

type Account = NonNullable<ReadAccountQuery['account']>;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}`);
  return found as T;
}

function setStatus(state: 'loading' | 'loaded' | 'blocked' | 'error', text: string): void {
  const status = element('status');
  status.dataset.state = state;
  status.textContent = text;
}

function fillList(id: string, items: string[]): void {
  const list = element(id);
  list.replaceChildren(
    ...items.map((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    }),
  );
}

function show(account: Account): void {
  element('account-name').textContent = account.businessProfile?.name ?? account.id;
  element('account-summary').textContent = `${account.id} · ${account.country ?? ''} · ${account.email ?? 'no email'}`;
  fillList(
    'persons',
    (account.persons?.nodes ?? []).map((p) => `${p.firstName ?? ''} ${p.lastName ?? ''}`.trim()),
  );
  fillList(
    'capabilities',
    (account.capabilities?.nodes ?? []).map((c) => `${c.stripeId}: ${c.status}`),
  );
  fillList(
    'external-accounts',
    (account.externalAccounts?.nodes ?? []).map((e) => (e.__typename === 'BankAccount' ? `Bank account ···· ${e.last4}` : `Card ···· ${e.last4}`)),
  );
  element('account-view').hidden = false;
}

/** What a failure means to the person looking at the page. */
function describeFailure(error: unknown, gateway: string): { state: 'blocked' | 'error'; text: string } {
  if (error instanceof GraphQLRequestError) {
    if (error.status === 401) return { state: 'error', text: `The gateway did not accept the token (401): ${error.message}` };
    if (error.status === 403) return { state: 'error', text: `This token may not do this (403): ${error.message}` };
    return { state: 'error', text: error.message };
  }
  if (error instanceof TypeError) {
    return {
      state: 'blocked',
      text: `The browser blocked the call to ${gateway}: this page's origin (${location.origin}) is not allowed by the gateway's CORS_ORIGINS, or the gateway cannot be reached.`,
    };
  }
  return { state: 'error', text: error instanceof Error ? error.message : String(error) };
}

async function load(): Promise<void> {
  const gateway = element<HTMLInputElement>('gateway').value.trim();
  const key = element<HTMLInputElement>('key').value.trim();
  const account = element<HTMLInputElement>('account').value.trim();
  if (key) sessionStorage.setItem(KEY_ITEM, key);
  else sessionStorage.removeItem(KEY_ITEM);
  element('account-view').hidden = true;
  setStatus('loading', 'Loading…');
  try {
    const data = await runPersisted(gateway, ReadAccountDocument, { id: account }, key ? { authorization: `Bearer ${key}` } : {});
    if (!data.account) {
      setStatus('error', `No account ${account}`);
      return;
    }
    show(data.account);
    setStatus('loaded', `Loaded ${data.account.id}`);
  } catch (error) {
    const failure = describeFailure(error, gateway);
    setStatus(failure.state, failure.text);
  }
}

function start(): void {
  const params = new URLSearchParams(location.search);
  element<HTMLInputElement>('gateway').value = params.get('gateway') ?? DEFAULT_GATEWAY;
  element<HTMLInputElement>('account').value = params.get('account') ?? DEFAULT_ACCOUNT;
  element<HTMLInputElement>('key').value = sessionStorage.getItem(KEY_ITEM) ?? '';
  element<HTMLFormElement>('settings').addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
}

start();
