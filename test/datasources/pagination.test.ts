import { nextListParams, nextSearchParams, pageItemsInOrder, isReverseIteration } from '../../src/datasources/pagination';

const list = (ids: string[], hasMore: boolean) => ({
  object: 'list' as const,
  data: ids.map((id) => ({ id })),
  has_more: hasMore,
});

describe('nextListParams', () => {
  it('continues forwards after the last item', () => {
    expect(nextListParams({ limit: 2, expand: ['data.x'] }, list(['a', 'b'], true))).toEqual({
      limit: 2,
      expand: ['data.x'],
      starting_after: 'b',
    });
  });

  it('continues backwards before the first item when the walk began with ending_before', () => {
    expect(nextListParams({ limit: 2, ending_before: 'z' }, list(['c', 'd'], true))).toEqual({ limit: 2, ending_before: 'c' });
    expect(isReverseIteration({ ending_before: 'z' })).toBe(true);
    expect(isReverseIteration({ ending_before: '' })).toBe(false);
  });

  it('stops at the end, and on an empty page that claims more', () => {
    expect(nextListParams({}, list(['a'], false))).toBeNull();
    expect(nextListParams({}, list([], true))).toBeNull();
  });
});

describe('nextSearchParams', () => {
  const page = (next: string | null, hasMore: boolean) => ({
    object: 'search_result' as const,
    data: [{ id: 'x' }],
    has_more: hasMore,
    next_page: next,
  });

  it('follows next_page', () => {
    expect(nextSearchParams({ query: "email:'a@b.c'" }, page('tok2', true))).toEqual({ query: "email:'a@b.c'", page: 'tok2' });
  });

  it('stops without a token, at the end, or when the token repeats', () => {
    expect(nextSearchParams({}, page(null, true))).toBeNull();
    expect(nextSearchParams({}, page('t', false))).toBeNull();
    expect(nextSearchParams({ page: 't' }, page('t', true))).toBeNull();
  });
});

describe('pageItemsInOrder', () => {
  it('reverses pages of a backwards walk only', () => {
    expect(pageItemsInOrder({}, { data: [1, 2, 3] })).toEqual([1, 2, 3]);
    expect(pageItemsInOrder({ ending_before: 'x' }, { data: [1, 2, 3] })).toEqual([3, 2, 1]);
  });
});
