/**
 * scripts/build.js's staleness policy: when `npm start` must compile first.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A plain JavaScript script (it runs before anything is compiled); required for its exports.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS without type declarations
const { newestInput, staleReason } = require('../../scripts/build.js') as {
  newestInput: (root: string) => { path: string; mtimeMs: number } | undefined;
  staleReason: (stampMtimeMs: number | undefined, entryExists: boolean, newest: { path: string; mtimeMs: number } | undefined) => string | undefined;
};

describe('staleReason', () => {
  const newest = { path: 'src/server.ts', mtimeMs: 2_000 };
  test('no stamp or no entry point: build', () => {
    expect(staleReason(undefined, true, newest)).toBe('dist/ has not been built');
    expect(staleReason(3_000, false, newest)).toBe('dist/ has not been built');
  });
  test('an input newer than the stamp: build, naming it', () => expect(staleReason(1_999, true, newest)).toBe('src/server.ts changed since the last build'));
  test('inputs as old as the stamp or older: up to date', () => {
    expect(staleReason(2_000, true, newest)).toBeUndefined();
    expect(staleReason(2_000, true, undefined)).toBeUndefined();
  });
});

describe('newestInput', () => {
  let root = '';
  const at = (path: string, seconds: number): void => utimesSync(join(root, path), seconds, seconds);
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sgg-build-'));
    mkdirSync(join(root, 'src', 'playground', 'browser'), { recursive: true });
    for (const file of ['src/main.ts', 'src/playground/page.ts', 'src/playground/browser/playground.js', 'package.json', 'tsconfig.json', 'README.md'])
      writeFileSync(join(root, file), '');
    for (const path of ['src/main.ts', 'src/playground/page.ts', 'package.json', 'tsconfig.json', 'src', 'src/playground', 'src/playground/browser'])
      at(path, 1_000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('the newest .ts file under src/ or config file', () => {
    at('src/playground/page.ts', 1_500);
    expect(newestInput(root)).toEqual({ path: join('src', 'playground', 'page.ts'), mtimeMs: 1_500_000 });
    at('tsconfig.json', 1_600);
    expect(newestInput(root)).toEqual({ path: 'tsconfig.json', mtimeMs: 1_600_000 });
  });
  test('a directory whose entries changed (a deleted or renamed source) counts', () => {
    at('src/playground', 1_700);
    expect(newestInput(root)).toEqual({ path: join('src', 'playground'), mtimeMs: 1_700_000 });
  });
  test('files the compiler does not read do not count', () => {
    at('src/playground/browser/playground.js', 1_800);
    at('README.md', 1_800);
    expect(newestInput(root)).toEqual({ path: 'src', mtimeMs: 1_000_000 });
  });
  test('missing inputs are skipped', () => {
    rmSync(join(root, 'src'), { recursive: true });
    at('package.json', 1_100);
    expect(newestInput(root)).toEqual({ path: 'package.json', mtimeMs: 1_100_000 });
  });
});
