/**
 * Just enough of a Dockerfile reader for the production-install test to perform the Dockerfile's
 * own steps without Docker: stages (`FROM ... AS name`), WORKDIR, ENV, COPY [--from=stage], RUN
 * (shell form), HEALTHCHECK ... CMD [...] and CMD [...]. Anything else is an error, so the
 * Dockerfile cannot grow a step the test would silently skip.
 */
import { cpSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join, posix, relative } from 'node:path';

export type Step = { kind: 'copy'; from?: string; sources: string[]; dest: string } | { kind: 'run'; command: string };

export interface Stage {
  name: string;
  workdir: string;
  env: Record<string, string>;
  steps: Step[];
  healthcheck?: string[];
  cmd?: string[];
}

/** Joins continuation lines and drops comments and blank lines. */
function instructions(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (pending === '' && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1).trim() + ' ';
      continue;
    }
    out.push(pending + line);
    pending = '';
  }
  if (pending !== '') out.push(pending.trim());
  return out;
}

function execForm(text: string, where: string): string[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || !parsed.every((p) => typeof p === 'string')) throw new Error(`${where} must be a JSON array of strings`);
  return parsed;
}

function parseEnv(args: string, env: Record<string, string>): void {
  for (const pair of args.split(/\s+/)) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new Error(`ENV ${pair}: only the KEY=value form is understood`);
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
}

function parseCopy(args: string): Step {
  const words = args.split(/\s+/);
  let from: string | undefined;
  while (words[0]?.startsWith('--')) {
    const flag = words.shift()!;
    if (!flag.startsWith('--from=')) throw new Error(`COPY ${flag}: not understood`);
    from = flag.slice('--from='.length);
  }
  const dest = words.pop();
  if (dest === undefined || words.length === 0) throw new Error(`COPY ${args}: needs a source and a destination`);
  if (words.some((w) => /[*?[]/.test(w))) throw new Error(`COPY ${args}: wildcards are not understood`);
  return from === undefined ? { kind: 'copy', sources: words, dest } : { kind: 'copy', from, sources: words, dest };
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const line of instructions(text)) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const upper = keyword.toUpperCase();
    if (upper === 'FROM') {
      const name = /\sAS\s+(\S+)$/i.exec(args)?.[1] ?? `stage${stages.length}`;
      stages.push({ name, workdir: '/', env: {}, steps: [] });
      continue;
    }
    const stage = stages[stages.length - 1];
    if (!stage) throw new Error(`${upper} before FROM`);
    if (upper === 'WORKDIR') stage.workdir = posix.resolve(stage.workdir, args);
    else if (upper === 'ENV') parseEnv(args, stage.env);
    else if (upper === 'COPY') stage.steps.push(parseCopy(args));
    else if (upper === 'RUN') stage.steps.push({ kind: 'run', command: args });
    else if (upper === 'CMD') stage.cmd = execForm(args, 'CMD');
    else if (upper === 'HEALTHCHECK') stage.healthcheck = execForm(args.replace(/^.*?\bCMD\s+/, ''), 'HEALTHCHECK CMD');
    else if (upper !== 'USER' && upper !== 'EXPOSE') throw new Error(`${upper}: not understood by test/build/dockerfile.ts`);
  }
  return stages;
}

/** A `.dockerignore` as a predicate over context-relative paths (`*` within a segment, `**` across). */
export function dockerignore(text: string): (path: string) => boolean {
  const patterns = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((p) => {
      if (p.startsWith('!')) throw new Error(`.dockerignore exception ${p}: not understood`);
      const body = p
        .replace(/^\/+|\/+$/g, '')
        .split('**/')
        .map((part) => part.split('*').map(escape).join('[^/]*'))
        .join('(?:.*/)?');
      return new RegExp(`^${body}(?:/.*)?$`);
    });
  return (path) => patterns.some((re) => re.test(path));
}

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One COPY, as Docker does it: a directory source copies its contents into the destination; a
 * file source lands in the destination directory (a destination ending in `/`, or several
 * sources) or at the destination path. `ignored` filters context files (stage copies pass none).
 */
export function copyStep(sourceRoot: string, sources: string[], destRoot: string, dest: string, ignored: (rel: string) => boolean = () => false): void {
  const target = join(destRoot, dest);
  const intoDir = dest.endsWith('/') || sources.length > 1;
  for (const source of sources) {
    const from = join(sourceRoot, source);
    if (!existsSync(from)) throw new Error(`COPY source ${source} does not exist`);
    const filter = (file: string): boolean => !ignored(relative(sourceRoot, file).split('\\').join('/'));
    if (statSync(from).isDirectory()) {
      mkdirSync(target, { recursive: true });
      cpSync(from, target, { recursive: true, filter, verbatimSymlinks: true });
    } else {
      const to = intoDir ? join(target, basename(source)) : target;
      mkdirSync(intoDir ? target : join(to, '..'), { recursive: true });
      if (filter(from)) cpSync(from, to);
    }
  }
}
