/**
 * Relay connections over Stripe lists: exact parameters and page info.
 */
import { isPaginated } from '../../src/metadata/paging';
import { embeddedConnection, pageParams, toConnection, wholeListConnection } from '../../src/resolvers/connections';
import type { EndpointMeta, RestMetadata } from '../../src/metadata/types';

describe('pageParams', () => {
  test('default first page is Stripe default of 10', () => {
    expect(pageParams({})).toEqual({ limit: 10 });
  });
  test('first/after map to limit/starting_after', () => {
    expect(pageParams({ first: 5, after: 'acct_2' })).toEqual({ limit: 5, starting_after: 'acct_2' });
  });
  test('last/before map to limit/ending_before', () => {
    expect(pageParams({ last: 3, before: 'acct_9' })).toEqual({ limit: 3, ending_before: 'acct_9' });
  });
  test.each([
    [{ first: 1, last: 1, before: 'x' }, 'Pass either `first` or `last`, not both'],
    [{ after: 'a', before: 'b' }, 'Pass either `after` or `before`, not both'],
    [{ last: 2 }, '`last` needs `before`: Stripe lists page backwards only from a cursor'],
    [{ first: 0 }, 'Page size must be between 1 and 100, got 0'],
    [{ first: 101 }, 'Page size must be between 1 and 100, got 101'],
  ])('refuses %j with BAD_USER_INPUT', (args, message) => {
    expect(() => pageParams(args)).toThrow(message);
    try {
      pageParams(args);
    } catch (error) {
      expect((error as { extensions: { code: string } }).extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('toConnection', () => {
  const page = { data: [{ id: 'a' }, { id: 'b' }], has_more: true };
  test('forward: next page from has_more, previous page from the cursor', () => {
    expect(toConnection(page, { first: 2, after: 'z' })).toEqual({
      edges: [
        { cursor: 'a', node: { id: 'a' } },
        { cursor: 'b', node: { id: 'b' } },
      ],
      nodes: page.data,
      pageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: 'a', endCursor: 'b' },
    });
  });
  test('backward: previous page from has_more, and there is a next page (the cursor)', () => {
    expect(toConnection({ data: [{ id: 'a' }], has_more: false }, { last: 1, before: 'b' }).pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: 'a',
      endCursor: 'a',
    });
  });
  test('an empty page has null cursors', () => {
    expect(toConnection({ data: [], has_more: false }, {}).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});

test('an embedded list is cut to the page asked for, and says so', () => {
  const connection = embeddedConnection({ data: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], has_more: false }, { first: 2 });
  expect(connection.nodes).toEqual([{ id: 'a' }, { id: 'b' }]);
  expect(connection.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'a', endCursor: 'b' });
});

describe('lists that do not page', () => {
  const whole = { data: ['a', 'b', 'c', 'd'].map((id) => ({ id })), has_more: false };
  const ids = (c: ReturnType<typeof wholeListConnection>) => [c.nodes.map((n) => (n as { id: string }).id), c.pageInfo.hasNextPage, c.pageInfo.hasPreviousPage];

  test('isPaginated: only lists whose params take `limit`', () => {
    const metadata = {
      inputs: {
        L: { name: 'L', domain: 'T', fields: [{ name: 'limit', stripe: 'limit', type: { kind: 'scalar', name: 'Long' }, required: false, emptyable: false }] },
      },
    } as unknown as RestMetadata;
    const endpoint = (params?: string) =>
      ({
        name: 'list',
        method: 'GET',
        path: '/v1/x',
        pathParams: [],
        kind: 'list',
        returns: { kind: 'object', name: 'X' },
        ...(params ? { params } : {}),
      }) as EndpointMeta;
    expect([isPaginated(metadata, endpoint('L')), isPaginated(metadata, endpoint()), isPaginated(metadata, endpoint('Missing'))]).toEqual([true, false, false]);
  });

  test('pageParams sends nothing for them, but still checks the arguments', () => {
    expect(pageParams({ first: 2, after: 'b' }, false)).toEqual({});
    expect(() => pageParams({ first: 0 }, false)).toThrow('Page size must be between 1 and 100, got 0');
  });

  test('wholeListConnection cuts the page here', () => {
    expect(ids(wholeListConnection(whole, {}))).toEqual([['a', 'b', 'c', 'd'], false, false]);
    expect(ids(wholeListConnection(whole, { first: 2 }))).toEqual([['a', 'b'], true, false]);
    expect(ids(wholeListConnection(whole, { first: 2, after: 'b' }))).toEqual([['c', 'd'], false, true]);
    expect(ids(wholeListConnection(whole, { last: 2, before: 'd' }))).toEqual([['b', 'c'], true, true]);
    expect(ids(wholeListConnection(whole, { last: 5, before: 'b' }))).toEqual([['a'], true, false]);
    expect(() => wholeListConnection(whole, { after: 'zz' })).toThrow('No item of this list has the cursor zz');
  });
});
