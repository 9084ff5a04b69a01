/**
 * The event bus: webhook intake publishes, subscriptions listen. In-process by default; with
 * REDIS_URL, through Redis pub/sub, so an event that reached any replica reaches the
 * subscribers of every replica, each exactly once: a publisher never delivers its own event
 * locally when Redis carries it, it receives it back from Redis like every other replica.
 * When Redis is unreachable the bus says so (status(), one log line per outage) and delivers
 * locally, so a single replica keeps working.
 */
import type { Redis } from 'ioredis';
import { redisConnection } from '../datasources/redis';
import type { GatewayEvent } from './event';
import { RecentIds } from './event';

export type EventListener = (event: GatewayEvent) => void;

export interface BusStatus {
  mode: 'local' | 'redis';
  /** Whether events currently travel between replicas (always true in local mode). */
  connected: boolean;
}

export interface EventBus {
  /** Publishes an event unless its id was published already (within the window); says which. */
  publishOnce(event: GatewayEvent): Promise<'published' | 'duplicate'>;
  /** Calls the listener for every event from now on; answers the function that stops it. */
  subscribe(listener: EventListener): () => void;
  /** How many listeners this process has (open subscriptions). */
  subscriberCount(): number;
  status(): BusStatus;
  close(): Promise<void>;
}

export interface BusOptions {
  /** How many recent event ids are remembered to drop replays (per process). */
  window?: number;
  /** How long Redis remembers a published event id, in seconds. */
  redisWindowSeconds?: number;
  /** Told once when Redis becomes unreachable and once when it is back; never given the URL. */
  onProblem?: (message: string) => void;
}

const CHANNEL = 'stripe-graph-gateway:events';
const SEEN_PREFIX = 'stripe-graph-gateway:event-seen:';
const DEFAULT_WINDOW = 10_000;
const DEFAULT_REDIS_WINDOW_SECONDS = 24 * 3600;

/** The listeners of this process; one failing listener does not stop the others. */
class Fanout {
  private readonly listeners = new Set<EventListener>();

  add(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.listeners.size;
  }

  deliver(event: GatewayEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A subscriber's failure is its own; the event still reaches the rest.
      }
    }
  }
}

export function createEventBus(redisUrl: string | undefined, options: BusOptions = {}): EventBus {
  return redisUrl === undefined ? new LocalBus(options) : new RedisBus(redisUrl, options);
}

export class LocalBus implements EventBus {
  protected readonly fanout = new Fanout();
  protected readonly recent: RecentIds;

  constructor(options: BusOptions = {}) {
    this.recent = new RecentIds(options.window ?? DEFAULT_WINDOW);
  }

  async publishOnce(event: GatewayEvent): Promise<'published' | 'duplicate'> {
    if (!this.recent.firstSeen(event.id)) return 'duplicate';
    this.fanout.deliver(event);
    return 'published';
  }

  subscribe(listener: EventListener): () => void {
    return this.fanout.add(listener);
  }

  subscriberCount(): number {
    return this.fanout.size;
  }

  status(): BusStatus {
    return { mode: 'local', connected: true };
  }

  async close(): Promise<void> {}
}

class RedisBus extends LocalBus {
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly windowSeconds: number;
  private readonly onProblem: (message: string) => void;
  private down = false;
  private closed = false;

  constructor(url: string, options: BusOptions = {}) {
    super(options);
    this.windowSeconds = options.redisWindowSeconds ?? DEFAULT_REDIS_WINDOW_SECONDS;
    this.onProblem = options.onProblem ?? (() => undefined);
    // Publishing never waits on an outage (see redisConnection).
    this.pub = redisConnection(url);
    // The subscriber queues its SUBSCRIBE until connected, and ioredis renews it after a reconnect.
    this.sub = redisConnection(url, { enableOfflineQueue: true, maxRetriesPerRequest: null });
    for (const connection of [this.pub, this.sub]) {
      connection.on('error', (error: Error) => this.report(error));
      connection.on('close', () => this.report(new Error('connection closed')));
      connection.on('ready', () => this.recovered());
    }
    this.sub.on('message', (_channel: string, message: string) => this.received(message));
    this.sub.subscribe(CHANNEL).catch((error: unknown) => this.report(error));
  }

  override async publishOnce(event: GatewayEvent): Promise<'published' | 'duplicate'> {
    if (!this.recent.firstSeen(event.id)) return 'duplicate';
    if (this.connected()) {
      try {
        // Another replica may have taken this id already (a retry that went elsewhere).
        const claimed = await this.pub.set(SEEN_PREFIX + event.id, '1', 'EX', this.windowSeconds, 'NX');
        if (claimed === null) return 'duplicate';
        await this.pub.publish(CHANNEL, JSON.stringify(event));
        return 'published';
      } catch (error) {
        this.report(error);
      }
    }
    this.fanout.deliver(event);
    return 'published';
  }

  override status(): BusStatus {
    return { mode: 'redis', connected: this.connected() };
  }

  override async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.pub, this.sub].map(endConnection));
  }

  private connected(): boolean {
    return this.pub.status === 'ready' && this.sub.status === 'ready';
  }

  private received(message: string): void {
    let event: GatewayEvent;
    try {
      event = JSON.parse(message) as GatewayEvent;
    } catch {
      return; // not ours: something else published on the channel
    }
    this.recent.firstSeen(event.id);
    this.fanout.deliver(event);
  }

  private report(error: unknown): void {
    if (this.down || this.closed) return;
    this.down = true;
    const reason = error instanceof Error ? error.message : String(error);
    this.onProblem(`Redis is unreachable (${reason}); events are delivered to this replica's subscribers only until it is back`);
  }

  private recovered(): void {
    if (!this.down || !this.connected()) return;
    this.down = false;
    this.onProblem('Redis is reachable again; events travel between replicas');
  }
}

/** Disconnects and waits until the socket is gone (ioredis keeps a timer until then). */
function endConnection(connection: Redis): Promise<void> {
  // Only a live socket has a close to wait for; between retries there is none.
  const live = connection.status === 'ready' || connection.status === 'connect' || connection.status === 'connecting';
  const ended = live ? new Promise<void>((resolve) => connection.once('end', () => resolve())) : Promise.resolve();
  connection.disconnect();
  return ended;
}
