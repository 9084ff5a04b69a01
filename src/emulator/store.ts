/**
 * One platform's state: every object it holds, with the Connect scope it lives in and the
 * path params it was created under. Each secret key has its own `Store`.
 */

import type { StripeObject } from './model';

/** The scope of objects the platform owns itself (no `Stripe-Account` header). */
export const PLATFORM_SCOPE = '';

export interface StoredObject {
  /** Internal key: unique even where Stripe ids are not (capabilities are named per account). */
  key: string;
  typeName: string;
  /** PLATFORM_SCOPE or the connected account id the object was created under. */
  scope: string;
  /** Path params (other than the object's own id) it was created under: `{account: 'acct_1'}`. */
  parents: Record<string, string>;
  /** Insertion order, the tie-breaker for equal `created`. */
  seq: number;
  /** Kept out of lists (the platform's own account is not one of its connected accounts). */
  hidden?: boolean;
  data: StripeObject;
}

export interface IdempotentResponse {
  /** Canonical form of method, path and parameters of the first request. */
  fingerprint: string;
  status: number;
  body: unknown;
}

export interface StoreSnapshot {
  objects: StoredObject[];
  counter: number;
  nestedCounter: number;
  seq: number;
}

export class Store {
  private objects = new Map<string, StoredObject>();
  private byType = new Map<string, Set<string>>();
  readonly idempotency = new Map<string, IdempotentResponse>();
  private counter = 0;
  /** A counter of its own for embedded objects, so giving them ids never shifts top-level ids. */
  private nestedCounter = 0;
  private seq = 0;

  constructor(private readonly seed: string) {}

  static fromSnapshot(seed: string, snapshot: StoreSnapshot): Store {
    const store = new Store(seed);
    for (const obj of structuredClone(snapshot.objects)) store.insert(obj);
    store.counter = snapshot.counter;
    store.nestedCounter = snapshot.nestedCounter;
    store.seq = snapshot.seq;
    return store;
  }

  snapshot(): StoreSnapshot {
    return { objects: structuredClone([...this.objects.values()]), counter: this.counter, nestedCounter: this.nestedCounter, seq: this.seq };
  }

  /**
   * A new id: the prefix, then ten characters drawn from the seed and the counter, then the
   * counter itself, so ids are deterministic and never repeat within a store.
   */
  newId(prefix: string): string {
    this.counter += 1;
    return `${prefix}_${idBody(this.seed, this.counter)}`;
  }

  /** An id for an embedded Stripe object (an account's `individual`). */
  newNestedId(prefix: string): string {
    this.nestedCounter += 1;
    return `${prefix}_${idBody(`${this.seed}:nested`, this.nestedCounter)}`;
  }

  /** A deterministic secret-looking token (client secrets, link codes). */
  token(length = 24): string {
    this.counter += 1;
    return pseudoRandom(`${this.seed}:token`, this.counter, length);
  }

  add(entry: Omit<StoredObject, 'key' | 'seq'>): StoredObject {
    this.seq += 1;
    const id = typeof entry.data.id === 'string' ? entry.data.id : `_anon${this.seq}`;
    const parentKey = Object.entries(entry.parents)
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    const obj: StoredObject = { ...entry, key: `${entry.scope}|${parentKey}|${entry.typeName}|${id}`, seq: this.seq };
    this.insert(obj);
    return obj;
  }

  private insert(obj: StoredObject): void {
    this.objects.set(obj.key, obj);
    let keys = this.byType.get(obj.typeName);
    if (keys === undefined) {
      keys = new Set();
      this.byType.set(obj.typeName, keys);
    }
    keys.add(obj.key);
  }

  remove(obj: StoredObject): void {
    this.objects.delete(obj.key);
    this.byType.get(obj.typeName)?.delete(obj.key);
  }

  /** Objects of the given types in a scope whose parents include `parents`, newest first. */
  list(typeNames: readonly string[], scope: string, parents: Record<string, string> = {}): StoredObject[] {
    const out: StoredObject[] = [];
    for (const typeName of typeNames) {
      for (const key of this.byType.get(typeName) ?? []) {
        const obj = this.objects.get(key) as StoredObject;
        if (obj.scope === scope && matchesParents(obj, parents)) out.push(obj);
      }
    }
    return out.sort(newestFirst);
  }

  /** One object by id; `typeNames` empty means any type. */
  find(id: string, scope: string, parents: Record<string, string>, typeNames: readonly string[] = []): StoredObject | undefined {
    const types = typeNames.length > 0 ? typeNames : [...this.byType.keys()];
    for (const typeName of types) {
      for (const key of this.byType.get(typeName) ?? []) {
        const obj = this.objects.get(key) as StoredObject;
        if (obj.data.id === id && obj.scope === scope && matchesParents(obj, parents)) return obj;
      }
    }
    return undefined;
  }

  /** Any object with this id: the scope first, then the platform (references cross scopes). */
  findAnywhere(id: string, scope: string): StoredObject | undefined {
    return this.find(id, scope, {}) ?? (scope === PLATFORM_SCOPE ? undefined : this.find(id, PLATFORM_SCOPE, {}));
  }

  /** Objects created under a parent id (`persons` of an account), newest first. */
  children(parentId: string, typeNames: readonly string[], scope: string): StoredObject[] {
    return this.list(typeNames, scope).filter((o) => Object.values(o.parents).includes(parentId));
  }

  size(): number {
    return this.objects.size;
  }

  all(): StoredObject[] {
    return [...this.objects.values()];
  }
}

function matchesParents(obj: StoredObject, parents: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(parents)) if (obj.parents[k] !== v) return false;
  return true;
}

function newestFirst(a: StoredObject, b: StoredObject): number {
  const ca = typeof a.data.created === 'number' ? a.data.created : 0;
  const cb = typeof b.data.created === 'number' ? b.data.created : 0;
  return cb - ca || b.seq - a.seq;
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function idBody(seed: string, counter: number): string {
  return `1${pseudoRandom(seed, counter, 9)}${base62(counter)}`;
}

function base62(n: number): string {
  let out = '';
  let v = n;
  do {
    out = (ALPHABET[v % 62] as string) + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out;
}

/** FNV-1a of the seed, then a mulberry32 stream: the same inputs always give the same text. */
export function pseudoRandom(seed: string, counter: number, length: number): string {
  const next = mulberry32(hashString(`${seed}#${counter}`));
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(next() * 62)] as string;
  return out;
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
