/**
 * Log capture for tests: a real pino logger (the gateway's own settings) writing its lines to
 * memory. `keepLogs` also appends them to test-artifacts/logs/, where `npm run scan-secrets`
 * (run by .ci/run after the suite) checks that no line of the whole suite holds a secret.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createLogger, type Logger, type LogLevel } from '../../src/observability/logger';

export interface CapturedLogs {
  logger: Logger;
  /** Each line as written (JSON text). */
  lines: string[];
  /** The lines parsed. */
  entries(): Array<Record<string, unknown>>;
}

export function captureLogs(level: LogLevel = 'debug'): CapturedLogs {
  const lines: string[] = [];
  const logger = createLogger({ level, format: 'json' }, { write: (line: string) => void lines.push(line.trimEnd()) });
  return { logger, lines, entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

export const LOG_ARTIFACTS = resolve(__dirname, '..', '..', 'test-artifacts', 'logs');

/** Appends captured lines to this test file's artifact, for the suite-wide secret scan. */
export function keepLogs(lines: readonly string[]): void {
  if (lines.length === 0) return;
  mkdirSync(LOG_ARTIFACTS, { recursive: true });
  const testPath = expect.getState().testPath ?? 'unknown';
  appendFileSync(resolve(LOG_ARTIFACTS, `${basename(testPath)}.ndjson`), `${lines.join('\n')}\n`);
}
