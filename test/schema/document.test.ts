/**
 * The parsed SDL saved by the build is used only for the SDL it came from, and gives the same
 * schema as parsing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildASTSchema, printSchema } from 'graphql';
import { parseSdl, savedDocument, sdlHash } from '../../src/schema/document';
import { loadTypeDefs } from '../../src/schema/metadata';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sgg-document-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const texts = ['type Query { a: String }', '"One more" type B { b: Int }'];

test('a saved document of the same SDL is used, and builds the same schema', () => {
  const file = join(dir, 'same.json');
  writeFileSync(file, JSON.stringify({ sdlHash: sdlHash(texts), document: parseSdl(texts) }));
  const saved = savedDocument(texts, file);
  expect(saved).toBeDefined();
  expect(printSchema(buildASTSchema(saved!))).toBe(printSchema(buildASTSchema(parseSdl(texts))));
});

test('a saved document of other SDL, a broken file or none at all is not used', () => {
  const other = join(dir, 'other.json');
  writeFileSync(other, JSON.stringify({ sdlHash: sdlHash(['type Query { a: String }']), document: parseSdl(['type Query { a: String }']) }));
  expect(savedDocument(texts, other)).toBeUndefined();
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"sdlHash": ');
  expect(savedDocument(texts, broken)).toBeUndefined();
  expect(savedDocument(texts, join(dir, 'missing.json'))).toBeUndefined();
});

test('the hash tells the files apart, not just their concatenation', () => {
  expect(sdlHash(['ab', 'c'])).not.toBe(sdlHash(['a', 'bc']));
  expect(sdlHash(loadTypeDefs())).toBe(sdlHash(loadTypeDefs()));
});

test("the graph's saved-and-reloaded document prints the same schema as the parsed one", () => {
  const all = loadTypeDefs();
  const reloaded = JSON.parse(JSON.stringify(parseSdl(all))) as ReturnType<typeof parseSdl>;
  expect(printSchema(buildASTSchema(reloaded, { assumeValidSDL: true }))).toBe(printSchema(buildASTSchema(parseSdl(all))));
});
