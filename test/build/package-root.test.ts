/**
 * The package root: one answer for src/ (tsx) and dist/ (node).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, PACKAGE_VERSION, findPackageRoot, packagePath } from '../../src/package-root';

test('found by walking up to the nearest directory with a package.json', () => {
  const withManifest = new Set(['/srv/app', '/srv']);
  expect(findPackageRoot('/srv/app/dist/playground', (d) => withManifest.has(d))).toBe('/srv/app');
  expect(findPackageRoot('/srv/app', (d) => withManifest.has(d))).toBe('/srv/app');
  expect(() => findPackageRoot('/opt/x', (d) => withManifest.has(d))).toThrow('no package.json at or above /opt/x');
});

test('from the source tree, the repository root; paths and version from there', () => {
  const repo = join(__dirname, '..', '..');
  expect(PACKAGE_ROOT).toBe(repo);
  expect(packagePath('schema', 'base.graphql')).toBe(join(repo, 'schema', 'base.graphql'));
  expect(PACKAGE_VERSION).toBe((JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version);
});
