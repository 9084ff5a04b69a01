/**
 * The package's own files (schema, metadata, examples, playground files, package.json) are found
 * from the package root: the nearest directory above this module that holds a package.json.
 * The compiled module sits at a different depth (dist/package-root.js) than its source
 * (src/package-root.ts), so a path relative to `__dirname` would be right for only one of
 * `tsx src/main.ts` and `node dist/main.js`; the root is the same for both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest directory at or above `start` for which `hasManifest` is true. */
export function findPackageRoot(start: string, hasManifest: (dir: string) => boolean = (dir) => existsSync(join(dir, 'package.json'))): string {
  let dir = start;
  for (;;) {
    if (hasManifest(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json at or above ${start}`);
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot(__dirname);

/** A path inside the package, from its root: `packagePath('schema', 'base.graphql')`. */
export function packagePath(...segments: string[]): string {
  return join(PACKAGE_ROOT, ...segments);
}

/** The package's version, read once (a JSON import would make tsc emit package.json into dist/). */
export const PACKAGE_VERSION: string = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
