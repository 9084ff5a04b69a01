/**
 * The SDL of the whole graph, read from the package's schema folder: the hand-written base and
 * every generated domain file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packagePath } from '../package-root';

const SCHEMA_DIR = packagePath('schema');

export function loadTypeDefs(): string[] {
  const generated = path.join(SCHEMA_DIR, 'generated');
  const files = fs
    .readdirSync(generated)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => path.join(generated, f));
  return [path.join(SCHEMA_DIR, 'base.graphql'), ...files].map((f) => fs.readFileSync(f, 'utf8'));
}
