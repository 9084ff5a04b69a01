/**
 * Trusted documents (persisted operations). An app that ships operations it cannot change after
 * release registers them ahead of time: graphql-codegen's client preset (`persistedDocuments`)
 * writes a manifest `{ "<hash>": "<document>" }`, and the gateway loads such manifests from
 * GATEWAY_TRUSTED_DOCUMENTS (one file, or every `*.json` of a folder). A request then names its
 * document by hash, as `documentId` or as Apollo's `extensions.persistedQuery.sha256Hash`.
 *
 * In `only` mode nothing else runs: an inline document that is not in a manifest is refused
 * before Apollo sees it, so it costs no upstream request. In `allow` mode other documents run
 * too (platform callers, the playground), and Apollo's automatic persisted queries (APQ) handle
 * hashes that are not in a manifest. The decision is `resolveTrustedDocument`, a pure function.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { redact } from '../datasources/errors';
import { isRecord } from '../shared/values';

export type TrustedDocumentsMode = 'allow' | 'only';

export interface TrustedDocuments {
  /** Document text by the id clients send. */
  byId: ReadonlyMap<string, string>;
  /** sha256 of each document's text, so an inline copy of a trusted document is recognised. */
  textHashes: ReadonlySet<string>;
}

const VARIABLE = 'GATEWAY_TRUSTED_DOCUMENTS';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** One manifest's entries; throws naming the source when it is not `{ id: document }`. */
export function parseManifest(json: unknown, source: string): Array<[string, string]> {
  if (!isRecord(json)) {
    throw new Error(`${VARIABLE}: ${source} is not a manifest (an object of document id -> document text)`);
  }
  const entries = Object.entries(json);
  const bad = entries.find(([id, text]) => id.trim() === '' || typeof text !== 'string' || text.trim() === '');
  if (bad) throw new Error(`${VARIABLE}: ${source} has an entry that is not a non-empty document text: ${JSON.stringify(bad[0])}`);
  return entries as Array<[string, string]>;
}

export function trustedDocumentsOf(entries: ReadonlyArray<readonly [string, string]>): TrustedDocuments {
  const byId = new Map<string, string>();
  for (const [id, text] of entries) {
    const known = byId.get(id);
    if (known !== undefined && known !== text) throw new Error(`${VARIABLE}: document id ${id} is given two different documents`);
    byId.set(id, text);
  }
  return { byId, textHashes: new Set([...byId.values()].map(sha256)) };
}

/** Loads a manifest file, or every `*.json` manifest of a folder (several apps, several files). */
export function loadTrustedDocuments(location: string): TrustedDocuments {
  let files: string[];
  try {
    files = fs.statSync(location).isDirectory()
      ? fs
          .readdirSync(location)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => path.join(location, f))
      : [location];
  } catch {
    throw new Error(`${VARIABLE}: cannot read ${location}`);
  }
  if (files.length === 0) throw new Error(`${VARIABLE}: the folder ${location} holds no .json manifest`);
  const entries = files.flatMap((file) => {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      throw new Error(`${VARIABLE}: ${file} is not valid JSON`);
    }
    return parseManifest(json, file);
  });
  return trustedDocumentsOf(entries);
}

/** The GraphQL request parameters this policy reads (the POST body, or GET's parameters). */
export type RequestParams = Record<string, unknown>;

export type Resolution = { kind: 'run'; params: RequestParams } | { kind: 'refuse'; status: number; code: string; message: string };

function persistedQueryHash(params: RequestParams): string | undefined {
  const ext = params.extensions;
  if (!isRecord(ext)) return undefined;
  const pq = ext.persistedQuery;
  const hash = isRecord(pq) ? pq.sha256Hash : undefined;
  return typeof hash === 'string' ? hash : undefined;
}

/** The parameters with `query` set to a trusted text, and without what named it. */
function withDocument(params: RequestParams, text: string): RequestParams {
  const { documentId: _id, extensions, ...rest } = params;
  const { persistedQuery: _pq, ...otherExtensions } = (extensions ?? {}) as Record<string, unknown>;
  return Object.keys(otherExtensions).length > 0 ? { ...rest, query: text, extensions: otherExtensions } : { ...rest, query: text };
}

const NOT_FOUND = (what: string): Resolution => ({
  kind: 'refuse',
  status: 400,
  code: 'PERSISTED_QUERY_NOT_FOUND',
  // The id is the caller's text: shortened, and redacted in case a key was pasted there.
  message: `No trusted document has the id ${redact(JSON.stringify(what).slice(0, 80))}`,
});

/**
 * Decides what a request runs. A known id runs its document; an unknown `documentId` is
 * PERSISTED_QUERY_NOT_FOUND. An APQ hash not in a manifest is left to Apollo's APQ in `allow`
 * mode. In `only` mode an inline document runs only when it is a trusted document's exact text.
 */
export function resolveTrustedDocument(params: RequestParams, documents: TrustedDocuments | undefined, mode: TrustedDocumentsMode): Resolution {
  const documentId = params.documentId;
  if (documentId !== undefined) {
    if (typeof documentId !== 'string') return { kind: 'refuse', status: 400, code: 'BAD_REQUEST', message: '`documentId` must be a string' };
    if (params.query !== undefined) return { kind: 'refuse', status: 400, code: 'BAD_REQUEST', message: 'Send either `documentId` or `query`, not both' };
    const text = documents?.byId.get(documentId);
    return text === undefined ? NOT_FOUND(documentId) : { kind: 'run', params: withDocument(params, text) };
  }
  const hash = persistedQueryHash(params);
  const trusted = hash === undefined ? undefined : documents?.byId.get(hash);
  if (trusted !== undefined) return { kind: 'run', params: withDocument(params, trusted) };
  if (mode === 'allow') return { kind: 'run', params };
  const query = params.query;
  if (typeof query !== 'string') return hash === undefined ? { kind: 'run', params } : NOT_FOUND(hash);
  if (documents?.textHashes.has(sha256(query))) return { kind: 'run', params: withDocument(params, query) };
  return {
    kind: 'refuse',
    status: 400,
    code: 'TRUSTED_DOCUMENT_REQUIRED',
    message: 'This gateway runs only trusted documents: send the id of a registered document (documentId or extensions.persistedQuery.sha256Hash)',
  };
}

/**
 * Applies the policy to an HTTP request: the POST body, or a GET's query string. Answers the
 * body and search to give Apollo, or the refusal as an Apollo-shaped answer.
 */
export function applyTrustedDocuments(
  method: string,
  body: unknown,
  search: string,
  documents: TrustedDocuments | undefined,
  mode: TrustedDocumentsMode,
): { body: unknown; search: string } | { refused: HTTPGraphQLResponse } {
  const fromGet = method === 'GET';
  const params = fromGet ? getParams(search) : body;
  // Anything else (a batch, a malformed body) is Apollo's to refuse.
  if (!isRecord(params)) return { body, search };
  const resolution = resolveTrustedDocument(params, documents, mode);
  if (resolution.kind === 'refuse') return { refused: refusal(resolution.status, resolution.code, resolution.message) };
  if (resolution.params === params) return { body, search };
  return fromGet ? { body, search: toSearch(resolution.params) } : { body: resolution.params, search };
}

/** GET parameters as the POST body's shape (`extensions` and `variables` arrive as JSON text). */
function getParams(search: string): RequestParams | undefined {
  const params: RequestParams = Object.fromEntries(new URLSearchParams(search));
  if (typeof params.extensions === 'string') {
    try {
      params.extensions = JSON.parse(params.extensions) as unknown;
    } catch {
      return undefined;
    }
  }
  return params;
}

function toSearch(params: RequestParams): string {
  const out = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) out.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  return `?${out.toString()}`;
}

function refusal(status: number, code: string, message: string): HTTPGraphQLResponse {
  return {
    status,
    headers: new HeaderMap([['content-type', 'application/json; charset=utf-8']]),
    body: { kind: 'complete', string: JSON.stringify({ errors: [{ message, extensions: { code } }] }) },
  };
}
