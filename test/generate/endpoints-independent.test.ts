/**
 * An independent check of the seed endpoints. The generator reads endpoint paths by parsing the
 * text of the `stripe` package's compiled resource files and parameters by walking declaration
 * syntax; the emulator then routes what the generator wrote. A wrong path would pass every test
 * that only compares the two. Here the package is read two other ways:
 *
 * - at run time: `require('stripe')` with a dummy key, each resource method called with
 *   placeholder ids while the resource's `_makeRequest` records (method, path) instead of
 *   sending anything (no network at all);
 * - through the TypeScript checker's resolved type of each method's `params` (inheritance and
 *   aliases resolved by the compiler, not by our own walk).
 *
 * Every seed endpoint from the package must match both in method, path and parameter names.
 */
import * as path from 'node:path';
import ts from 'typescript';
import { buildGatewaySchema } from '../../src/schema';
import { seedDomains, type SeedEntry } from '../../schema/sources/seed';

const { metadata } = buildGatewaySchema().index;
const stripeDir = path.join(__dirname, '..', '..', 'node_modules', 'stripe');

interface Recorded {
  file: string;
  name: string;
  method: string;
  /** With `{}` for each path param, in order. */
  path: string;
}

type Resource = Record<string, unknown> & { _makeRequest?: unknown };

/** `Radar/ValueListItems` -> `stripe.radar.valueListItems`. */
function resourceOf(stripe: Record<string, unknown>, file: string): Resource {
  let node: unknown = stripe;
  for (const part of file.split('/')) {
    node = (node as Record<string, unknown>)[part.charAt(0).toLowerCase() + part.slice(1)];
  }
  if (typeof node !== 'object' || node === null) throw new Error(`stripe has no resource for ${file}`);
  return node as Resource;
}

const PLACEHOLDER = (i: number) => `__id${i}__`;

/** Calls every method of one resource with placeholder ids; answers what each would request. */
function recordFile(stripe: Record<string, unknown>, entry: SeedEntry): Recorded[] {
  const resource = resourceOf(stripe, entry.file);
  const calls: Array<{ method: string; path: string }> = [];
  resource._makeRequest = (method: string, requestPath: string) => {
    calls.push({ method, path: requestPath });
    return Promise.resolve({});
  };
  const out: Recorded[] = [];
  const proto = Object.getPrototypeOf(resource) as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const fn = proto[name];
    if (name === 'constructor' || typeof fn !== 'function') continue;
    if (entry.methods && !entry.methods.test(name)) continue;
    // Declared as (...ids, params, options): the ids are what the arity leaves.
    const ids = Array.from({ length: Math.max(0, fn.length - 2) }, (_v, i) => PLACEHOLDER(i));
    calls.length = 0;
    void (fn as (...args: unknown[]) => unknown).apply(resource, [...ids, {}, {}]);
    const call = calls[0];
    if (call === undefined) throw new Error(`${entry.file}.${name} made no request`);
    out.push({ file: entry.file, name, method: call.method, path: ids.reduce((p, id) => p.replace(id, '{}'), call.path) });
  }
  return out;
}

function recordAll(): Recorded[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package read at run time, as an app would
  const loaded = require('stripe') as { default?: unknown; Stripe?: unknown };
  const StripeCtor = (loaded.default ?? loaded.Stripe ?? loaded) as new (key: string) => Record<string, unknown>;
  const stripe = new StripeCtor('sk_test_dummy_never_sent');
  return seedDomains.flatMap((d) => d.entries.filter((e) => e.source === 'stripe').flatMap((e) => recordFile(stripe, e)));
}

const recorded = recordAll();

/** The metadata's seed endpoints that come from the package (preview ones have no SDK method). */
const seedEndpoints = Object.values(metadata.resources)
  .filter((r) => r.seed && !r.preview)
  .flatMap((r) => r.endpoints.map((e) => ({ resource: r.typeName, endpoint: e })));

const anonymous = (template: string): string => template.replace(/\{[^}]+\}/g, '{}');

test('the package was read: every seed file answered, each method once', () => {
  expect(recorded.length).toBeGreaterThan(150);
  expect(seedEndpoints.length).toBeGreaterThan(150);
});

describe.each(seedEndpoints.map((s) => [`${s.resource}.${s.endpoint.name} ${s.endpoint.method} ${s.endpoint.path}`, s] as const))(
  '%s',
  (_label, { endpoint }) => {
    test('the package makes the same request', () => {
      const same = recorded.filter((r) => r.name === endpoint.name && anonymous(endpoint.path) === r.path);
      expect(same.map((r) => r.method)).toContain(endpoint.method);
    });
  },
);

test('every method the seed selects from the package is in the metadata', () => {
  const known = new Set(seedEndpoints.map((s) => `${s.endpoint.name} ${s.endpoint.method} ${anonymous(s.endpoint.path)}`));
  const missing = recorded.filter((r) => !known.has(`${r.name} ${r.method} ${r.path}`)).map((r) => `${r.file}.${r.name}`);
  expect(missing).toEqual([]);
});

// ---------------------------------------------------------------- parameter names

function checkerParams(): Map<string, string[]> {
  const entries = seedDomains.flatMap((d) => d.entries.filter((e) => e.source === 'stripe'));
  const files = entries.map((e) => path.join(stripeDir, 'cjs', 'resources', `${e.file}.d.ts`));
  const program = ts.createProgram(files, { strict: true, noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const out = new Map<string, string[]>();
  entries.forEach((entry, i) => {
    const source = program.getSourceFile(files[i]!)!;
    const cls = source.statements.find(ts.isClassDeclaration)!;
    for (const member of cls.members) {
      if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
      const param = member.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === 'params');
      const names = param?.type ? checker.getPropertiesOfType(checker.getTypeFromTypeNode(param.type)).map((s) => s.name) : [];
      out.set(`${entry.file}.${member.name.text}`, names.sort());
    }
  });
  return out;
}

test('parameter names: the metadata has exactly what the checker resolves for each seed method (expand aside)', () => {
  const byMethod = checkerParams();
  const mismatches: string[] = [];
  for (const { resource, endpoint } of seedEndpoints) {
    const files = recorded.filter((r) => r.name === endpoint.name && r.path === anonymous(endpoint.path) && r.method === endpoint.method).map((r) => r.file);
    const resolved = byMethod.get(`${files[0]}.${endpoint.name}`);
    if (resolved === undefined) {
      mismatches.push(`${resource}.${endpoint.name}: not found by the checker`);
      continue;
    }
    const want = resolved.filter((n) => n !== 'expand');
    const have = (endpoint.params === undefined ? [] : metadata.inputs[endpoint.params]!.fields.map((f) => f.stripe)).sort();
    if (want.join() !== have.join()) mismatches.push(`${resource}.${endpoint.name}: metadata [${have.join(', ')}], checker [${want.join(', ')}]`);
  }
  expect(mismatches).toEqual([]);
});

test('the two lists that do not page take only expand, as the package declares', () => {
  const byMethod = checkerParams();
  expect(byMethod.get('Accounts.listCapabilities')).toEqual(['expand']);
  expect(byMethod.get('Reporting/ReportTypes.list')).toEqual(['expand']);
  expect(byMethod.get('Accounts.listPersons')).toEqual(expect.arrayContaining(['ending_before', 'limit', 'starting_after']));
});
