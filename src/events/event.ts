/**
 * What travels on the event bus: a Stripe event, checked for the fields the gateway relies
 * on, and tagged with the connected account it happened on (null for the platform's own).
 */
import { isRecord } from '../shared/values';

export interface GatewayEvent {
  id: string;
  type: string;
  /** The connected account (`acct_...`) of a Connect event; null for the platform's own. */
  account: string | null;
  created: number;
  /** The object as it is after the change (`data.object`). */
  object: Record<string, unknown>;
  /** For `*.updated` events: the changed fields' earlier values. */
  previousAttributes: Record<string, unknown> | null;
}

/** A Stripe event body as a GatewayEvent, or a message saying which field is wrong. */
export function eventFromStripe(body: unknown): GatewayEvent | string {
  if (!isRecord(body)) return 'The body is not a JSON object';
  if (body.object !== 'event') return 'The body is not a Stripe event (object must be "event")';
  if (typeof body.id !== 'string' || body.id === '') return 'The event has no id';
  if (typeof body.type !== 'string' || body.type === '') return 'The event has no type';
  if (typeof body.created !== 'number') return 'The event has no created timestamp';
  const data = body.data;
  if (!isRecord(data) || !isRecord(data.object)) return 'The event has no data.object';
  if (body.account !== undefined && body.account !== null && typeof body.account !== 'string') return 'The event account must be a string';
  return {
    id: body.id,
    type: body.type,
    account: typeof body.account === 'string' && body.account !== '' ? body.account : null,
    created: body.created,
    object: data.object,
    previousAttributes: isRecord(data.previous_attributes) ? data.previous_attributes : null,
  };
}

/**
 * The ids seen most recently, at most `capacity` of them: a replayed event within the window
 * is recognised, and memory stays bounded however many events arrive.
 */
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity: number) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) throw new RangeError('RecentIds needs a capacity of at least 1');
  }

  /** True the first time an id is offered (within the window); false for a repeat. */
  firstSeen(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    // A Set iterates in insertion order: the first entry is the oldest.
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }

  get size(): number {
    return this.ids.size;
  }
}
