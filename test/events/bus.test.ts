/**
 * The event bus: in-process, and through a real redis-server this test starts on a free
 * loopback port. Two bus instances on one Redis stand for two gateway replicas.
 */
import { createEventBus, LocalBus, type EventBus } from '../../src/events/bus';
import type { GatewayEvent } from '../../src/events/event';
import { startRedis, type TestRedis } from '../helpers/redis';
import { until } from '../helpers/wait';

function event(id: string, account: string | null = null): GatewayEvent {
  return { id, type: 'account.updated', account, created: 1_767_225_600, object: { id: 'acct_1', object: 'account' }, previousAttributes: null };
}

/** Waits (bounded) until a condition holds; the bus delivers asynchronously through Redis. */

describe('LocalBus', () => {
  it('delivers to every subscriber once, drops a replayed id, and stops on unsubscribe', async () => {
    const bus = new LocalBus({ window: 2 });
    const a: string[] = [];
    const b: string[] = [];
    const stopA = bus.subscribe((e) => a.push(e.id));
    bus.subscribe((e) => b.push(e.id));
    expect(await bus.publishOnce(event('evt_1'))).toBe('published');
    expect(await bus.publishOnce(event('evt_1'))).toBe('duplicate');
    expect(bus.subscriberCount()).toBe(2);
    stopA();
    expect(bus.subscriberCount()).toBe(1);
    expect(await bus.publishOnce(event('evt_2'))).toBe('published');
    expect(a).toEqual(['evt_1']);
    expect(b).toEqual(['evt_1', 'evt_2']);
    expect(bus.status()).toEqual({ mode: 'local', connected: true });
  });

  it('keeps delivering to the others when one subscriber throws', async () => {
    const bus = new LocalBus();
    const got: string[] = [];
    bus.subscribe(() => {
      throw new Error('subscriber failure');
    });
    bus.subscribe((e) => got.push(e.id));
    await bus.publishOnce(event('evt_x'));
    expect(got).toEqual(['evt_x']);
  });
});

describe('RedisBus with a real redis-server', () => {
  let redis: TestRedis;
  const buses: EventBus[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await redis.stop();
  });

  function bus(problems: string[] = []): EventBus {
    const made = createEventBus(redis.url, { onProblem: (m) => problems.push(m) });
    buses.push(made);
    return made;
  }

  it('carries an event published on one replica to subscribers on both, exactly once', async () => {
    const first = bus();
    const second = bus();
    await until(() => first.status().connected && second.status().connected, 'both buses to connect');
    const onFirst: string[] = [];
    const onSecond: string[] = [];
    first.subscribe((e) => onFirst.push(`${e.id}:${e.account}`));
    second.subscribe((e) => onSecond.push(`${e.id}:${e.account}`));

    expect(await first.publishOnce(event('evt_redis_1', 'acct_9'))).toBe('published');
    // The same event arriving at the other replica (Stripe retried it there) is a duplicate.
    expect(await second.publishOnce(event('evt_redis_1', 'acct_9'))).toBe('duplicate');
    expect(await second.publishOnce(event('evt_redis_2'))).toBe('published');
    await until(() => onFirst.length === 2 && onSecond.length === 2, 'both events on both replicas');
    // A moment for anything extra to arrive, then the exact lists.
    await new Promise((r) => setTimeout(r, 100));
    expect(onFirst).toEqual(['evt_redis_1:acct_9', 'evt_redis_2:null']);
    expect(onSecond).toEqual(['evt_redis_1:acct_9', 'evt_redis_2:null']);
    expect(first.status()).toEqual({ mode: 'redis', connected: true });
  });

  it('reports an outage and still delivers locally while Redis is down', async () => {
    const own = await startRedis();
    const problems: string[] = [];
    const made = createEventBus(own.url, { onProblem: (m) => problems.push(m) });
    buses.push(made);
    await until(() => made.status().connected, 'the bus to connect');
    const got: string[] = [];
    made.subscribe((e) => got.push(e.id));
    await own.stop();
    await until(() => !made.status().connected, 'the bus to notice the outage');
    expect(await made.publishOnce(event('evt_offline'))).toBe('published');
    expect(got).toEqual(['evt_offline']);
    expect(made.status()).toEqual({ mode: 'redis', connected: false });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Redis is unreachable \(.+\); events are delivered to this replica's subscribers only until it is back$/);
  });
});
