/**
 * The generated REST metadata, loaded once per process, with the lookups the runtime needs.
 * Everything per-resource that the resolvers know comes from here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EndpointMeta, FieldMeta, ResourceMeta, RestMetadata } from '../metadata/types';
import { packagePath } from '../package-root';

export const SCHEMA_DIR = packagePath('schema');

export interface MetadataIndex {
  readonly metadata: RestMetadata;
  /** GraphQL type -> GraphQL field name -> field metadata. */
  readonly fields: ReadonlyMap<string, ReadonlyMap<string, FieldMeta>>;
  /** Stripe `object` value -> GraphQL type of the live object, and of its deleted variant. */
  readonly typeOfObject: ReadonlyMap<string, { live?: string; deleted?: string }>;
  /** Id prefix (`acct`) -> resource. */
  readonly resourceOfPrefix: ReadonlyMap<string, ResourceMeta>;
  /** Output enum -> the Stripe values it knows. */
  readonly enumValues: ReadonlyMap<string, ReadonlySet<string>>;
  /** Endpoints the graph exposes, by `Parent.field`. */
  readonly placed: ReadonlyMap<string, { resource: ResourceMeta; endpoint: EndpointMeta }>;
}

let cached: MetadataIndex | undefined;

export function loadMetadata(): MetadataIndex {
  if (!cached) {
    const file = path.join(SCHEMA_DIR, 'generated', 'metadata.json');
    cached = indexMetadata(JSON.parse(fs.readFileSync(file, 'utf8')) as RestMetadata);
  }
  return cached;
}

export function indexMetadata(metadata: RestMetadata): MetadataIndex {
  const fields = new Map<string, Map<string, FieldMeta>>();
  const typeOfObject = new Map<string, { live?: string; deleted?: string }>();
  for (const type of Object.values(metadata.types)) {
    fields.set(type.name, new Map(type.fields.map((f) => [f.name, f])));
    if (type.object) {
      const entry = typeOfObject.get(type.object) ?? {};
      if (type.deleted) entry.deleted = type.name;
      else entry.live = type.name;
      typeOfObject.set(type.object, entry);
    }
  }
  const resourceOfPrefix = new Map<string, ResourceMeta>();
  const placed = new Map<string, { resource: ResourceMeta; endpoint: EndpointMeta }>();
  for (const resource of Object.values(metadata.resources)) {
    if (resource.idPrefix && !resourceOfPrefix.has(resource.idPrefix)) resourceOfPrefix.set(resource.idPrefix, resource);
    for (const endpoint of resource.endpoints) {
      if (endpoint.graphql) placed.set(`${endpoint.graphql.parent}.${endpoint.graphql.field}`, { resource, endpoint });
    }
  }
  const enumValues = new Map<string, Set<string>>();
  for (const e of Object.values(metadata.enums)) enumValues.set(e.name, new Set(Object.values(e.values).filter((v) => v !== '')));
  return { metadata, fields, typeOfObject, resourceOfPrefix, enumValues, placed };
}

/** The SDL of the whole graph: the hand-written base and every generated domain file. */
export function loadTypeDefs(): string[] {
  const generated = path.join(SCHEMA_DIR, 'generated');
  const files = fs
    .readdirSync(generated)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => path.join(generated, f));
  return [path.join(SCHEMA_DIR, 'base.graphql'), ...files].map((f) => fs.readFileSync(f, 'utf8'));
}
