/**
 * The generated object types against the pinned `stripe` package, field by field.
 *
 * The expected side is computed here with the TypeScript type checker over the package's own
 * declarations (resolved types, not the syntax the generator walks), so a generator bug cannot
 * hide by being repeated in the expectation.
 */
import * as path from 'node:path';
import ts from 'typescript';
import { generate } from '../../scripts/generate/main';
import type { FieldMeta, RestMetadata, TypeRef } from '../../src/metadata/types';

const ROOT = path.resolve(__dirname, '..', '..');
const RESOURCES = path.join(ROOT, 'node_modules', 'stripe', 'cjs', 'resources');

/** GraphQL type -> the declaration file and exported interface that define it. */
const CASES: Array<[graphqlType: string, file: string, exported: string]> = [
  ['Account', 'Accounts.d.ts', 'Account'],
  ['Person', 'Persons.d.ts', 'Person'],
  ['Capability', 'Capabilities.d.ts', 'Capability'],
  ['BankAccount', 'BankAccounts.d.ts', 'BankAccount'],
  ['Card', 'Cards.d.ts', 'Card'],
  ['FinancialConnectionsAccount', 'FinancialConnections/Accounts.d.ts', 'Account'],
  ['IdentityVerificationSession', 'Identity/VerificationSessions.d.ts', 'VerificationSession'],
  ['IdentityVerificationReport', 'Identity/VerificationReports.d.ts', 'VerificationReport'],
];

/**
 * Plain fields the graph renames because a connection takes their name (see
 * renameShadowedFields): the Stripe name is kept, only the GraphQL name moves.
 */
const RENAMED: Record<string, Record<string, string>> = {
  Account: { capabilities: 'capabilitiesSummary' },
};

/** What Stripe declares about one property, read from the checker's resolved type. */
interface Expected {
  stripe: string;
  nullable: boolean;
  /** `string | X`: an id unless expanded. Target GraphQL names of the object variants, sorted. */
  expandTargets?: string[];
  /** Coarse kind, enough to catch a field resolved to the wrong sort of thing. */
  kind: 'boolean' | 'number' | 'list' | 'apiList' | 'other';
}

function camel(stripe: string): string {
  return stripe.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function pascalOfObjectValue(value: string): string {
  return value
    .split(/[._]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

class StripeDeclarations {
  private readonly program: ts.Program;
  private readonly checker: ts.TypeChecker;

  constructor(files: string[]) {
    this.program = ts.createProgram(files, { strict: true, noEmit: true, skipLibCheck: true, types: [] });
    this.checker = this.program.getTypeChecker();
  }

  properties(file: string, exported: string): Expected[] {
    const source = this.program.getSourceFile(file);
    if (!source) throw new Error(`not in program: ${file}`);
    const moduleSymbol = this.checker.getSymbolAtLocation(source)!;
    const symbol = this.checker.getExportsOfModule(moduleSymbol).find((s) => s.name === exported && s.flags & ts.SymbolFlags.Interface);
    if (!symbol) throw new Error(`${file} exports no interface ${exported}`);
    const type = this.checker.getDeclaredTypeOfSymbol(symbol);
    const out: Expected[] = [];
    for (const prop of this.checker.getPropertiesOfType(type)) {
      const propType = this.checker.getTypeOfSymbol(prop);
      const parts = propType.isUnion() ? propType.types : [propType];
      const present = parts.filter((t) => !(t.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
      if (present.length === 0) continue; // `deleted?: void` on live objects: Stripe never sends it
      const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
      const hasNull = parts.some((t) => (t.flags & ts.TypeFlags.Null) !== 0);
      const expected: Expected = { stripe: prop.name, nullable: optional || hasNull, kind: this.kind(present) };
      const targets = this.expandTargets(present);
      if (targets) expected.expandTargets = targets;
      out.push(expected);
    }
    return out;
  }

  private kind(present: readonly ts.Type[]): Expected['kind'] {
    if (present.every((t) => t.flags & ts.TypeFlags.BooleanLike)) return 'boolean';
    if (present.every((t) => t.flags & ts.TypeFlags.NumberLike)) return 'number';
    if (present.length === 1 && this.checker.isArrayType(present[0]!)) return 'list';
    if (present.length === 1 && this.isApiList(present[0]!)) return 'apiList';
    return 'other';
  }

  private isApiList(t: ts.Type): boolean {
    const object = t.getProperty('object');
    if (!object || !t.getProperty('data') || !t.getProperty('has_more')) return false;
    const literal = this.checker.getTypeOfSymbol(object);
    return literal.isStringLiteral() && literal.value === 'list';
  }

  /** For `string | A | B` (or an array of that), the GraphQL names of A and B; else undefined. */
  private expandTargets(present: readonly ts.Type[]): string[] | undefined {
    let members = present;
    if (members.length === 1 && this.checker.isArrayType(members[0]!)) {
      const element = this.checker.getTypeArguments(members[0] as ts.TypeReference)[0]!;
      members = element.isUnion() ? element.types : [element];
    }
    const hasPlainString = members.some((t) => t.flags & ts.TypeFlags.String);
    const objects = members.filter((t) => t.flags & ts.TypeFlags.Object && t.getProperty('object'));
    if (!hasPlainString || objects.length === 0) return undefined;
    return objects.map((t) => this.graphqlName(t)).sort();
  }

  /** Stripe objects are named by their `object` literal; deleted variants carry `deleted: true`. */
  private graphqlName(t: ts.Type): string {
    const object = this.checker.getTypeOfSymbol(t.getProperty('object')!);
    if (!object.isStringLiteral()) throw new Error(`object without a literal object value: ${this.checker.typeToString(t)}`);
    const deletedProp = t.getProperty('deleted');
    const deleted = deletedProp ? this.checker.getTypeOfSymbol(deletedProp) : undefined;
    const isDeleted = !!deleted && (deleted.flags & ts.TypeFlags.BooleanLiteral) !== 0 && this.checker.typeToString(deleted) === 'true';
    return (isDeleted ? 'Deleted' : '') + pascalOfObjectValue(object.value);
  }
}

function namedTargets(metadata: RestMetadata, ref: TypeRef): string[] {
  if (ref.kind === 'list' || ref.kind === 'apiList') return namedTargets(metadata, ref.of);
  if (ref.kind === 'union') return [...metadata.unions[ref.name]!.members].sort();
  if (ref.kind === 'object') return [ref.name];
  return [];
}

function coarseKind(field: FieldMeta): Expected['kind'] {
  const ref = field.type;
  if (ref.kind === 'scalar' && ref.name === 'Boolean') return 'boolean';
  if (ref.kind === 'scalar' && ['Long', 'Float', 'Int', 'Timestamp'].includes(ref.name)) return 'number';
  if (ref.kind === 'list') return 'list';
  if (ref.kind === 'apiList') return 'apiList';
  return 'other';
}

let metadata: RestMetadata;
let declarations: StripeDeclarations;

beforeAll(() => {
  metadata = generate(ROOT).metadata;
  declarations = new StripeDeclarations(CASES.map(([, file]) => path.join(RESOURCES, file)));
});

describe.each(CASES)('%s matches stripe/cjs/resources/%s (%s)', (graphqlType, file, exported) => {
  let expected: Expected[];
  let fields: FieldMeta[];
  beforeAll(() => {
    expected = declarations.properties(path.join(RESOURCES, file), exported);
    fields = metadata.types[graphqlType]!.fields;
  });

  it('is a generated object type', () => {
    expect(metadata.types[graphqlType]).toBeDefined();
    expect(expected.length).toBeGreaterThan(5);
  });

  it('has exactly the Stripe properties, each under its Stripe name', () => {
    expect(fields.map((f) => f.stripe).sort()).toEqual(expected.map((e) => e.stripe).sort());
  });

  it('names each field in camelCase (or its documented rename)', () => {
    const renamed = RENAMED[graphqlType] ?? {};
    const want = Object.fromEntries(expected.map((e) => [e.stripe, renamed[e.stripe] ?? camel(e.stripe)]));
    expect(Object.fromEntries(fields.map((f) => [f.stripe, f.name]))).toEqual(want);
  });

  it('is nullable exactly where Stripe declares `?` or `| null`', () => {
    const want = Object.fromEntries(expected.map((e) => [e.stripe, e.nullable]));
    expect(Object.fromEntries(fields.map((f) => [f.stripe, f.nullable]))).toEqual(want);
  });

  it('marks `string | Object` properties expandable, with the declared targets', () => {
    const want = Object.fromEntries(expected.filter((e) => e.expandTargets).map((e) => [e.stripe, e.expandTargets]));
    // Id-only references (schema/sources/references.ts) are plain strings to Stripe: not expandable.
    const got = Object.fromEntries(fields.filter((f) => f.expandable && !f.idOnly).map((f) => [f.stripe, namedTargets(metadata, f.type)]));
    expect(got).toEqual(want);
  });

  it('keeps id-only references plain id strings to Stripe', () => {
    for (const f of fields.filter((x) => x.idOnly)) {
      expect(expected.find((e) => e.stripe === f.stripe)).toMatchObject({ kind: 'other' });
      expect(f.expandable).toBe(true);
      expect(f.type.kind).toBe('object');
    }
  });

  it('resolves booleans, numbers, arrays and Stripe lists to the matching GraphQL kind', () => {
    const want = Object.fromEntries(expected.map((e) => [e.stripe, e.kind]));
    expect(Object.fromEntries(fields.map((f) => [f.stripe, coarseKind(f)]))).toEqual(want);
  });
});

describe('spot checks of the comparison itself', () => {
  it('sees the properties this test relies on', () => {
    const account = declarations.properties(path.join(RESOURCES, 'Accounts.d.ts'), 'Account');
    const byName = Object.fromEntries(account.map((e) => [e.stripe, e]));
    expect(byName.deleted).toBeUndefined();
    expect(byName.charges_enabled).toEqual({ stripe: 'charges_enabled', nullable: false, kind: 'boolean' });
    expect(byName.email).toEqual({ stripe: 'email', nullable: true, kind: 'other' });
    expect(byName.external_accounts).toEqual({ stripe: 'external_accounts', nullable: true, kind: 'apiList' });
    const capability = declarations.properties(path.join(RESOURCES, 'Capabilities.d.ts'), 'Capability');
    expect(capability.find((e) => e.stripe === 'account')).toEqual({ stripe: 'account', nullable: false, kind: 'other', expandTargets: ['Account'] });
  });
});
