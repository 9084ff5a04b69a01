/**
 * The graph's SDL as one parsed document, for the schema build at every start.
 *
 * Parsing the 2.8 MB of SDL takes about 200 ms of each start. `npm run build` also writes the
 * parsed document as JSON (`dist/schema-document.json`), which reads in about a quarter of that.
 * The JSON carries a hash of the SDL it was parsed from, checked on every load: a document from
 * other SDL (an edited schema, an old build) is never used, the SDL is parsed instead.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { concatAST, parse, type DocumentNode } from 'graphql';
import { packagePath } from '../package-root';
import { loadTypeDefs } from './metadata';

export const PARSED_DOCUMENT_FILE = packagePath('dist', 'schema-document.json');

interface ParsedDocumentFile {
  sdlHash: string;
  document: DocumentNode;
}

export function sdlHash(texts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text).update('\0');
  return hash.digest('base64url');
}

export function parseSdl(texts: readonly string[]): DocumentNode {
  return concatAST(texts.map((text) => parse(text, { noLocation: true })));
}

/** The parsed document saved by the build when it was parsed from exactly these texts, else undefined. */
export function savedDocument(texts: readonly string[], file = PARSED_DOCUMENT_FILE): DocumentNode | undefined {
  let saved: ParsedDocumentFile;
  try {
    saved = JSON.parse(fs.readFileSync(file, 'utf8')) as ParsedDocumentFile;
  } catch {
    return undefined; // no build, or an unreadable file: parse instead
  }
  return saved.sdlHash === sdlHash(texts) ? saved.document : undefined;
}

export function loadSchemaDocument(): DocumentNode {
  const texts = loadTypeDefs();
  return savedDocument(texts) ?? parseSdl(texts);
}

/** Called by scripts/build.js after compiling: saves the parsed SDL beside the compiled code. */
export function saveSchemaDocument(file = PARSED_DOCUMENT_FILE): void {
  const texts = loadTypeDefs();
  const saved: ParsedDocumentFile = { sdlHash: sdlHash(texts), document: parseSdl(texts) };
  fs.writeFileSync(file, JSON.stringify(saved));
}
