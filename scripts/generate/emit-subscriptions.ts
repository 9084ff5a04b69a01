/**
 * The subscription root's fields (`SubscriptionRoot`) of the seed resources that have Stripe events: one
 * `<resource>Updated(id: ID)` each, yielding the typed object after every event about it. The
 * description names the event types that feed the field (docs/schema.md points here).
 */
import type { SubscriptionField } from '../../src/events/event-types';

export function emitSubscriptions(fields: readonly SubscriptionField[], header: string): string {
  const lines = [header, 'extend type SubscriptionRoot {'];
  for (const f of fields) {
    lines.push('  """', `  The ${f.typeName} after each Stripe event about it (only the one with \`id\`, when given).`, `  Fed by: ${f.eventTypes.join(', ')}.`, '  """');
    lines.push(`  ${f.field}(id: ID): ${f.typeName}`);
  }
  lines.push('}', '');
  return lines.join('\n');
}
