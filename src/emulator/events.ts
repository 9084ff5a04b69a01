/**
 * The emulator's events: every write that changes state is compared with the state before it,
 * and each change becomes the Stripe events it would cause (`account.updated`,
 * `identity.verification_session.canceled`, `financial_connections.account.refreshed_balance`,
 * `crypto.onramp_session_updated`, ...). Only types Stripe defines are emitted (the list is
 * generated: schema/generated/event-types.json). Events are kept per platform for
 * `GET /v1/events` and `/v1/events/{id}` and sent to the platform's webhook endpoints
 * (webhook-delivery.ts).
 *
 * One mechanism for every resource: the diff knows no resource; the policy below maps a
 * change to event types by the object's name and the fields that changed.
 */
import { eventPrefix, loadEventTypes } from '../events/event-types';
import { EmulatorError, noSuch, unknownParam } from './errors';
import type { FormValue } from './form';
import { isPlainObject, type StripeObject } from './model';
import { inCreatedRange, paginate, readCreatedFilter, readPageRequest } from './pagination';
import { PLATFORM_SCOPE, pseudoRandom, type Store, type StoredObject } from './store';
import { WebhookDelivery, type DeliveryOptions } from './webhook-delivery';

export interface Change {
  kind: 'created' | 'updated' | 'deleted';
  /** The Stripe `object` value. */
  object: string;
  before: StripeObject | null;
  after: StripeObject | null;
}

/**
 * The event types a change causes, among the types Stripe defines: `<prefix>.created` /
 * `.deleted`; for an update, the new status's event (`.canceled`, `.verified`), a finished
 * refresh (`balance_refresh` -> `.refreshed_balance`), a redaction, and `.updated`. Issuing's
 * objects are prefixed with an underscore (`issuing.card` -> `issuing_card.created`); the
 * onramp names its one event `crypto.onramp_session_updated`.
 */
export function eventTypesFor(change: Change, known: ReadonlySet<string>): string[] {
  const prefix = eventPrefix(change.object, known);
  const wanted: string[] = [];
  if (change.kind !== 'updated') wanted.push(`${prefix}.${change.kind}`);
  else {
    const before = change.before ?? {};
    const after = change.after ?? {};
    const changed = (field: string): boolean => JSON.stringify(before[field]) !== JSON.stringify(after[field]);
    if (changed('status') && typeof after.status === 'string') wanted.push(`${prefix}.${after.status}`);
    for (const field of Object.keys(after)) {
      const refresh = after[field];
      if (field.endsWith('_refresh') && changed(field) && isPlainObject(refresh) && refresh.status === 'succeeded') {
        wanted.push(`${prefix}.refreshed_${field.slice(0, -'_refresh'.length)}`);
      }
    }
    if (changed('redaction')) wanted.push(`${prefix}.redacted`);
    wanted.push(`${prefix}.updated`, `${change.object}_updated`);
  }
  return [...new Set(wanted)].filter((t) => known.has(t));
}

/**
 * The connected account an object's events belong to: the Connect scope it lives in; else the
 * connected account it is or hangs under (an account, its capabilities, persons and external
 * accounts); null for the platform's own objects.
 */
export function connectedAccountOf(obj: Pick<StoredObject, 'scope' | 'parents' | 'hidden' | 'data'>): string | null {
  if (obj.scope !== PLATFORM_SCOPE) return obj.scope;
  if (obj.data.object === 'account') return obj.hidden === true || typeof obj.data.id !== 'string' ? null : obj.data.id;
  const parent = obj.parents.account;
  return typeof parent === 'string' && parent.startsWith('acct_') ? parent : null;
}

/** The earlier values of the top-level fields an update changed (Stripe's `previous_attributes`). */
export function previousAttributes(before: StripeObject, after: StripeObject): StripeObject {
  const out: StripeObject = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = before[key] ?? null;
  }
  return out;
}

interface Remembered {
  json: string;
  obj: StoredObject;
}

/** The platform's objects before a write, to compare with after it. */
export type Snapshot = Map<string, Remembered>;

export interface WriteInfo {
  requestId: string;
  idempotencyKey: string | null;
}

/** Events kept per platform; older ones are dropped (Stripe keeps 30 days). */
const MAX_EVENTS_PER_PLATFORM = 10_000;
const LIST_PARAMS = new Set(['limit', 'starting_after', 'ending_before', 'created', 'type', 'types', 'delivery_success', 'expand']);

export class EmulatorEvents {
  private readonly logs = new WeakMap<Store, StripeObject[]>();
  private counter = 0;
  readonly delivery: WebhookDelivery;

  constructor(
    private readonly apiVersion: string,
    private readonly known: ReadonlySet<string> = loadEventTypes(),
    delivery: DeliveryOptions = {},
  ) {
    this.delivery = new WebhookDelivery(delivery);
  }

  snapshot(store: Store): Snapshot {
    return new Map(store.all().map((obj) => [obj.key, { json: JSON.stringify(obj.data), obj }]));
  }

  /** The events of the changes since `before`: kept, and sent to the platform's endpoints. */
  record(store: Store, before: Snapshot, write: WriteInfo): StripeObject[] {
    const events: StripeObject[] = [];
    const now = Math.floor(Date.now() / 1000);
    for (const { change, obj } of this.changes(store, before)) {
      for (const type of eventTypesFor(change, this.known)) events.push(this.event(type, change, obj, write, now));
    }
    if (events.length === 0) return events;
    const log = this.logs.get(store) ?? [];
    log.push(...events);
    if (log.length > MAX_EVENTS_PER_PLATFORM) log.splice(0, log.length - MAX_EVENTS_PER_PLATFORM);
    this.logs.set(store, log);
    const endpoints = store.all().filter((o) => o.data.object === 'webhook_endpoint' && o.scope === PLATFORM_SCOPE);
    for (const event of events)
      this.delivery.send(
        event,
        endpoints.map((e) => e.data),
      );
    return events;
  }

  private *changes(store: Store, before: Snapshot): Generator<{ change: Change; obj: StoredObject }> {
    const now = new Map(store.all().map((obj) => [obj.key, obj]));
    for (const [key, obj] of now) {
      const was = before.get(key);
      const object = typeof obj.data.object === 'string' ? obj.data.object : undefined;
      if (object === undefined || (was !== undefined && was.json === JSON.stringify(obj.data))) continue;
      const kind = was === undefined ? 'created' : 'updated';
      yield { change: { kind, object, before: was === undefined ? null : (JSON.parse(was.json) as StripeObject), after: obj.data }, obj };
    }
    for (const [key, was] of before) {
      const object = was.obj.data.object;
      if (now.has(key) || typeof object !== 'string') continue;
      yield { change: { kind: 'deleted', object, before: JSON.parse(was.json) as StripeObject, after: null }, obj: was.obj };
    }
  }

  private event(type: string, change: Change, obj: StoredObject, write: WriteInfo, created: number): StripeObject {
    this.counter += 1;
    const object = structuredClone(change.after ?? { ...change.before, deleted: true });
    const account = connectedAccountOf(obj);
    return {
      id: `evt_1${pseudoRandom('event', this.counter, 13)}${this.counter.toString(36)}`,
      object: 'event',
      ...(account === null ? {} : { account }),
      api_version: this.apiVersion,
      created,
      data: change.kind === 'updated' && change.before !== null ? { object, previous_attributes: previousAttributes(change.before, object) } : { object },
      livemode: false,
      pending_webhooks: 0,
      request: { id: write.requestId, idempotency_key: write.idempotencyKey },
      type,
    };
  }

  /** `GET /v1/events` and `GET /v1/events/{id}`; null for any other request. */
  answer(method: string, path: string, query: Record<string, FormValue>, store: Store, scope: string): { status: number; body: unknown } | null {
    const match = /^\/v1\/events(?:\/([^/]+))?\/?$/.exec(path);
    if (match === null) return null;
    if (method !== 'GET') throw new EmulatorError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}). Events are read-only.`);
    const account = scope === PLATFORM_SCOPE ? undefined : scope;
    const visible = (this.logs.get(store) ?? []).filter((e) => e.account === account).reverse();
    if (match[1] !== undefined) {
      const found = visible.find((e) => e.id === match[1]);
      if (found === undefined) throw noSuch('event', match[1]);
      return { status: 200, body: found };
    }
    return { status: 200, body: this.list(visible, query, path) };
  }

  private list(newestFirst: StripeObject[], query: Record<string, FormValue>, url: string): StripeObject {
    for (const key of Object.keys(query)) if (!LIST_PARAMS.has(key)) throw unknownParam(key);
    const created = readCreatedFilter(query.created);
    const type = typeof query.type === 'string' ? query.type : undefined;
    const types = Array.isArray(query.types) ? query.types.filter((t): t is string => typeof t === 'string') : undefined;
    const matches = (e: StripeObject): boolean =>
      (type === undefined || (type.endsWith('*') ? String(e.type).startsWith(type.slice(0, -1)) : e.type === type)) &&
      (types === undefined || types.includes(String(e.type))) &&
      (created === undefined || inCreatedRange(Number(e.created), created));
    const page = paginate(newestFirst.filter(matches), (e) => String(e.id), readPageRequest(query), 'event');
    return { object: 'list', data: page.data, has_more: page.hasMore, url };
  }
}
