/**
 * Decoding of Stripe's form dialect (`application/x-www-form-urlencoded` bodies and query
 * strings) with bracket nesting: `a[b][c]=1`, `items[0][price]=p`, `expand[]=x`.
 *
 * Objects whose keys are all array indices become arrays (ordered by index), so
 * `expand[0]=a&expand[1]=b` and `expand[]=a&expand[]=b` decode alike.
 */

import { invalidParam } from './errors';

export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

/** Keys that would reach Object.prototype through a plain object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const KEY_SHAPE = /^[^[\]]+(\[[^[\]]*\])*$/;

type Node = string | Node[] | Map<string, Node>;

export function decodeForm(text: string): FormObject {
  const root = new Map<string, Node>();
  if (text === '') return {};
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    const key = decodeComponent(rawKey, rawKey);
    const value = decodeComponent(rawValue, key);
    insert(root, parseKey(key), value, key);
  }
  return toPlain(root) as FormObject;
}

/** `a[b][]` -> `['a', 'b', '']`. */
function parseKey(key: string): string[] {
  if (!KEY_SHAPE.test(key)) throw invalidParam(key, `Invalid parameter name: ${key}`);
  const first = key.indexOf('[');
  if (first < 0) return [key];
  const segments = [key.slice(0, first)];
  const rest = key.slice(first);
  for (const match of rest.matchAll(/\[([^[\]]*)\]/g)) segments.push(match[1] ?? '');
  return segments;
}

function decodeComponent(raw: string, param: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    throw invalidParam(param, `Invalid URL encoding in parameter ${param}`);
  }
}

function insert(container: Map<string, Node>, segments: string[], value: string, fullKey: string): void {
  let current: Map<string, Node> | Node[] = container;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    if (FORBIDDEN_KEYS.has(segment)) throw invalidParam(fullKey, `Invalid parameter name: ${fullKey}`);
    const last = i === segments.length - 1;
    const nextSegment = segments[i + 1];
    if (Array.isArray(current)) {
      if (segment !== '') throw conflict(fullKey);
      if (last) {
        current.push(value);
        return;
      }
      // Rails' rule for `a[][x]=1&a[][y]=2`: keep filling the last element until a key repeats.
      const tail: Node | undefined = current[current.length - 1];
      if (tail instanceof Map && nextSegment !== undefined && nextSegment !== '' && !tail.has(nextSegment)) {
        current = tail;
      } else {
        const fresh: Map<string, Node> | Node[] = nextSegment === '' ? [] : new Map();
        current.push(fresh);
        current = fresh;
      }
      continue;
    }
    if (segment === '') throw conflict(fullKey);
    if (last) {
      if (current.has(segment)) {
        const existing = current.get(segment);
        if (typeof existing !== 'string') throw conflict(fullKey);
      }
      current.set(segment, value);
      return;
    }
    let next = current.get(segment);
    if (next === undefined) {
      next = nextSegment === '' ? [] : new Map<string, Node>();
      current.set(segment, next);
    }
    if (typeof next === 'string') throw conflict(fullKey);
    if (Array.isArray(next) !== (nextSegment === '')) throw conflict(fullKey);
    current = next;
  }
}

function conflict(key: string) {
  return invalidParam(key, `Invalid parameter ${key}: it mixes a value, a list and a hash`);
}

function toPlain(node: Node): FormValue {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(toPlain);
  const keys = [...node.keys()];
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys
      .map((k) => [Number(k), node.get(k) as Node] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, v]) => toPlain(v));
  }
  const out: FormObject = {};
  for (const [k, v] of node) out[k] = toPlain(v);
  return out;
}

/** Encodes nested values the way stripe-node does (indexed brackets); used by tests and tools. */
export function encodeForm(value: Record<string, unknown>): string {
  const parts: string[] = [];
  const walk = (prefix: string, v: unknown): void => {
    if (v === undefined) return;
    if (v === null) {
      parts.push(`${encodeURIComponent(prefix)}=`);
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => walk(`${prefix}[${i}]`, item));
    } else if (typeof v === 'object') {
      for (const [k, inner] of Object.entries(v as Record<string, unknown>)) walk(`${prefix}[${k}]`, inner);
    } else {
      parts.push(`${encodeURIComponent(prefix)}=${encodeURIComponent(String(v))}`);
    }
  };
  for (const [k, v] of Object.entries(value)) walk(k, v);
  return parts.join('&');
}
