/**
 * The fixed set of benchmarked operations. Each has its GraphQL document (sent to the gateway)
 * and its floor: the fewest REST requests that answer the same question, sent with perfect
 * parallelism, written by hand against the REST API. Both sides reduce their answer to the same
 * summary, so the bench can check that the floor and the gateway answered the same thing.
 */
import type { BenchFixture } from './fixture';
import type { RestCaller } from './rest';

type Raw = Record<string, unknown>;
type List = { data: Raw[] };

export interface GraphQLCall {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: string;
  /** One line for the report. */
  title: string;
  /** The GraphQL request for call number `n` (mutations need a fresh idempotency key per call). */
  graphql(fx: BenchFixture, n: number): GraphQLCall;
  /** Reduces the gateway's `data` to the summary the floor also produces. */
  summarize(data: Raw, fx: BenchFixture, n: number): unknown;
  /** The floor: the same answer from the fewest REST requests, in the fewest waves. */
  floor(rest: RestCaller, fx: BenchFixture, n: number): Promise<unknown>;
  /** The floor's plan in words (requests, waves), for the report. */
  floorPlan: string;
}

const obj = (v: unknown): Raw => (typeof v === 'object' && v !== null ? (v as Raw) : {});
const nodes = (connection: unknown): Raw[] => (obj(connection).nodes as Raw[] | undefined) ?? [];
const ids = (items: Raw[]): string[] => items.map((i) => String(i.id));
/** Stripe's ids of objects whose graph `id` is a global one (persons, capabilities, external accounts). */
const stripeIds = (items: Raw[]): string[] => items.map((i) => String(i.stripeId));
/** A fresh idempotency key per call, unique across runs of the bench too. */
const RUN = `${process.pid}-${Date.now()}`;

export const OPERATIONS: readonly Operation[] = [
  {
    name: 'account',
    title: 'One account by id',
    floorPlan: 'GET /v1/accounts/{id} (1 request, 1 wave)',
    graphql: (fx) => ({ query: 'query ($id: ID!) { account(id: $id) { id email country businessType chargesEnabled } }', variables: { id: fx.accountId } }),
    summarize: (data) => ({ id: obj(data.account).id, email: obj(data.account).email }),
    floor: async (rest, fx) => {
      const a = await rest.get(`/v1/accounts/${fx.accountId}`);
      return { id: a.id, email: a.email };
    },
  },
  {
    name: 'accounts20',
    title: '20 accounts with id and email',
    floorPlan: 'GET /v1/accounts?limit=20 (1 request, 1 wave)',
    graphql: () => ({ query: '{ accounts(first: 20) { nodes { id email } } }', variables: {} }),
    summarize: (data) => nodes(data.accounts).map((a) => [a.id, a.email]),
    floor: async (rest) => {
      const page = await rest.get<List>('/v1/accounts', { limit: 20 });
      return page.data.map((a) => [a.id, a.email]);
    },
  },
  {
    name: 'nested',
    title: '10 accounts, each with persons, capabilities and external accounts',
    floorPlan:
      'GET /v1/accounts?limit=10 (external accounts are embedded), then for each account GET .../persons?limit=10 and GET .../capabilities, all 20 at once (21 requests, 2 waves)',
    graphql: () => ({
      query: `{ accounts(first: 10) { nodes { id email
        persons { nodes { stripeId firstName lastName } }
        capabilities { nodes { stripeId status } }
        externalAccounts { nodes { __typename ... on BankAccount { stripeId last4 } ... on Card { stripeId last4 } } } } } }`,
      variables: {},
    }),
    summarize: (data) =>
      nodes(data.accounts).map((a) => ({
        id: a.id,
        persons: stripeIds(nodes(a.persons)),
        capabilities: stripeIds(nodes(a.capabilities)),
        external: stripeIds(nodes(a.externalAccounts)),
      })),
    floor: async (rest) => {
      const page = await rest.get<List>('/v1/accounts', { limit: 10 });
      return Promise.all(
        page.data.map(async (a) => {
          const [persons, capabilities] = await Promise.all([
            rest.get<List>(`/v1/accounts/${String(a.id)}/persons`, { limit: 10 }),
            rest.get<List>(`/v1/accounts/${String(a.id)}/capabilities`),
          ]);
          return {
            id: a.id,
            persons: ids(persons.data),
            capabilities: ids(capabilities.data),
            external: ids((obj(a.external_accounts).data as Raw[] | undefined) ?? []),
          };
        }),
      );
    },
  },
  {
    name: 'fcAccount',
    title: 'Financial Connections account with owners and transactions',
    floorPlan:
      'GET /v1/financial_connections/accounts/{id} and GET /v1/financial_connections/transactions?account={id} at once, then GET .../accounts/{id}/owners?ownership={ownership} (3 requests, 2 waves; the owners list needs the ownership id from the account)',
    graphql: (fx) => ({
      query: `query ($id: ID!) { financialConnectionsAccount(id: $id) { id displayName last4
        owners { nodes { id name email } }
        transactions { nodes { id amount description } } } }`,
      variables: { id: fx.fcAccountId },
    }),
    summarize: (data) => {
      const a = obj(data.financialConnectionsAccount);
      return { id: a.id, owners: ids(nodes(a.owners)), transactions: ids(nodes(a.transactions)) };
    },
    floor: async (rest, fx) => {
      const accountPath = `/v1/financial_connections/accounts/${fx.fcAccountId}`;
      const [owners, transactions] = await Promise.all([
        rest.get(accountPath).then((a) => rest.get<List>(`${accountPath}/owners`, { ownership: String(a.ownership), limit: 10 })),
        rest.get<List>('/v1/financial_connections/transactions', { account: fx.fcAccountId, limit: 10 }),
      ]);
      return { id: fx.fcAccountId, owners: ids(owners.data), transactions: ids(transactions.data) };
    },
  },
  {
    name: 'identity',
    title: 'Identity verification session with its last report',
    floorPlan: 'GET /v1/identity/verification_sessions/{id}?expand[]=last_verification_report (1 request, 1 wave)',
    graphql: (fx) => ({
      query: 'query ($id: ID!) { identityVerificationSession(id: $id) { id status lastVerificationReport { id type created } } }',
      variables: { id: fx.verificationSessionId },
    }),
    summarize: (data) => {
      const s = obj(data.identityVerificationSession);
      return { id: s.id, report: obj(s.lastVerificationReport).id, type: String(obj(s.lastVerificationReport).type).toLowerCase() };
    },
    floor: async (rest, fx) => {
      const s = await rest.get(`/v1/identity/verification_sessions/${fx.verificationSessionId}`, { expand: ['last_verification_report'] });
      const report = obj(s.last_verification_report);
      return { id: s.id, report: report.id, type: String(report.type) };
    },
  },
  {
    name: 'repeat',
    title: 'The same account and its persons asked for in three places (what the loaders save)',
    floorPlan: 'GET /v1/accounts/{id} and GET .../persons?limit=10 at once (2 requests, 1 wave)',
    graphql: (fx) => ({
      query: `query ($id: ID!) {
        a: account(id: $id) { id email persons { nodes { stripeId } } }
        b: account(id: $id) { id country persons { nodes { stripeId firstName } } }
        c: account(id: $id) { id chargesEnabled } }`,
      variables: { id: fx.accountId },
    }),
    summarize: (data) => ({
      id: obj(data.a).id,
      email: obj(data.a).email,
      persons: stripeIds(nodes(obj(data.a).persons)),
      same:
        obj(data.b).id === obj(data.a).id &&
        obj(data.c).id === obj(data.a).id &&
        stripeIds(nodes(obj(data.b).persons)).join() === stripeIds(nodes(obj(data.a).persons)).join(),
    }),
    floor: async (rest, fx) => {
      const [a, persons] = await Promise.all([rest.get(`/v1/accounts/${fx.accountId}`), rest.get<List>(`/v1/accounts/${fx.accountId}/persons`, { limit: 10 })]);
      return { id: a.id, email: a.email, persons: ids(persons.data), same: true };
    },
  },
  {
    name: 'mutation',
    title: 'updateAccount (metadata), fresh idempotency key per call',
    floorPlan: 'POST /v1/accounts/{id} with metadata and an Idempotency-Key (1 request, 1 wave)',
    graphql: (fx, n) => ({
      query: 'mutation ($id: ID!, $input: AccountUpdateParams, $key: String) { updateAccount(id: $id, input: $input, idempotencyKey: $key) { id metadata } }',
      variables: { id: fx.accountId, input: { metadata: { bench: `v${n}` } }, key: `bench-gql-${RUN}-${n}` },
    }),
    summarize: (data, _fx, n) => ({ id: obj(data.updateAccount).id, set: obj(obj(data.updateAccount).metadata).bench === `v${n}` }),
    floor: async (rest, fx, n) => {
      const a = await rest.post(`/v1/accounts/${fx.accountId}`, new URLSearchParams({ 'metadata[bench]': `v${n}` }), `bench-rest-${RUN}-${n}`);
      return { id: a.id, set: obj(a.metadata).bench === `v${n}` };
    },
  },
];
