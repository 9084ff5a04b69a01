import { RequestCancelledError, ConcurrencyLimitError } from '../../src/datasources/errors';
import { Limiter } from '../../src/datasources/limiter';

describe('Limiter', () => {
  it('admits up to maxInFlight at once and queues the rest in order', async () => {
    const limiter = new Limiter(2, 5);
    const a = await limiter.acquire();
    const b = await limiter.acquire();
    const order: string[] = [];
    const c = limiter.acquire().then((release) => {
      order.push('c');
      return release;
    });
    const d = limiter.acquire().then((release) => {
      order.push('d');
      return release;
    });
    expect([limiter.active, limiter.waiting]).toEqual([2, 2]);
    a();
    a(); // a second call must not free a second slot
    const releaseC = await c;
    expect(order).toEqual(['c']);
    expect([limiter.active, limiter.waiting]).toEqual([2, 1]);
    b();
    const releaseD = await d;
    expect(order).toEqual(['c', 'd']);
    releaseC();
    releaseD();
    expect(limiter.idle).toBe(true);
  });

  it('rejects at once with a clear error when the queue is full', async () => {
    const limiter = new Limiter(1, 1);
    await limiter.acquire();
    void limiter.acquire();
    await expect(limiter.acquire()).rejects.toThrow(ConcurrencyLimitError);
    await expect(limiter.acquire()).rejects.toThrow(
      'Too many concurrent Stripe requests for this credential: 1 in flight and 1 waiting (the queue is full); retry later or ask for fewer objects at once',
    );
  });

  it('drops a waiter whose signal fires, and refuses an already aborted signal', async () => {
    const limiter = new Limiter(1, 5);
    const release = await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    expect(limiter.waiting).toBe(1);
    controller.abort();
    await expect(waiting).rejects.toThrow(RequestCancelledError);
    expect(limiter.waiting).toBe(0);
    await expect(limiter.acquire(controller.signal)).rejects.toThrow('Request cancelled before it was sent');
    release();
    expect(limiter.idle).toBe(true);
  });

  it('refuses nonsense limits', () => {
    expect(() => new Limiter(0, 1)).toThrow('maxInFlight must be an integer >= 1, got 0');
    expect(() => new Limiter(1, -1)).toThrow('maxQueued must be an integer >= 0, got -1');
  });
});
