/**
 * How Stripe names the events of an object, shared by the emulator (which emits them) and the
 * schema generator (which makes a subscription field for each object that has events).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RestMetadata } from '../metadata/types';
import { lowerFirst } from '../metadata/naming';

const EVENT_TYPES_PATH = resolve(__dirname, '../../schema/generated/event-types.json');

/** The event types Stripe sends (generated from the `stripe` package by `npm run generate`). */
export function loadEventTypes(path = EVENT_TYPES_PATH): ReadonlySet<string> {
  return new Set((JSON.parse(readFileSync(path, 'utf8')) as { eventTypes: string[] }).eventTypes);
}

/** Objects whose events Stripe names after their parent (an external account is the account's). */
const EVENT_PREFIX: Readonly<Record<string, string>> = {
  bank_account: 'account.external_account',
  card: 'account.external_account',
  fee_refund: 'application_fee.refund',
};

/**
 * The prefix of an object's event types: its own name (`identity.verification_session.`), the
 * parent's for a few, or with the first dot as an underscore where Stripe writes it so
 * (`issuing.card` -> `issuing_card.created`).
 */
export function eventPrefix(object: string, known: ReadonlySet<string>): string {
  const candidates = [EVENT_PREFIX[object] ?? object, object.replace('.', '_')];
  return candidates.find((p) => [...known].some((t) => t.startsWith(`${p}.`))) ?? candidates[0]!;
}

/**
 * Every known event type about an object itself (`crypto.onramp_session_updated` included);
 * not those about objects under it (`account.external_account.created` is a bank account's).
 */
export function eventTypesOf(object: string, known: ReadonlySet<string>): string[] {
  const prefix = `${eventPrefix(object, known)}.`;
  return [...known].filter((t) => (t.startsWith(prefix) && !t.slice(prefix.length).includes('.')) || t === `${object}_updated`).sort();
}

/**
 * The subscription root's fields (`SubscriptionRoot`) for the seed resources that have Stripe events, one
 * `<resource>Updated(id: ID)` each: the generator writes them, the resolvers serve them.
 */
export interface SubscriptionField {
  field: string;
  typeName: string;
  object: string;
  eventTypes: string[];
}

export function subscriptionFields(metadata: RestMetadata, known: ReadonlySet<string>): SubscriptionField[] {
  const fields: SubscriptionField[] = [];
  for (const resource of Object.values(metadata.resources)) {
    const object = resource.object;
    if (!resource.seed || metadata.types[resource.typeName]?.deleted) continue;
    // A deletion leaves no object to yield; the other events do.
    const eventTypes = eventTypesOf(object, known).filter((t) => !t.endsWith('.deleted'));
    if (eventTypes.length > 0) fields.push({ field: `${lowerFirst(resource.typeName)}Updated`, typeName: resource.typeName, object, eventTypes });
  }
  return fields.sort((a, b) => a.field.localeCompare(b.field));
}
