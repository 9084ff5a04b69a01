/**
 * `npm run scan-secrets [paths...]`: fails when a file holds something that looks like a secret
 * (a Stripe secret or restricted key, a webhook secret, a client secret, a JWT) that was not
 * redacted. CI runs it over the whole suite's output and the log lines tests kept in
 * test-artifacts/logs/, so a secret reaching a log or an error anywhere in the suite is caught.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['Stripe key', /\b(?:sk|rk)_(?:test|live)_[A-Za-z0-9]{6,}/g],
  ['webhook secret', /\bwhsec_[A-Za-z0-9]{6,}/g],
  ['client secret', /_secret_[A-Za-z0-9]{6,}/g],
  ['JWT', /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g],
];

export interface Finding {
  file: string;
  line: number;
  kind: string;
  /** The first characters only: the report must not print the secret it found. */
  preview: string;
}

export function findSecrets(text: string, file: string): Finding[] {
  const findings: Finding[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [kind, pattern] of PATTERNS) {
      for (const match of line.matchAll(pattern)) findings.push({ file, line: i + 1, kind, preview: `${match[0].slice(0, 10)}...` });
    }
  });
  return findings;
}

function filesUnder(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

if (require.main === module) {
  const paths = process.argv.slice(2);
  const files = paths.flatMap(filesUnder);
  const findings = files.flatMap((file) => findSecrets(readFileSync(file, 'utf8'), file));
  for (const f of findings) console.error(`${f.file}:${f.line}: unredacted ${f.kind} (${f.preview})`);
  console.log(`scan-secrets: ${files.length} files, ${findings.length} findings`);
  if (files.length === 0) {
    console.error('scan-secrets: nothing to scan (expected the suite output and test-artifacts/logs)');
    process.exit(1);
  }
  process.exit(findings.length === 0 ? 0 : 1);
}
