/**
 * The metadata seen as an object model: which GraphQL type an `object` value names, how to
 * build a complete object of a type (every field present), and how to merge Stripe parameters
 * into one. Nothing here knows any particular resource.
 */

import type { FieldMeta, ObjectTypeMeta, RestMetadata, TypeRef } from '../metadata/types';

export type StripeObject = Record<string, unknown>;

const MAX_NESTING = 8;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class Model {
  private readonly byObject = new Map<string, string>();
  private readonly prefixes = new Map<string, string>();
  private readonly fieldIndex = new Map<string, Map<string, FieldMeta>>();

  constructor(readonly meta: RestMetadata) {
    for (const type of Object.values(meta.types)) {
      if (type.object !== undefined && !type.deleted && !this.byObject.has(type.object)) {
        this.byObject.set(type.object, type.name);
      }
    }
    for (const resource of Object.values(meta.resources)) {
      // A resource's own type wins over nested types that share its `object` value.
      if (meta.types[resource.typeName]?.deleted !== true) this.byObject.set(resource.object, resource.typeName);
      if (resource.idPrefix !== undefined) this.prefixes.set(resource.typeName, resource.idPrefix);
    }
  }

  hasType(name: string): boolean {
    return this.meta.types[name] !== undefined;
  }

  type(name: string): ObjectTypeMeta {
    const t = this.meta.types[name];
    if (t === undefined) throw new Error(`metadata has no object type ${name}`);
    return t;
  }

  /** GraphQL type name for a Stripe `object` value (`bank_account` -> `BankAccount`). */
  typeForObject(object: string): string | undefined {
    return this.byObject.get(object);
  }

  /** The Stripe `object` value of a type, if it is a top-level object. */
  objectOf(typeName: string): string | undefined {
    return this.meta.types[typeName]?.object;
  }

  field(typeName: string, stripeName: string): FieldMeta | undefined {
    let index = this.fieldIndex.get(typeName);
    if (index === undefined) {
      index = new Map(this.type(typeName).fields.map((f) => [f.stripe, f]));
      this.fieldIndex.set(typeName, index);
    }
    return index.get(stripeName);
  }

  /** Concrete object types a reference may hold: one for an object, the members for a union. */
  typesOf(ref: TypeRef): string[] {
    switch (ref.kind) {
      case 'object':
        return [ref.name];
      case 'union':
        return this.meta.unions[ref.name]?.members ?? [];
      case 'list':
      case 'apiList':
        return this.typesOf(ref.of);
      case 'scalar':
      case 'enum':
        return [];
    }
  }

  /**
   * The id prefix of a type: the resource's, else one made from its `object` value
   * (`financial_connections.account_owner` -> `account_owner`), which keeps ids readable.
   */
  idPrefix(typeName: string): string {
    const known = this.prefixes.get(typeName);
    if (known !== undefined) return known;
    const object = this.objectOf(typeName) ?? typeName.toLowerCase();
    return object.split('.').pop() as string;
  }

  enumValues(name: string): string[] {
    return Object.values(this.meta.enums[name]?.values ?? {});
  }

  /**
   * A complete object of a type: every field present; null where unset and nullable; nested
   * non-nullable objects built the same way; lists empty; embedded Stripe lists as an empty
   * list object. `listUrl` gives the `url` of an embedded list by its field name.
   */
  materialize(typeName: string, base: { id?: string; created: number; listUrl?: (field: string) => string }, depth = 0): StripeObject {
    const type = this.type(typeName);
    const out: StripeObject = {};
    for (const field of type.fields) {
      out[field.stripe] = this.defaultValue(field, base, depth);
    }
    if (type.object !== undefined) out.object = type.object;
    if (base.id !== undefined && (depth === 0 || 'id' in out)) out.id = base.id;
    return out;
  }

  private defaultValue(field: FieldMeta, base: { id?: string; created: number; listUrl?: (field: string) => string }, depth: number): unknown {
    switch (field.stripe) {
      case 'id':
        return depth === 0 ? (base.id ?? null) : null;
      case 'created':
        return base.created;
      case 'livemode':
        return false;
      case 'metadata':
        return field.nullable && depth > 0 ? null : {};
    }
    const ref = field.type;
    if (ref.kind === 'apiList') {
      return { object: 'list', data: [], has_more: false, url: base.listUrl?.(field.stripe) ?? '' };
    }
    // A map keyed by currency, or an object declared empty, is an object on the wire, whatever the graph makes of it.
    if (field.keyedBy || field.presence) return field.nullable ? null : {};
    if (ref.kind === 'list') return [];
    if (field.nullable || field.expandable) return null;
    switch (ref.kind) {
      case 'scalar':
        return scalarDefault(ref.name, field.stripe, base.created);
      case 'enum':
        return this.enumValues(ref.name)[0] ?? null;
      case 'object':
        if (depth >= MAX_NESTING || !this.hasType(ref.name)) return null;
        return this.materialize(ref.name, { created: base.created }, depth + 1);
      case 'union':
        return null;
    }
  }

  /**
   * Merges Stripe parameters into an object of the type, by Stripe field names. Parameters
   * that name no field are ignored (they steer behaviour, not shape). `metadata` merges key by
   * key, and an empty value deletes a key, as Stripe does.
   */
  merge(typeName: string, target: StripeObject, params: Record<string, unknown>, created: number): StripeObject {
    for (const [key, value] of Object.entries(params)) {
      if (key === 'id' || key === 'object' || key === 'created' || key === 'livemode') continue;
      const field = this.field(typeName, key);
      if (field === undefined || value === undefined) continue;
      target[key] =
        field.keyedBy || field.presence
          ? isPlainObject(value) || value === null
            ? value
            : target[key]
          : this.convert(field.type, field.expandable === true, target[key], value, created);
    }
    return target;
  }

  private convert(ref: TypeRef, expandable: boolean, current: unknown, value: unknown, created: number): unknown {
    if (value === null) return ref.kind === 'apiList' ? current : null;
    switch (ref.kind) {
      case 'scalar':
        return convertScalar(ref.name, current, value);
      case 'enum':
        return value === '' ? null : String(value);
      case 'object': {
        if (typeof value === 'string') return value === '' ? null : value;
        if (!isPlainObject(value) || !this.hasType(ref.name)) return current;
        if (expandable && typeof current === 'string') return current;
        const base = isPlainObject(current) ? current : this.materialize(ref.name, { created }, 1);
        return this.merge(ref.name, base, value, created);
      }
      case 'union':
        return value === '' ? null : value;
      case 'list': {
        if (value === '') return [];
        if (!Array.isArray(value)) return current;
        return value.map((item) => this.convert(ref.of, false, undefined, item, created));
      }
      case 'apiList':
        return current;
    }
  }
}

/** Defaults for non-nullable scalars; a few field names get Stripe-like values. */
function scalarDefault(name: string, stripeName: string, created: number): unknown {
  switch (name) {
    case 'String':
    case 'ID':
      if (stripeName === 'currency') return 'usd';
      if (stripeName === 'country') return 'US';
      return '';
    case 'Boolean':
      return false;
    case 'Int':
    case 'Long':
    case 'Float':
      return 0;
    case 'Timestamp':
      return created;
    case 'Decimal':
      return '0';
    case 'Metadata':
    case 'JSON':
      return {};
    default:
      return null;
  }
}

function convertScalar(name: string, current: unknown, value: unknown): unknown {
  switch (name) {
    case 'Int':
    case 'Long':
    case 'Float':
    case 'Timestamp': {
      if (value === '') return null;
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(n) ? n : current;
    }
    case 'Boolean':
      if (value === '') return null;
      return value === true || value === 'true';
    case 'Metadata': {
      if (value === '') return {};
      if (!isPlainObject(value)) return current;
      const merged: Record<string, unknown> = isPlainObject(current) ? { ...current } : {};
      for (const [k, v] of Object.entries(value)) {
        // Stripe's rule for metadata: an empty value removes the key.
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a plain object, as Stripe sends it
        if (v === '' || v === null) delete merged[k];
        else merged[k] = String(v);
      }
      return merged;
    }
    case 'JSON':
      return value;
    default:
      return typeof value === 'object' ? current : String(value);
  }
}
