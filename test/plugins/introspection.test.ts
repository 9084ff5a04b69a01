/**
 * The limits plugin inside a real Apollo Server (no HTTP): refusals arrive as client errors with
 * their codes, and introspection is executed once per operation, however it is laid out.
 */
import { ApolloServer } from '@apollo/server';
import { getIntrospectionQuery } from 'graphql';
import { buildGatewaySchema } from '../../src/schema';
import { queryLimitsPlugin, type QueryLimits } from '../../src/plugins/limits';
import { introspectionCache, stringifyResult } from '../../src/plugins/introspection';

const { schema, index } = buildGatewaySchema();
const limits: QueryLimits = { maxDepth: 12, maxUpstreamRequests: 500, maxQueryBytes: 32768, maxTokens: 2000, maxAliases: 30, maxDirectives: 50 };
const cache = introspectionCache();
const apollo = new ApolloServer({ schema, stringifyResult, plugins: [queryLimitsPlugin(index, limits, cache)] });

beforeAll(() => apollo.start());
afterAll(() => apollo.stop());

async function run(
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): Promise<{ status: number | undefined; codes: unknown[]; data: unknown }> {
  const res = await apollo.executeOperation({ query, variables, operationName });
  if (res.body.kind !== 'single') throw new Error('incremental answer');
  const { data, errors } = res.body.singleResult;
  // A cached answer's data is a token that stringifyResult writes as the stored text, as the server does.
  const written = data === undefined || data === null ? data : (JSON.parse(stringifyResult({ data })) as { data: unknown }).data;
  return { status: res.http.status, codes: (errors ?? []).map((e) => e.extensions?.code), data: written };
}

test('a document over a limit is refused with its code and status, not as an internal error', async () => {
  expect(await run(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`, undefined, 'Named')).toEqual({
    status: 400,
    codes: ['QUERY_TOO_MANY_ALIASES'],
    data: undefined,
  });
  expect(await run('{ a: __schema { queryType { name } } b: __schema { queryType { name } } c: __type(name: "Account") { name } }')).toEqual({
    status: 400,
    codes: ['QUERY_TOO_COMPLEX'],
    data: undefined,
  });
});

test('introspection: executed once per operation, whatever its layout; answers are equal', async () => {
  const before = cache.executions;
  const full = getIntrospectionQuery();
  const first = await run(full);
  const relaid = await run(`# the same, laid out differently\n${full.replace(/\s+/g, ' ')}`);
  expect(cache.executions - before).toBe(1);
  expect(relaid).toEqual(first);
  expect((first.data as { __schema: { queryType: { name: string } } }).__schema.queryType.name).toBe('Query');

  await run('{ __type(name: "Account") { name } }');
  await run('{ __type(name: "Person") { name } }');
  expect(cache.executions - before).toBe(3);
  // A plain `{ __typename }` executes normally, without a cache entry.
  expect(await run('{ __typename }')).toEqual({ status: undefined, codes: [], data: { __typename: 'Query' } });
  expect(cache.executions - before).toBe(3);
});

test('introspection with variables: one entry per variable values; a bad variable is not cached', async () => {
  const before = cache.executions;
  const query = 'query ($n: String!) { __type(name: $n) { name } }';
  expect((await run(query, { n: 'Account' })).data).toEqual({ __type: { name: 'Account' } });
  expect((await run(query, { n: 'Person' })).data).toEqual({ __type: { name: 'Person' } });
  expect((await run(query, { n: 'Account' })).data).toEqual({ __type: { name: 'Account' } });
  expect(cache.executions - before).toBe(2);
  expect((await run(query, { n: 5 })).codes).toEqual(['BAD_USER_INPUT']);
});

test('stringifyResult writes a cached answer from its stored text (the cache keeps no result object), anything else as JSON', async () => {
  const res = await apollo.executeOperation({ query: '{ __type(name: "Transfer") { name } }' });
  if (res.body.kind !== 'single') throw new Error('incremental answer');
  const token = res.body.singleResult.data!;
  // What Apollo hands on is an empty, frozen stand-in; the answer exists only as its text.
  expect(Object.keys(token)).toEqual([]);
  expect(Object.isFrozen(token)).toBe(true);
  expect(stringifyResult({ data: token })).toBe('{"data":{"__type":{"name":"Transfer"}}}\n');
  expect(stringifyResult({ data: {} })).toBe('{"data":{}}\n');
  expect(stringifyResult({ data: { x: 1 }, errors: [{ message: 'm' }] })).toBe('{"data":{"x":1},"errors":[{"message":"m"}]}\n');
});
