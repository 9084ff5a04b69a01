/**
 * `npm run generate`: reads the Stripe object model (the pinned `stripe` package plus our
 * preview declarations) and writes `schema/generated/`: one SDL file per domain and the REST
 * metadata every other part of the gateway reads. Deterministic: same inputs, same bytes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readDeclarations } from './read-declarations';
import { placeEndpoints, renameShadowedFields } from './graph-fields';
import { collectRelations, emitDomains } from './emit-sdl';
import { eventTypesFile, readEventTypes } from './event-types';
import { emitSubscriptions } from './emit-subscriptions';
import { subscriptionFields } from '../../src/events/event-types';
import { seedDomains, referencedDomain } from '../../schema/sources/seed';
import { idPrefixes } from '../../schema/sources/id-prefixes';
import { filterRelations } from '../../schema/sources/relations';
import { idReferences, type IdReference } from '../../schema/sources/references';
import type { RestMetadata } from '../../src/metadata/types';

export function generate(root: string): { metadata: RestMetadata; files: Map<string, string> } {
  const metadata = readDeclarations({
    stripeDir: path.join(root, 'node_modules', 'stripe'),
    previewDir: path.join(root, 'schema', 'preview'),
    seedDomains,
    referencedDomain,
    idPrefixes,
  });
  metadata.relations = filterRelations;
  applyIdReferences(metadata, idReferences);
  placeEndpoints(metadata, filterRelations);
  const relationFields = new Map([...collectRelations(metadata)].map(([parent, list]) => [parent, list.map((r) => r.field)]));
  renameShadowedFields(metadata, relationFields);

  const header = [
    '# GENERATED FILE, DO NOT EDIT. Regenerate with `npm run generate`.',
    `# Source: stripe@${metadata.stripePackageVersion} (API version ${metadata.apiVersion}) and schema/preview/.`,
    '',
  ].join('\n');
  const files = new Map<string, string>();
  for (const [domain, sdl] of emitDomains(metadata, { header })) {
    files.set(`${kebab(domain)}.graphql`, sdl);
  }
  const stripeDir = path.join(root, 'node_modules', 'stripe');
  files.set('event-types.json', eventTypesFile(stripeDir));
  files.set('subscriptions.graphql', emitSubscriptions(subscriptionFields(metadata, new Set(readEventTypes(stripeDir))), header));
  files.set('metadata.json', `${JSON.stringify({ _generated: 'GENERATED FILE, DO NOT EDIT. Regenerate with `npm run generate`.', ...metadata }, null, 1)}\n`);
  return { metadata, files };
}

/** Plain id fields that name a resource become references the graph can walk (see references.ts). */
export function applyIdReferences(metadata: RestMetadata, references: readonly IdReference[]): void {
  for (const ref of references) {
    const field = metadata.types[ref.type]?.fields.find((f) => f.stripe === ref.field);
    if (!field) throw new Error(`generator: id reference ${ref.type}.${ref.field} names no field`);
    if (field.type.kind !== 'scalar' || (field.type.name !== 'String' && field.type.name !== 'ID')) {
      throw new Error(`generator: id reference ${ref.type}.${ref.field} is not a plain id string`);
    }
    if (!metadata.resources[ref.target]) throw new Error(`generator: id reference ${ref.type}.${ref.field} targets ${ref.target}, which is no resource`);
    field.type = { kind: 'object', name: ref.target };
    field.expandable = true;
    field.idOnly = true;
  }
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function main(): void {
  const root = path.resolve(__dirname, '..', '..');
  const out = path.join(root, 'schema', 'generated');
  const { metadata, files } = generate(root);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  for (const [name, text] of files) fs.writeFileSync(path.join(out, name), text);
  const count = (o: object): number => Object.keys(o).length;
  console.log(
    `generated ${files.size} files: ${count(metadata.resources)} resources, ${count(metadata.types)} object types, ` +
      `${count(metadata.enums)} enums, ${count(metadata.unions)} unions, ${count(metadata.inputs)} input types`,
  );
}

if (require.main === module) main();
