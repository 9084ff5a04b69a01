/**
 * The subscription root's fields (`SubscriptionRoot`) of the seed resources that have Stripe events: one
 * `<resource>Updated(id: ID)` each, yielding the typed object after every event about it. The
 * description names the event types that feed the field (docs/schema.md points here).
 */
import type { SubscriptionField } from '../../src/events/event-types';

/** The union of the types events carry; `StripeEventData.object` in schema/base.graphql. */
export const EVENT_OBJECT_UNION = 'StripeEventObject';

export function emitSubscriptions(fields: readonly SubscriptionField[], header: string): string {
  const lines = [header, 'extend type SubscriptionRoot {'];
  for (const f of fields) {
    lines.push(
      '  """',
      `  The ${f.typeName} after each Stripe event about it (only the one with \`id\`, when given).`,
      `  Fed by: ${f.eventTypes.join(', ')}.`,
      '  """',
    );
    lines.push(`  ${f.field}(id: ID): ${f.typeName}`);
  }
  lines.push('}', '');
  // The objects events carry, typed: every type a field above yields.
  const members = [...new Set(fields.map((f) => f.typeName))].sort();
  lines.push(
    '"""',
    'The object a Stripe event carries (`data.object`), as the graph types it: one of the types',
    'that have `<resource>Updated` fields.',
    '"""',
  );
  lines.push(`union ${EVENT_OBJECT_UNION} = ${members.join(' | ')}`, '');
  return lines.join('\n');
}
