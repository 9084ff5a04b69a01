/**
 * Smaller answers on slow networks: a GraphQL answer above a size threshold goes out compressed,
 * brotli when the client accepts it, else gzip (node:zlib). JSON of Stripe objects repeats its
 * field names on every object, so it shrinks to a fraction. Small answers go as they are: below
 * about a kilobyte the bytes saved do not pay for the work.
 */
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';

export interface CompressionSettings {
  enabled: boolean;
  /** Answers shorter than this many bytes are sent uncompressed. */
  minBytes: number;
}

export const DEFAULT_COMPRESSION: CompressionSettings = Object.freeze({ enabled: true, minBytes: 1024 });

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The encoding to answer with, from `Accept-Encoding`: brotli, then gzip, among those the client
 * accepts (a `q=0` refuses one; `*` stands for any not named).
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  if (acceptEncoding === undefined) return 'identity';
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim().match(/^q=([0-9.]+)$/)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (name !== '') weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const accepts = (name: string): boolean => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

/** Whether an answer of this size is worth compressing. */
export function worthCompressing(settings: CompressionSettings, bytes: number): boolean {
  return settings.enabled && bytes >= settings.minBytes;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The body to send and its encoding. Brotli at a middle quality: its best is too slow per request. */
export async function compressAnswer(
  body: string,
  acceptEncoding: string | undefined,
  settings: CompressionSettings,
): Promise<{ body: Buffer | string; encoding: Encoding }> {
  const encoding = worthCompressing(settings, Buffer.byteLength(body)) ? chooseEncoding(acceptEncoding) : 'identity';
  if (encoding === 'identity') return { encoding, body };
  return { encoding, body: await compressOnce(body, encoding) };
}

function compress(body: string, encoding: 'br' | 'gzip'): Promise<Buffer> {
  if (encoding === 'gzip') return gzip(body);
  return brotli(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT },
  });
}

/** Answers at least this long are remembered compressed (a full introspection is about 5 MB). */
export const REMEMBERED_BYTES = 256 * 1024;
const REMEMBERED_ANSWERS = 4;
const remembered: Record<'br' | 'gzip', Map<string, Promise<Buffer>>> = { br: new Map(), gzip: new Map() };

/**
 * Compresses a body, remembering the last few large ones: a large answer that repeats (the
 * introspection answer, served from one cached text) costs its compression once, not per request.
 */
export function compressOnce(body: string, encoding: 'br' | 'gzip'): Promise<Buffer> {
  if (body.length < REMEMBERED_BYTES) return compress(body, encoding);
  const cache = remembered[encoding];
  let pending = cache.get(body);
  if (pending) cache.delete(body);
  else {
    pending = compress(body, encoding);
    pending.catch(() => cache.delete(body));
  }
  cache.set(body, pending);
  if (cache.size > REMEMBERED_ANSWERS) cache.delete(cache.keys().next().value as string);
  return pending;
}

/** A Vary value holding what is already there plus the names given, each once. */
export function varyWith(existing: string | number | string[] | undefined, ...names: string[]): string {
  const all = [...(existing === undefined ? [] : String(existing).split(',')), ...names].map((n) => n.trim()).filter((n) => n !== '');
  const seen = new Set<string>();
  return all.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase())).join(', ');
}
