/**
 * The event types Stripe sends, for the emulator (which only emits types that exist) and the
 * docs: the `Event.Type` union of the pinned `stripe` package plus our preview additions,
 * sorted, written to `schema/generated/event-types.json`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { previewEventTypes } from '../../schema/sources/preview-events';

export function readEventTypes(stripeDir: string): string[] {
  const text = fs.readFileSync(path.join(stripeDir, 'cjs', 'resources', 'Events.d.ts'), 'utf8');
  const union = text.match(/\btype Type = ([^;]+);/);
  if (!union) throw new Error('generator: Events.d.ts declares no Event.Type union');
  const types = [...union[1]!.matchAll(/'([a-z0-9_.]+)'/g)].map((m) => m[1]!);
  if (types.length === 0) throw new Error('generator: the Event.Type union holds no event types');
  return [...new Set([...types, ...previewEventTypes])].sort();
}

export function eventTypesFile(stripeDir: string): string {
  return `${JSON.stringify({ _generated: 'GENERATED FILE, DO NOT EDIT. Regenerate with `npm run generate`.', eventTypes: readEventTypes(stripeDir) }, null, 1)}\n`;
}
