/**
 * The example operations in `examples/*.graphql`: the playground offers them, the test suite runs
 * them against the emulator. Each file holds one operation; a `# variables: {...}` comment line
 * gives its variables, a `# headers: {...}` line the HTTP headers it needs (Stripe-Account).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packagePath } from './package-root';

export interface ExampleOperation {
  name: string;
  query: string;
  variables?: string;
  headers?: string;
}

export const EXAMPLES_DIR = packagePath('examples');

export function loadExamples(dir = EXAMPLES_DIR): ExampleOperation[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = fs.readFileSync(path.join(dir, file), 'utf8');
      const variables = query.match(/^# variables: (.+)$/m)?.[1];
      const headers = query.match(/^# headers: (.+)$/m)?.[1];
      const name = file
        .replace(/\.graphql$/, '')
        .replace(/^\d+-/, '')
        .replace(/-/g, ' ');
      return { name, query, ...(variables ? { variables } : {}), ...(headers ? { headers } : {}) };
    });
}
