/**
 * The subscription root (`SubscriptionRoot`; Stripe's billing `Subscription` has the name): each subscription is a stream of the bus's events, narrowed to what
 * the subscriber may see (a connected-account caller: its own account's events only) and to
 * what it asked for (event types; one resource, one id). `<resource>Updated` yields the object
 * itself, so a client selects nested fields resolved through the same loaders as a query.
 */
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context';
import type { MetadataIndex } from '../metadata/load';
import type { EventBus } from './bus';
import type { GatewayEvent } from './event';
import { loadEventTypes, subscriptionFields } from './event-types';

/** Who subscribed: for now the HTTP key logic; the caller identity of issue 10 replaces it. */
export interface Subscriber {
  /** Set for a connected-account caller: only that account's events reach it. */
  stripeAccount: string | undefined;
}

export interface SubscriptionContext extends GatewayContext {
  readonly events: EventBus;
  readonly subscriber: Subscriber;
  /**
   * Fresh loaders for the next event: one subscription runs for hours, and nested fields must
   * show the state after each event, not what an earlier event cached.
   */
  renew(): void;
}

/** Events a subscriber waits on beyond this many (a stalled client) are dropped, oldest first. */
const MAX_QUEUED = 1_000;

/** Whether a subscriber may see an event: the platform sees all, a connected account its own. */
export function visibleTo(subscriber: Subscriber, event: GatewayEvent): boolean {
  return subscriber.stripeAccount === undefined || event.account === subscriber.stripeAccount;
}

/** The bus's accepted events as an async iterator; ending it unsubscribes. */
export function eventStream(bus: EventBus, accept: (event: GatewayEvent) => boolean): AsyncIterableIterator<GatewayEvent> {
  const queue: GatewayEvent[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  const stop = bus.subscribe((event) => {
    if (done || !accept(event)) return;
    if (queue.length >= MAX_QUEUED) queue.shift();
    queue.push(event);
    wake?.();
  });
  const iterator: AsyncIterableIterator<GatewayEvent> = {
    async next() {
      while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      return done ? { done: true, value: undefined } : { done: false, value: queue.shift()! };
    },
    async return() {
      done = true;
      stop();
      wake?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

function overWebSocketOnly(): GraphQLError {
  return new GraphQLError('Subscriptions run over WebSocket (the graphql-ws protocol) on /graphql', { extensions: { code: 'BAD_REQUEST' } });
}

function subscriptionContext(ctx: GatewayContext): SubscriptionContext {
  if (!('events' in ctx)) throw overWebSocketOnly();
  return ctx as SubscriptionContext;
}

/** The event being delivered; absent when a subscription was sent as a plain HTTP request. */
function delivered(event: GatewayEvent | undefined): GatewayEvent {
  if (event === undefined) throw overWebSocketOnly();
  return event;
}

export function subscriptionResolvers(index: MetadataIndex): Record<string, Record<string, unknown>> {
  const fields = subscriptionFields(index.metadata, loadEventTypes());
  const SubscriptionRoot: Record<string, unknown> = {
    stripeEvents: {
      subscribe: (_: unknown, args: { types?: string[] | null }, raw: GatewayContext) => {
        const ctx = subscriptionContext(raw);
        return eventStream(ctx.events, (e) => visibleTo(ctx.subscriber, e) && (args.types == null || args.types.includes(e.type)));
      },
      resolve: (event: GatewayEvent | undefined) => delivered(event),
    },
  };
  for (const { field, object } of fields) {
    SubscriptionRoot[field] = {
      subscribe: (_: unknown, args: { id?: string | null }, raw: GatewayContext) => {
        const ctx = subscriptionContext(raw);
        return eventStream(ctx.events, (e) => visibleTo(ctx.subscriber, e) && e.object.object === object && (args.id == null || e.object.id === args.id));
      },
      resolve: (event: GatewayEvent | undefined, _: unknown, raw: GatewayContext) => {
        const object = delivered(event).object;
        subscriptionContext(raw).renew();
        return object;
      },
    };
  }
  // The event's own fields by their GraphQL names (the default resolver reads Stripe names).
  const StripeEvent = {
    id: (e: GatewayEvent) => e.id,
    type: (e: GatewayEvent) => e.type,
    account: (e: GatewayEvent) => e.account,
    created: (e: GatewayEvent) => e.created,
    object: (e: GatewayEvent) => e.object,
    previousAttributes: (e: GatewayEvent) => e.previousAttributes,
    data: (e: GatewayEvent) => e,
  };
  // `data.object` as a graph type: resolved like any union, by the object's `object` value; an
  // object of a type outside the union is null (the raw JSON stays on the event).
  const members = new Set(fields.map((f) => f.typeName));
  const typeOf = (value: unknown): string | null => {
    const type = index.typeOfObject.get(String((value as { object?: unknown } | null)?.object))?.live;
    return type !== undefined && members.has(type) ? type : null;
  };
  const StripeEventData = {
    object: (e: GatewayEvent, _: unknown, raw: GatewayContext) => {
      if (typeOf(e.object) === null) return null;
      // Nested fields load through fresh loaders, as for `<resource>Updated`.
      subscriptionContext(raw).renew();
      return e.object;
    },
    previousAttributes: (e: GatewayEvent) => e.previousAttributes,
  };
  const StripeEventObject = { __resolveType: typeOf };
  return { SubscriptionRoot, StripeEvent, StripeEventData, StripeEventObject };
}
