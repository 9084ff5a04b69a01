// `npm run build`: compiles src/ to dist/ with the TypeScript compiler (tsconfig.build.json) and
// stamps dist/. `--if-stale` (the `prestart` hook) compiles only when dist/ is missing or an input
// changed since the stamp, so `npm install && npm start` works on a fresh clone and later starts
// cost a directory walk, not a compile.
//
// Plain JavaScript, so the check runs without tsx. The compile runs in this process (the compiler
// API, not a `tsc` child): a signal that ends this process leaves no compiler running behind it.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.build-stamp');
const ENTRY = path.join(DIST, 'main.js');
/** What the output depends on. Directories count too: deleting or renaming a file changes its directory's mtime. */
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

/** The most recently modified input (a .ts file or a directory under src/, or a config file), or undefined if none exists. */
function newestInput(root, inputs = INPUTS) {
  let newest;
  const consider = (file, stat) => {
    if (!newest || stat.mtimeMs > newest.mtimeMs) newest = { path: path.relative(root, file), mtimeMs: stat.mtimeMs };
  };
  const walk = (file) => {
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      return; // an input this checkout does not have
    }
    if (!stat.isDirectory()) {
      if (file.endsWith('.ts') || file.endsWith('.json')) consider(file, stat);
      return;
    }
    consider(file, stat);
    for (const entry of fs.readdirSync(file)) walk(path.join(file, entry));
  };
  for (const input of inputs) walk(path.join(root, input));
  return newest;
}

/** Why dist/ needs a build, or undefined when it is up to date. Pure: the caller gathers the facts. */
function staleReason(stampMtimeMs, entryExists, newest) {
  if (stampMtimeMs === undefined || !entryExists) return 'dist/ has not been built';
  if (newest && newest.mtimeMs > stampMtimeMs) return `${newest.path} changed since the last build`;
  return undefined;
}

function mtimeOf(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Compiles into an empty dist/; returns false (after printing the diagnostics) when it did not emit. */
function compile() {
  let ts;
  try {
    ts = require('typescript');
  } catch {
    console.error('build: dist/ is missing or stale and TypeScript is not installed (a production install?). Run `npm ci && npm run build`.');
    return false;
  }
  const startedMs = Date.now();
  fs.rmSync(DIST, { recursive: true, force: true });
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => report(ts, [d]) };
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.build.json'), {}, host);
  if (!config) return false;
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences });
  const emitted = program.emit();
  const diagnostics = [...config.errors, ...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (diagnostics.length > 0) report(ts, diagnostics);
  if (emitted.emitSkipped || diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error)) return false;
  // The stamp carries the compile's start time, so an edit made while it ran still counts as newer.
  fs.writeFileSync(STAMP, 'npm run build\n');
  fs.utimesSync(STAMP, startedMs / 1000, startedMs / 1000);
  return true;
}

function report(ts, diagnostics) {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
  console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
}

function main(args) {
  if (args.includes('--if-stale')) {
    const reason = staleReason(mtimeOf(STAMP), fs.existsSync(ENTRY), newestInput(ROOT));
    if (reason === undefined) return 0;
    console.error(`build: ${reason}; compiling src/ to dist/ ...`);
  }
  return compile() ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { newestInput, staleReason, INPUTS };
