/**
 * Global ids for objects Stripe fetches only under a parent (a person under its account, a
 * capability under its account). Their Stripe id alone cannot be loaded, and a capability's is
 * not even unique (`card_payments` on every account), so the graph's `id` of such a type is an
 * opaque global id holding the type, the parent's id and Stripe's id; Stripe's own value stays
 * in `stripeId`. Shared by the generator (which types implement `Node`, which get `stripeId`)
 * and the runtime (the `id` field, `node(id:)`, id arguments).
 */
import type { RestMetadata } from './types';

/** Marks a global id; no Stripe id prefix is `gid`, so `node(id:)` tells the two apart. */
const PREFIX = 'gid_';

export interface GlobalId {
  typeName: string;
  parentId: string;
  stripeId: string;
}

/** `gid_` + base64url of `Type:parentId:stripeId` (Stripe ids hold no `:`). */
export function encodeGlobalId(id: GlobalId): string {
  return PREFIX + Buffer.from(`${id.typeName}:${id.parentId}:${id.stripeId}`, 'utf8').toString('base64url');
}

/** The parts of a global id, or undefined for anything else (a Stripe id, a malformed value). */
export function decodeGlobalId(value: string): GlobalId | undefined {
  if (!value.startsWith(PREFIX)) return undefined;
  const body = value.slice(PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return undefined;
  const parts = Buffer.from(body, 'base64url').toString('utf8').split(':');
  if (parts.length !== 3 || parts.some((p) => p.length === 0)) return undefined;
  const [typeName, parentId, stripeId] = parts as [string, string, string];
  return { typeName, parentId, stripeId };
}

/**
 * For a resource nested under a parent, the Stripe field of its own object that holds the
 * parent's id (`Person.account`, `FeeRefund.fee`); undefined for a top-level resource, and for
 * a nested one whose object does not name its parent (it then cannot be loaded by id alone).
 */
export function parentIdField(metadata: RestMetadata, typeName: string): string | undefined {
  const parent = metadata.resources[typeName]?.parent;
  if (!parent) return undefined;
  const fields = metadata.types[typeName]?.fields ?? [];
  const byName = fields.find((f) => f.stripe === parent.pathParam && f.type.kind === 'object' && f.type.name === parent.typeName);
  return (byName ?? fields.find((f) => f.type.kind === 'object' && f.type.name === parent.typeName))?.stripe;
}

/** True when the graph's `id` of this type is a global id (nested, and its object names its parent). */
export function hasGlobalId(metadata: RestMetadata, typeName: string): boolean {
  return parentIdField(metadata, typeName) !== undefined;
}

/**
 * True when `node(id:)` can load an object of this type from its graph id: a retrieve endpoint
 * by id, and for a nested resource, a parent the object names.
 */
export function loadableById(metadata: RestMetadata, typeName: string): boolean {
  const resource = metadata.resources[typeName];
  if (!resource?.endpoints.some((e) => e.kind === 'retrieve' && e.method === 'GET' && e.idParam)) return false;
  return !resource.parent || hasGlobalId(metadata, typeName);
}
