/**
 * The one reader of the generated REST metadata (`schema/generated/metadata.json`), and the
 * lookups the runtime needs over it. The gateway reads it once per process (`loadMetadata`);
 * the emulator reads its own copy through `readMetadataFile`, since it may be given another file.
 */
import * as fs from 'node:fs';
import { packagePath } from '../package-root';
import type { EndpointMeta, FieldMeta, ResourceMeta, RestMetadata } from './types';

const METADATA_PATH = packagePath('schema', 'generated', 'metadata.json');

/** A fresh parse of a metadata file (the generated one unless told otherwise). */
export function readMetadataFile(file = METADATA_PATH): RestMetadata {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as RestMetadata;
}

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

/** The generated metadata with its lookups, read once per process. */
export function loadMetadata(): MetadataIndex {
  cached ??= indexMetadata(readMetadataFile());
  return cached;
}

function indexMetadata(metadata: RestMetadata): MetadataIndex {
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
