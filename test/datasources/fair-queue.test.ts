import { FairQueue, Limiter } from '../../src/datasources/limiter';

describe('FairQueue', () => {
  test('owners are served in turn; each owner in arrival order', () => {
    const q = new FairQueue<string>();
    for (const item of ['a1', 'a2', 'a3']) q.push('a', item);
    q.push('b', 'b1');
    q.push('c', 'c1');
    q.push('b', 'b2');
    expect(q.size).toBe(6);
    const out: string[] = [];
    for (let item = q.shift(); item !== undefined; item = q.shift()) out.push(item);
    expect(out).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
    expect(q.size).toBe(0);
  });
  test('remove takes one item out; an emptied owner leaves the rotation', () => {
    const q = new FairQueue<string>();
    q.push('a', 'a1');
    q.push('b', 'b1');
    q.push('b', 'b2');
    expect(q.remove('a', 'a1')).toBe(true);
    expect(q.remove('a', 'a1')).toBe(false);
    expect([q.sizeOf('a'), q.sizeOf('b'), q.size]).toEqual([0, 2, 2]);
    expect([q.shift(), q.shift(), q.shift()]).toEqual(['b1', 'b2', undefined]);
  });
});

test('Limiter: a caller with a long queue does not delay another caller by more than one turn', async () => {
  const limiter = new Limiter(1, 100);
  const first = await limiter.acquire(undefined, 'heavy');
  const order: string[] = [];
  const waits = [
    ...Array.from({ length: 5 }, (_, i) =>
      limiter.acquire(undefined, 'heavy').then((release) => {
        order.push(`heavy${i}`);
        release();
      }),
    ),
    limiter.acquire(undefined, 'light').then((release) => {
      order.push('light');
      release();
    }),
  ];
  first();
  await Promise.all(waits);
  expect(order).toEqual(['heavy0', 'light', 'heavy1', 'heavy2', 'heavy3', 'heavy4']);
});

test('Limiter: the queue bound is per caller', async () => {
  const limiter = new Limiter(1, 1);
  const held = await limiter.acquire(undefined, 'a');
  const queued = limiter.acquire(undefined, 'a');
  await expect(limiter.acquire(undefined, 'a')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  const other = limiter.acquire(undefined, 'b');
  expect(limiter.waiting).toBe(2);
  held();
  (await queued)();
  (await other)();
  expect(limiter.idle).toBe(true);
});
