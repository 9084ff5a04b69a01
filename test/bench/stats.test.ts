/**
 * The benchmark's arithmetic: exact percentiles, medians, wave grouping and round order.
 */
import { median, percentile, ratio, waveSizes } from '../../bench/stats';
import { roundOrder } from '../../bench/unloaded';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose
  test.each([
    [50, 50],
    [95, 95],
    [99, 99],
    [100, 100],
    [0, 1],
  ])('p%d of 1..100 is %d', (p, want) => expect(percentile(hundred, p)).toBe(want));
  test('few samples: p99 is the largest', () => expect(percentile([3, 1, 2], 99)).toBe(3));
  test('no samples: NaN', () => expect(percentile([], 50)).toBeNaN());
});

describe('waveSizes', () => {
  test('requests sent together are one wave', () => expect(waveSizes([0, 1, 2, 3], 100)).toEqual([4]));
  test('a request one round trip after the first opens the next wave', () => expect(waveSizes([0, 101, 102, 150], 100)).toEqual([1, 3]));
  test('exactly one round trip later counts as a new wave', () => expect(waveSizes([0, 100], 100)).toEqual([1, 1]));
  test('three dependent steps', () => expect(waveSizes([205, 0, 103], 100)).toEqual([1, 1, 1]));
  test('no requests, no waves', () => expect(waveSizes([], 100)).toEqual([]));
});

test('ratio', () => {
  expect(ratio(3, 2)).toBe(1.5);
  expect(ratio(1, 0)).toBeNull();
  expect(ratio(Number.NaN, 1)).toBeNull();
});

test('median', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([])).toBeNaN();
});

test('roundOrder rotates by one each round', () => {
  expect(roundOrder(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
  expect(roundOrder(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
  expect(roundOrder(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b']);
  expect(roundOrder([], 3)).toEqual([]);
});
