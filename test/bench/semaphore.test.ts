/**
 * The capped floor's limiter: never more than the limit running, waiters served in order.
 */
import { limitConcurrency } from '../../bench/semaphore';

test('at most `limit` tasks run at once, and the waiters start in arrival order', async () => {
  const run = limitConcurrency(2);
  const releases: Array<() => void> = [];
  const started: number[] = [];
  let running = 0;
  let most = 0;
  const task = (n: number) => () =>
    new Promise<number>((resolve) => {
      started.push(n);
      running += 1;
      most = Math.max(most, running);
      releases.push(() => {
        running -= 1;
        resolve(n);
      });
    });
  const all = Promise.all([1, 2, 3, 4, 5].map((n) => run(task(n))));
  await new Promise((r) => setImmediate(r));
  expect(started).toEqual([1, 2]);
  releases[0]!();
  await new Promise((r) => setImmediate(r));
  expect(started).toEqual([1, 2, 3]);
  for (let i = 1; i < 5; i++) {
    releases[i]!();
    await new Promise((r) => setImmediate(r));
  }
  expect(await all).toEqual([1, 2, 3, 4, 5]);
  expect(started).toEqual([1, 2, 3, 4, 5]);
  expect(most).toBe(2);
});

test('a failed task frees its slot', async () => {
  const run = limitConcurrency(1);
  await expect(run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  expect(await run(() => Promise.resolve('next'))).toBe('next');
});

test('a limit below 1 is refused', () => {
  expect(() => limitConcurrency(0)).toThrow('limit must be an integer >= 1, got 0');
});
