/**
 * Reads Stripe's object model from TypeScript declarations: the `stripe` package's own
 * `cjs/resources/*.d.ts` (and the endpoint paths in the `.js` beside each), plus our preview
 * declarations in `schema/preview/` (written in the same style, with `@endpoint` tags).
 *
 * The result is the REST metadata (src/metadata/types.ts). Nothing here knows a particular
 * resource: names come from the `object` literal of each interface, nullability from `| null`
 * and `?`, enums from string-literal unions, expandables from `string | Object` unions.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import type {
  EndpointMeta,
  EnumMeta,
  FieldMeta,
  InputFieldMeta,
  InputTypeMeta,
  InputTypeRef,
  ObjectTypeMeta,
  OperationKind,
  ResourceMeta,
  RestMetadata,
  TypeRef,
  UnionMeta,
} from '../../src/metadata/types';
import { enumValueName, fieldName, pascalCase, singular, typeNameForObject, unionName, UNRECOGNIZED_ENUM_VALUE } from '../../src/metadata/naming';
import { numberScalar } from './classify';
import { isObjectIdParam, memberFieldName, rangeInput, rangeScalar } from './typed-inputs';
import type { SeedDomain, SeedEntry } from '../../schema/sources/seed';

export interface ReadOptions {
  stripeDir: string;
  previewDir: string;
  seedDomains: SeedDomain[];
  referencedDomain: string;
  idPrefixes: Record<string, string>;
}

type Decl = ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.ClassDeclaration;

interface ResolvedOutput {
  ref: TypeRef | null;
  nullable: boolean;
  expandable: boolean;
  /** A map keyed by currency, listed as `CurrencyAmount` entries (`FieldMeta.keyedBy`). */
  keyedBy?: 'currency';
  /** An object the SDK declares with no fields, answered as whether Stripe sent it (`FieldMeta.presence`). */
  presence?: true;
}

interface ResolvedInput {
  ref: InputTypeRef | null;
  emptyable: boolean;
}

interface RawMethod {
  name: string;
  http: { method: EndpointMeta['method']; path: string; methodType?: string };
  returnNode: ts.TypeNode;
  returnsList: boolean;
  paramsNode?: ts.TypeNode;
  previewVersion?: string;
  doc: string;
  deprecated?: string;
}

const RESOURCE_SUFFIX = /\.d\.ts$/;

export function readDeclarations(options: ReadOptions): RestMetadata {
  const reader = new DeclarationReader(options);
  return reader.read();
}

class DeclarationReader {
  private readonly program: ts.Program;
  private readonly checker: ts.TypeChecker;
  private readonly types = new Map<string, ObjectTypeMeta>();
  private readonly typeDecls = new Map<string, ts.Node>();
  private readonly enums = new Map<string, EnumMeta>();
  private readonly unions = new Map<string, UnionMeta>();
  private readonly inputs = new Map<string, InputTypeMeta>();
  private readonly inputDecls = new Map<string, ts.Node>();
  private readonly resources = new Map<string, ResourceMeta>();
  /** Object value -> seed domain, filled before walking so nested types land in the right file. */
  private readonly seedDomainOfFile = new Map<string, string>();
  private readonly pending: Array<() => void> = [];

  constructor(private readonly options: ReadOptions) {
    const files = [...listDeclarationFiles(path.join(options.stripeDir, 'cjs', 'resources')), ...listDeclarationFiles(options.previewDir)];
    this.program = ts.createProgram(files, { strict: true, noEmit: true, skipLibCheck: true, types: [] });
    this.checker = this.program.getTypeChecker();
    for (const domain of options.seedDomains) {
      for (const entry of domain.entries) this.seedDomainOfFile.set(this.fileOf(entry), domain.domain);
    }
  }

  read(): RestMetadata {
    for (const domain of this.options.seedDomains) {
      for (const entry of domain.entries) this.readResourceClass(entry, domain.domain, true);
    }
    this.drain();
    this.addReferencedRetrieves();
    this.drain();
    this.linkParents();
    this.fillResourceObjects();
    this.assignTypeDomains();
    this.typeObjectIds();
    const sortRecord = <T>(map: Map<string, T>): Record<string, T> => Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return {
      apiVersion: readApiVersion(this.options.stripeDir),
      stripePackageVersion: readPackageVersion(this.options.stripeDir),
      resources: sortRecord(this.resources),
      types: sortRecord(this.types),
      enums: sortRecord(this.enums),
      unions: sortRecord(this.unions),
      inputs: sortRecord(this.inputs),
      relations: [],
    };
  }

  private drain(): void {
    while (this.pending.length > 0) this.pending.shift()!();
  }

  private fileOf(entry: SeedEntry): string {
    return entry.source === 'stripe'
      ? path.join(this.options.stripeDir, 'cjs', 'resources', `${entry.file}.d.ts`)
      : path.join(this.options.previewDir, `${entry.file}.d.ts`);
  }

  // ---------------------------------------------------------------- resource classes

  private readResourceClass(entry: SeedEntry, domain: string, seed: boolean): void {
    const file = this.fileOf(entry);
    const source = this.program.getSourceFile(file);
    if (!source) throw new Error(`generator: declaration file not found: ${file}`);
    const cls = source.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s));
    if (!cls) throw new Error(`generator: no resource class in ${file}`);
    const methods = this.readMethods(cls, entry, file);
    for (const method of methods) {
      if (entry.methods && !entry.methods.test(method.name)) continue;
      this.addEndpoint(method, domain, seed, entry.source === 'preview');
    }
  }

  private readMethods(cls: ts.ClassDeclaration, entry: SeedEntry, file: string): RawMethod[] {
    const paths = entry.source === 'stripe' ? readJsPaths(file.replace(RESOURCE_SUFFIX, '.js')) : undefined;
    const previewVersion = jsDocTag(cls, 'stripeVersion');
    const methods: RawMethod[] = [];
    for (const member of cls.members) {
      if (!ts.isMethodDeclaration(member) || !member.type || !ts.isIdentifier(member.name)) continue;
      const name = member.name.text;
      const http = paths ? paths.get(name) : parseEndpointTag(jsDocTag(member, 'endpoint'), name, file);
      if (!http) throw new Error(`generator: no endpoint for ${name} in ${file}`);
      const { node, list } = unwrapReturn(member.type);
      const params = member.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === 'params');
      methods.push({
        name,
        http,
        returnNode: node,
        returnsList: list,
        ...(params?.type ? { paramsNode: params.type } : {}),
        ...(previewVersion ? { previewVersion } : {}),
        doc: jsDocText(member),
        ...deprecationOf(member),
      });
    }
    return methods;
  }

  private addEndpoint(method: RawMethod, domain: string, seed: boolean, preview: boolean): void {
    const returned = this.resolveOutput(method.returnNode, { owner: '', field: '', doc: '' });
    if (!returned.ref || (returned.ref.kind !== 'object' && returned.ref.kind !== 'union')) {
      throw new Error(`generator: ${method.name} returns something that is not an object`);
    }
    const { path: template, params: pathParams } = normalisePath(method.http.path);
    const kind = operationKind(method);
    const paramsName = method.paramsNode ? this.inputTypeName(method.paramsNode) : undefined;
    const owners = this.ownerTypes(returned.ref);
    for (const owner of owners) {
      const resource = this.ensureResource(owner, domain, seed, preview);
      const endpoint: EndpointMeta = {
        name: method.name,
        method: method.http.method,
        path: template,
        pathParams,
        kind,
        returns: returned.ref,
        ...(paramsName ? { params: paramsName } : {}),
        ...(method.previewVersion ? { previewVersion: method.previewVersion } : {}),
        ...(method.doc ? { description: method.doc } : {}),
        ...(method.deprecated ? { deprecated: method.deprecated } : {}),
      };
      const idParam = idParamOf(kind, template, pathParams);
      if (idParam) endpoint.idParam = idParam;
      if (!resource.endpoints.some((e) => e.method === endpoint.method && e.path === endpoint.path)) {
        resource.endpoints.push(endpoint);
      }
    }
  }

  /** The resources an endpoint belongs to: the object it returns, or each member of a union; deleted variants belong to their live type. */
  private ownerTypes(ref: TypeRef): string[] {
    const names = ref.kind === 'union' ? this.unions.get(ref.name)!.members : ref.kind === 'object' ? [ref.name] : [];
    const owners = new Set<string>();
    for (const name of names) {
      const meta = this.types.get(name);
      owners.add(meta?.deleted && meta.object ? typeNameForObject(meta.object) : name);
    }
    return [...owners];
  }

  private ensureResource(typeName: string, domain: string, seed: boolean, preview: boolean): ResourceMeta {
    const existing = this.resources.get(typeName);
    if (existing) {
      existing.seed ||= seed;
      return existing;
    }
    const type = this.types.get(typeName);
    const object = type?.object ?? '';
    const prefix = this.options.idPrefixes[object];
    const resource: ResourceMeta = {
      typeName,
      object,
      ...(prefix ? { idPrefix: prefix } : {}),
      domain: seed ? domain : this.options.referencedDomain,
      seed,
      preview,
      endpoints: [],
    };
    this.resources.set(typeName, resource);
    return resource;
  }

  /**
   * Objects the seed resources only reference (a transfer's `source_transaction` is a Charge)
   * get their plain retrieve endpoint, so an expandable field of that type can still be loaded.
   */
  private addReferencedRetrieves(): void {
    const wanted = new Map<string, string>();
    for (const type of this.types.values()) {
      if (type.object && !type.deleted && !this.resources.has(type.name)) wanted.set(type.name, type.object);
    }
    if (wanted.size === 0) return;
    const dir = path.join(this.options.stripeDir, 'cjs', 'resources');
    for (const file of listDeclarationFiles(dir)) {
      const source = this.program.getSourceFile(file);
      const cls = source?.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s));
      if (!cls) continue;
      const rel = path.relative(dir, file).replace(RESOURCE_SUFFIX, '');
      let methods: RawMethod[];
      try {
        methods = this.readMethods(cls, { file: rel, source: 'stripe' }, file);
      } catch {
        continue; // classes without plain endpoints (helpers, v2 namespaces) are not object sources
      }
      for (const method of methods) {
        if (method.name !== 'retrieve' || method.http.method !== 'GET') continue;
        const { params } = normalisePath(method.http.path);
        if (params.length !== 1) continue;
        const target = this.peekObjectName(method.returnNode);
        if (target && wanted.has(target)) {
          this.addEndpoint(method, this.options.referencedDomain, false, false);
          wanted.delete(target);
        }
      }
    }
  }

  /** The GraphQL name a return type would get, without registering anything new. */
  private peekObjectName(node: ts.TypeNode): string | undefined {
    if (!ts.isTypeReferenceNode(node)) return undefined;
    const decl = this.declarationOf(node.typeName);
    if (!decl || !ts.isInterfaceDeclaration(decl)) return undefined;
    return this.declName(decl);
  }

  /**
   * A resource can be registered before its type is walked (`del` returning `DeletedAccount`
   * comes before any method returning `Account`), so its `object` and id prefix are set last.
   */
  private fillResourceObjects(): void {
    for (const resource of this.resources.values()) {
      const object = this.types.get(resource.typeName)?.object;
      if (!object) throw new Error(`generator: resource ${resource.typeName} has no object value`);
      resource.object = object;
      const prefix = this.options.idPrefixes[object];
      if (prefix) resource.idPrefix = prefix;
    }
  }

  /**
   * A seed object declared in a file of its own (Person in Persons.d.ts, reached from
   * Accounts.d.ts) belongs to its resource's domain, and so do its nested types
   * (`PersonRelationship`), which carry its name as prefix.
   */
  private assignTypeDomains(): void {
    const referenced = this.options.referencedDomain;
    const misplaced = [...this.resources.values()]
      .filter((r) => r.seed && this.types.get(r.typeName)?.domain === referenced)
      .sort((a, b) => b.typeName.length - a.typeName.length);
    for (const type of this.types.values()) {
      if (type.domain !== referenced) continue;
      const base = type.deleted ? type.name.replace(/^Deleted/, '') : type.name;
      const owner = misplaced.find((r) => base.startsWith(r.typeName));
      if (owner) type.domain = owner.domain;
    }
  }

  /** Nested collections: `/v1/accounts/{account}/persons` makes Account the parent of Person. */
  private linkParents(): void {
    const owners = new Map<string, string>(); // collection path -> resource type
    for (const resource of this.resources.values()) {
      for (const endpoint of resource.endpoints) {
        if (endpoint.kind === 'retrieve' && endpoint.idParam && endpoint.path.endsWith(`{${endpoint.idParam}}`)) {
          owners.set(endpoint.path, resource.typeName);
        }
      }
    }
    for (const resource of this.resources.values()) {
      for (const endpoint of resource.endpoints) {
        const parentParam = endpoint.pathParams.find((p) => p !== endpoint.idParam);
        if (!parentParam) continue;
        const parentPath = endpoint.path.slice(0, endpoint.path.indexOf(`{${parentParam}}`) + parentParam.length + 2);
        const parentType = owners.get(parentPath);
        if (parentType && parentType !== resource.typeName) {
          resource.parent = { typeName: parentType, pathParam: parentParam };
        }
      }
    }
  }

  // ---------------------------------------------------------------- declarations and names

  private declarationOf(name: ts.EntityName): Decl | undefined {
    let symbol = this.checker.getSymbolAtLocation(name);
    if (!symbol) return undefined;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    return symbol.declarations?.find((d): d is Decl => ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d) || ts.isClassDeclaration(d));
  }

  /** Namespace path of a declaration inside its file: `Account.Settings.Branding`. */
  private qualifiedPath(decl: ts.Node & { name?: ts.Node | undefined }): string[] {
    const names: string[] = [];
    let node: ts.Node = decl;
    while (!ts.isSourceFile(node)) {
      if (
        (ts.isModuleDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isClassDeclaration(node)) &&
        node.name &&
        ts.isIdentifier(node.name)
      ) {
        names.unshift(node.name.text);
      }
      node = node.parent;
    }
    return names;
  }

  /**
   * GraphQL name of a declaration. Interfaces with an `object` literal are named after it
   * (`financial_connections.account` -> `FinancialConnectionsAccount`), deleted variants get a
   * `Deleted` prefix, and nested declarations take their top-level owner's name as prefix
   * (`Account.BusinessProfile` -> `AccountBusinessProfile`).
   */
  private declName(decl: Decl): string {
    const parts = this.qualifiedPath(decl);
    if (ts.isInterfaceDeclaration(decl) && parts.length === 1) {
      const own = objectLiteralOf(decl);
      if (own) return (hasDeletedTrue(decl) ? 'Deleted' : '') + typeNameForObject(own);
    }
    const head = decl.getSourceFile().statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === parts[0]);
    const headObject = head ? objectLiteralOf(head) : undefined;
    if (headObject && parts.length > 1) {
      return (hasDeletedTrue(head!) ? 'Deleted' : '') + typeNameForObject(headObject) + parts.slice(1).join('');
    }
    return parts.join('');
  }

  private domainOf(decl: ts.Node): string {
    const file = decl.getSourceFile().fileName;
    return this.seedDomainOfFile.get(path.resolve(file)) ?? this.seedDomainOfFile.get(file) ?? this.options.referencedDomain;
  }

  private claim(map: Map<string, ts.Node>, name: string, node: ts.Node): boolean {
    const owner = map.get(name);
    if (owner === node) return false;
    if (owner) {
      throw new Error(`generator: two declarations want the GraphQL name ${name}: ${describe(owner)} and ${describe(node)}`);
    }
    map.set(name, node);
    return true;
  }

  // ---------------------------------------------------------------- output types

  private objectType(decl: ts.InterfaceDeclaration | ts.TypeLiteralNode, name: string): string {
    if (!this.claim(this.typeDecls, name, decl)) return name;
    const object = ts.isInterfaceDeclaration(decl) && this.qualifiedPath(decl).length === 1 ? objectLiteralOf(decl) : undefined;
    const meta: ObjectTypeMeta = {
      name,
      ...(object ? { object } : {}),
      ...(ts.isInterfaceDeclaration(decl) && hasDeletedTrue(decl) ? { deleted: true } : {}),
      domain: this.domainOf(decl),
      fields: [],
    };
    const doc = ts.isInterfaceDeclaration(decl) ? jsDocText(decl) : '';
    if (doc) meta.description = doc;
    this.types.set(name, meta);
    this.pending.push(() => {
      meta.fields = this.outputFields(decl, name);
    });
    return name;
  }

  private outputFields(decl: ts.InterfaceDeclaration | ts.TypeLiteralNode, owner: string): FieldMeta[] {
    const fields: FieldMeta[] = [];
    const seen = new Set<string>();
    for (const member of membersOf(decl, this.checker)) {
      if (!member.type || (!ts.isIdentifier(member.name) && !ts.isStringLiteral(member.name))) continue;
      const stripe = member.name.text;
      const doc = jsDocText(member);
      const resolved = this.resolveOutput(member.type, { owner, field: stripe, doc });
      if (!resolved.ref) continue; // `deleted?: void` on live objects: never sent
      const name = fieldName(stripe);
      if (seen.has(name)) throw new Error(`generator: ${owner} has two fields named ${name}`);
      seen.add(name);
      const field: FieldMeta = {
        name,
        stripe,
        type: stripe === 'id' && resolved.ref.kind === 'scalar' && resolved.ref.name === 'String' ? { kind: 'scalar', name: 'ID' } : resolved.ref,
        nullable: resolved.nullable || member.questionToken !== undefined,
      };
      if (resolved.expandable) field.expandable = true;
      if (resolved.keyedBy) field.keyedBy = resolved.keyedBy;
      if (resolved.presence) field.presence = true;
      if (doc) field.description = doc;
      Object.assign(field, deprecationOf(member));
      fields.push(field);
    }
    return fields;
  }

  private resolveOutput(node: ts.TypeNode, ctx: { owner: string; field: string; doc: string }): ResolvedOutput {
    const plain = (ref: TypeRef | null): ResolvedOutput => ({ ref, nullable: false, expandable: false });
    if (ts.isParenthesizedTypeNode(node)) return this.resolveOutput(node.type, ctx);
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return plain({ kind: 'scalar', name: 'String' });
      case ts.SyntaxKind.BooleanKeyword:
        return plain({ kind: 'scalar', name: 'Boolean' });
      case ts.SyntaxKind.NumberKeyword: {
        const name = numberScalar(ctx.field, ctx.doc);
        return plain({ kind: 'scalar', name, ...(name === 'Long' ? integerRange(ctx.doc) : {}) });
      }
      case ts.SyntaxKind.VoidKeyword:
      case ts.SyntaxKind.UndefinedKeyword:
        return plain(null);
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
      case ts.SyntaxKind.ObjectKeyword:
        return plain({ kind: 'scalar', name: 'JSON', open: 'any' });
    }
    if (ts.isLiteralTypeNode(node)) {
      if (node.literal.kind === ts.SyntaxKind.TrueKeyword || node.literal.kind === ts.SyntaxKind.FalseKeyword) {
        return plain({ kind: 'scalar', name: 'Boolean' });
      }
      if (node.literal.kind === ts.SyntaxKind.NullKeyword) return { ref: null, nullable: true, expandable: false };
      if (ts.isStringLiteral(node.literal)) return plain({ kind: 'scalar', name: 'String' });
      if (ts.isNumericLiteral(node.literal)) return plain({ kind: 'scalar', name: 'Long' });
    }
    if (ts.isArrayTypeNode(node)) return this.listOf(node.elementType, ctx);
    if (ts.isTypeLiteralNode(node)) {
      const index = node.members.find(ts.isIndexSignatureDeclaration);
      const entry = index ? this.currencyEntryType(index, ctx) : undefined;
      if (entry) return { ...plain({ kind: 'list', of: { kind: 'object', name: entry } }), keyedBy: 'currency' };
      if (index) return plain({ kind: 'scalar', name: 'JSON', open: 'map' });
      if (node.members.length === 0) return EMPTY_OBJECT;
      return plain({ kind: 'object', name: this.objectType(node, ctx.owner + pascalCase(ctx.field)) });
    }
    if (ts.isUnionTypeNode(node)) return this.resolveOutputUnion(node, ctx);
    if (ts.isTypeReferenceNode(node)) return this.resolveOutputReference(node, ctx);
    if (ts.isIntersectionTypeNode(node)) return plain({ kind: 'scalar', name: 'String' }); // OtherString written inline
    throw new Error(`generator: unsupported type ${ts.SyntaxKind[node.kind]} at ${ctx.owner}.${ctx.field}`);
  }

  /**
   * The entry type of a map keyed by currency, or undefined for another map. A map of integers
   * (`{[key: string]: number}` whose values read as `Long`) is an amount per currency: Stripe keys
   * every such map by a lowercase currency code (balances, cash and credit balances); its entries
   * are the shared `CurrencyAmount`. A map of anything else is keyed by currency when its name or
   * doc says so (`currency_options`: "Each key must be a three-letter ISO currency code"); its
   * entries are `<Owner><Field>Entry { currency, value }`.
   */
  private currencyEntryType(index: ts.IndexSignatureDeclaration, ctx: { owner: string; field: string; doc: string }): string | undefined {
    if (index.type.kind === ts.SyntaxKind.NumberKeyword) return numberScalar(ctx.field, ctx.doc) === 'Long' ? this.currencyAmountType() : undefined;
    if (!/currenc/i.test(`${ctx.field} ${ctx.doc}`)) return undefined;
    const value = this.resolveOutput(index.type, { ...ctx, owner: `${ctx.owner}${pascalCase(ctx.field)}` });
    if (!value.ref || value.expandable) return undefined;
    const name = `${ctx.owner}${pascalCase(ctx.field)}Entry`;
    if (this.types.has(name) || this.typeDecls.has(name)) throw new Error(`generator: the entry type ${name} clashes with another type`);
    this.types.set(name, {
      name,
      domain: this.types.get(ctx.owner)?.domain ?? this.options.referencedDomain,
      description: `One entry of \`${ctx.owner}.${fieldName(ctx.field)}\`, a map Stripe keys by currency.`,
      fields: [
        {
          name: 'currency',
          stripe: 'currency',
          type: { kind: 'scalar', name: 'String' },
          nullable: false,
          description: "Three-letter ISO currency code, in lowercase (the key of Stripe's map).",
        },
        { name: 'value', stripe: 'value', type: value.ref, nullable: value.nullable, description: "The value Stripe's map holds for the currency." },
      ],
    });
    return name;
  }

  /** `CurrencyAmount { currency: String!, amount: Long! }`: one entry of a map keyed by currency. */
  private currencyAmountType(): string {
    const name = 'CurrencyAmount';
    if (this.types.has(name)) return name;
    if (this.typeDecls.has(name)) throw new Error(`generator: the SDK declares a type named ${name}`);
    this.types.set(name, {
      name,
      domain: this.options.referencedDomain,
      description: 'An amount in one currency: one entry of a map Stripe keys by currency (`{usd: 1200}` is `[{currency: "usd", amount: 1200}]`).',
      fields: [
        {
          name: 'currency',
          stripe: 'currency',
          type: { kind: 'scalar', name: 'String' },
          nullable: false,
          description: "Three-letter ISO currency code, in lowercase (the key of Stripe's map).",
        },
        {
          name: 'amount',
          stripe: 'value',
          type: { kind: 'scalar', name: 'Long' },
          nullable: false,
          description: "The amount in the smallest currency unit (the value of Stripe's map).",
        },
      ],
    });
    return name;
  }

  private listOf(element: ts.TypeNode, ctx: { owner: string; field: string; doc: string }): ResolvedOutput {
    const item = this.resolveOutput(element, ctx);
    if (!item.ref) return { ref: null, nullable: false, expandable: false };
    // Lists of expandable references keep ids; the objects come from the `<name>` field.
    return { ref: { kind: 'list', of: item.ref }, nullable: false, expandable: item.expandable };
  }

  private resolveOutputReference(node: ts.TypeReferenceNode, ctx: { owner: string; field: string; doc: string }): ResolvedOutput {
    const plain = (ref: TypeRef | null): ResolvedOutput => ({ ref, nullable: false, expandable: false });
    const name = ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text;
    const arg = node.typeArguments?.[0];
    if (name === 'Array' && arg) return this.listOf(arg, ctx);
    if (name === 'ApiList' && arg) {
      const item = this.resolveOutput(arg, ctx);
      return plain(item.ref ? { kind: 'apiList', of: item.ref } : null);
    }
    if (name === 'Record') return plain({ kind: 'scalar', name: 'JSON', open: 'map' });
    if (name === 'Metadata') return plain({ kind: 'scalar', name: 'Metadata' });
    if (name === 'Decimal') return plain({ kind: 'scalar', name: 'Decimal' });
    if (name === 'OtherString') return plain({ kind: 'scalar', name: 'String' });
    const decl = this.declarationOf(node.typeName);
    if (!decl) throw new Error(`generator: cannot resolve ${name} at ${ctx.owner}.${ctx.field}`);
    if (ts.isInterfaceDeclaration(decl)) {
      // Free-form maps, and objects Stripe declares with no fields yet, carry whatever arrives.
      if (decl.members.some(ts.isIndexSignatureDeclaration)) return plain({ kind: 'scalar', name: 'JSON', open: 'map' });
      if (membersOf(decl, this.checker).length === 0) return EMPTY_OBJECT;
      return plain({ kind: 'object', name: this.objectType(decl, this.declName(decl)) });
    }
    if (ts.isClassDeclaration(decl)) return plain({ kind: 'scalar', name: decl.name?.text === 'Decimal' ? 'Decimal' : 'JSON' });
    // A type alias: an enum, a union of objects (`ExternalAccount = BankAccount | Card`), or another type.
    const target = decl.type;
    if (ts.isUnionTypeNode(target)) {
      const literals = stringLiterals(target);
      if (literals) return plain({ kind: 'enum', name: this.outputEnum(this.declName(decl), literals, decl) });
      return this.resolveOutputUnion(target, ctx, this.declName(decl));
    }
    return this.resolveOutput(target, ctx);
  }

  private resolveOutputUnion(node: ts.UnionTypeNode, ctx: { owner: string; field: string; doc: string }, aliasName?: string): ResolvedOutput {
    const literals = stringLiterals(node);
    if (literals) {
      return {
        ref: { kind: 'enum', name: this.outputEnum(aliasName ?? ctx.owner + pascalCase(ctx.field), literals, node) },
        nullable: false,
        expandable: false,
      };
    }
    let nullable = false;
    let hasString = false;
    const objects: string[] = [];
    const others: TypeRef[] = [];
    let keyedBy: ResolvedOutput['keyedBy'];
    let presence: ResolvedOutput['presence'];
    for (const member of node.types) {
      const resolved = this.resolveOutput(member, ctx);
      nullable ||= resolved.nullable;
      keyedBy ??= resolved.keyedBy;
      presence ??= resolved.presence;
      if (!resolved.ref) continue;
      const ref = resolved.ref;
      if (ref.kind === 'scalar' && ref.name === 'String') hasString = true;
      else if (ref.kind === 'object') objects.push(ref.name);
      else if (ref.kind === 'union') objects.push(...this.unions.get(ref.name)!.members);
      else others.push(ref);
    }
    const unique = [...new Set(objects)];
    if (others.length === 0 && unique.length === 0) {
      return { ref: hasString ? { kind: 'scalar', name: 'String' } : null, nullable, expandable: false };
    }
    if (others.length === 0 && !hasString && unique.length === 0) return { ref: null, nullable, expandable: false };
    if (others.length > 0 && unique.length === 0 && !hasString && others.length === 1) {
      return { ref: others[0]!, nullable, expandable: false, ...(keyedBy ? { keyedBy } : {}), ...(presence ? { presence } : {}) };
    }
    if (others.length > 0 || (unique.length === 0 && hasString)) {
      return { ref: { kind: 'scalar', name: 'JSON', open: 'union' }, nullable, expandable: false };
    }
    const target: TypeRef =
      unique.length === 1 ? { kind: 'object', name: unique[0]! } : { kind: 'union', name: this.union(aliasName ?? unionName(unique), unique) };
    return { ref: target, nullable, expandable: hasString };
  }

  private union(name: string, members: string[]): string {
    const existing = this.unions.get(name);
    if (existing && existing.members.join() !== members.join()) {
      throw new Error(`generator: union ${name} defined twice with different members`);
    }
    if (!existing) this.unions.set(name, { name, members });
    return name;
  }

  private outputEnum(name: string, literals: string[], node: ts.Node): string {
    return this.enumType(name, literals, node, true);
  }

  private enumType(name: string, literals: string[], node: ts.Node, output: boolean): string {
    const existing = this.enums.get(name);
    if (existing) {
      const known = Object.values(existing.values).filter((v) => v !== '');
      if (known.join() === [...new Set(literals)].join()) return name;
      throw new Error(`generator: enum ${name} defined twice (${describe(node)})`);
    }
    const values: Record<string, string> = {};
    for (const literal of literals) {
      let valueName = enumValueName(literal);
      while (values[valueName] !== undefined && values[valueName] !== literal) valueName += '_';
      values[valueName] = literal;
    }
    if (output) {
      if (values[UNRECOGNIZED_ENUM_VALUE] !== undefined) throw new Error(`generator: enum ${name} has a Stripe value named like our fallback`);
      values[UNRECOGNIZED_ENUM_VALUE] = '';
    }
    this.enums.set(name, { name, values });
    return name;
  }

  // ---------------------------------------------------------------- input types

  private inputTypeName(node: ts.TypeNode): string | undefined {
    const decl = ts.isTypeReferenceNode(node) ? this.declarationOf(node.typeName) : undefined;
    // The emulator reads an endpoint without `params` as taking nothing but `expand`, so a
    // parameter type we cannot read must stop generation rather than disappear.
    if (!decl || !ts.isInterfaceDeclaration(decl)) throw new Error(`generator: unreadable parameter type at ${describe(node)}`);
    const name = this.declName(decl);
    this.inputType(decl, name);
    // A method whose only parameter is `expand` takes nothing the graph needs to pass.
    return this.inputs.has(name) ? name : undefined;
  }

  private inputType(decl: ts.InterfaceDeclaration | ts.TypeLiteralNode, name: string): string {
    if (!this.claim(this.inputDecls, name, decl)) return name;
    const meta: InputTypeMeta = { name, domain: this.domainOf(decl), fields: [] };
    this.inputs.set(name, meta);
    for (const member of membersOf(decl, this.checker)) {
      if (!member.type || (!ts.isIdentifier(member.name) && !ts.isStringLiteral(member.name))) continue;
      const stripe = member.name.text;
      if (stripe === 'expand') continue; // the gateway decides expansions from the selection set
      const doc = jsDocText(member);
      const resolved = this.resolveInput(member.type, { owner: name, field: stripe, doc });
      if (!resolved.ref) continue;
      const field: InputFieldMeta = {
        name: fieldName(stripe),
        stripe,
        type: resolved.ref,
        required: member.questionToken === undefined,
        emptyable: resolved.emptyable,
      };
      if (doc) field.description = doc;
      Object.assign(field, deprecationOf(member));
      meta.fields.push(field);
    }
    // GraphQL has no empty input types; callers see an empty one as JSON (any object).
    if (meta.fields.length === 0) this.inputs.delete(name);
    return name;
  }

  private resolveInput(node: ts.TypeNode, ctx: { owner: string; field: string; doc: string }): ResolvedInput {
    const plain = (ref: InputTypeRef | null): ResolvedInput => ({ ref, emptyable: false });
    if (ts.isParenthesizedTypeNode(node)) return this.resolveInput(node.type, ctx);
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return plain({ kind: 'scalar', name: 'String' });
      case ts.SyntaxKind.BooleanKeyword:
        return plain({ kind: 'scalar', name: 'Boolean' });
      case ts.SyntaxKind.NumberKeyword: {
        const name = numberScalar(ctx.field, ctx.doc);
        return plain({ kind: 'scalar', name, ...(name === 'Long' ? integerRange(ctx.doc) : {}) });
      }
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
      case ts.SyntaxKind.ObjectKeyword:
        return plain({ kind: 'scalar', name: 'JSON' });
    }
    if (ts.isLiteralTypeNode(node)) {
      if (node.literal.kind === ts.SyntaxKind.TrueKeyword || node.literal.kind === ts.SyntaxKind.FalseKeyword) {
        return plain({ kind: 'scalar', name: 'Boolean' });
      }
      if (ts.isStringLiteral(node.literal)) {
        return plain({ kind: 'enum', name: this.enumType(ctx.owner + pascalCase(ctx.field), [node.literal.text], node, false) });
      }
      if (node.literal.kind === ts.SyntaxKind.NullKeyword) return plain(null);
    }
    if (ts.isArrayTypeNode(node)) {
      const item = this.resolveInput(node.elementType, ctx);
      return plain(item.ref ? { kind: 'list', of: item.ref } : null);
    }
    if (ts.isTypeLiteralNode(node)) {
      if (node.members.some(ts.isIndexSignatureDeclaration)) return plain({ kind: 'scalar', name: 'JSON' });
      const name = this.inputType(node, ctx.owner + pascalCase(ctx.field));
      return plain(this.inputs.has(name) ? { kind: 'input', name } : EMPTY_HASH);
    }
    if (ts.isUnionTypeNode(node)) return this.resolveInputUnion(node, ctx);
    if (ts.isTypeReferenceNode(node)) {
      const name = ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text;
      const arg = node.typeArguments?.[0];
      if (name === 'Emptyable' && arg) return { ...this.resolveInput(arg, ctx), emptyable: true };
      if (name === 'Array' && arg) {
        const item = this.resolveInput(arg, ctx);
        return plain(item.ref ? { kind: 'list', of: item.ref } : null);
      }
      if (name === 'MetadataParam' || name === 'Metadata') return plain({ kind: 'scalar', name: 'Metadata' });
      if (name === 'Record') return plain({ kind: 'scalar', name: 'JSON' });
      if (name === 'Decimal') return plain({ kind: 'scalar', name: 'Decimal' });
      if (name === 'OtherString') return plain({ kind: 'scalar', name: 'String' });
      const decl = this.declarationOf(node.typeName);
      if (!decl) throw new Error(`generator: cannot resolve ${name} at ${ctx.owner}.${ctx.field}`);
      if (ts.isInterfaceDeclaration(decl)) {
        if (decl.members.some(ts.isIndexSignatureDeclaration)) return plain({ kind: 'scalar', name: 'JSON' });
        const inputName = this.inputType(decl, this.declName(decl));
        return plain(this.inputs.has(inputName) ? { kind: 'input', name: inputName } : EMPTY_HASH);
      }
      if (ts.isClassDeclaration(decl)) return plain({ kind: 'scalar', name: decl.name?.text === 'Decimal' ? 'Decimal' : 'JSON' });
      const target = decl.type;
      if (ts.isUnionTypeNode(target)) {
        const literals = stringLiterals(target);
        if (literals) return plain({ kind: 'enum', name: this.enumType(this.declName(decl), literals, decl, false) });
      }
      return this.resolveInput(target, ctx);
    }
    if (ts.isIntersectionTypeNode(node)) return plain({ kind: 'scalar', name: 'String' });
    throw new Error(`generator: unsupported parameter type ${ts.SyntaxKind[node.kind]} at ${ctx.owner}.${ctx.field}`);
  }

  /**
   * Parameter unions. `'' | T` (Emptyable written out) unsets; string literals make an enum;
   * anything mixing kinds (`string | {...}`, `RangeQueryParam | number`) is taken as JSON,
   * because GraphQL inputs have no unions and we must not narrow what Stripe accepts.
   */
  private resolveInputUnion(node: ts.UnionTypeNode, ctx: { owner: string; field: string; doc: string }): ResolvedInput {
    const literals = stringLiterals(node);
    if (literals) return { ref: { kind: 'enum', name: this.enumType(ctx.owner + pascalCase(ctx.field), literals, node, false) }, emptyable: false };
    let emptyable = false;
    const refs: InputTypeRef[] = [];
    for (const member of node.types) {
      if (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal) && member.literal.text === '') {
        emptyable = true;
        continue;
      }
      if (ts.isLiteralTypeNode(member) && member.literal.kind === ts.SyntaxKind.NullKeyword) continue;
      const resolved = this.resolveInput(member, ctx);
      emptyable ||= resolved.emptyable;
      if (resolved.ref) refs.push(resolved.ref);
    }
    const distinct = [...new Map(refs.map((r) => [JSON.stringify(r), r])).values()];
    if (distinct.length === 1) return { ref: distinct[0]!, emptyable };
    if (distinct.length === 0) return { ref: null, emptyable };
    return { ref: this.unionInput(distinct, ctx), emptyable };
  }

  /**
   * A union parameter as GraphQL can take it: a range hash with a bare number is a range
   * (`TimestampRange`); anything else a `@oneOf` input with one field per member. The members
   * stay in the metadata: the emulator checks what arrives against them, as Stripe does.
   */
  private unionInput(members: InputTypeRef[], ctx: { owner: string; field: string; doc: string }): InputTypeRef {
    const scalar = rangeScalar(members, this.inputs);
    if (scalar) {
      const range = rangeInput(scalar, this.options.referencedDomain);
      if (!this.inputs.has(range.name)) this.inputs.set(range.name, range);
      return { kind: 'union', name: range.name, members };
    }
    const name = `${ctx.owner}${pascalCase(ctx.field)}OneOf`;
    if (this.inputs.has(name)) throw new Error(`generator: the input name ${name} is taken`);
    const fields = members.map((member): InputFieldMeta => {
      const field = memberFieldName(member, ctx.owner, this.enums);
      if (member.kind === 'input') this.markDiscriminators(member.name);
      return { name: field, stripe: field, type: member, required: false, emptyable: false, description: memberDescription(member, ctx.field) };
    });
    if (new Set(fields.map((f) => f.name)).size !== fields.length) throw new Error(`generator: two members of ${ctx.owner}.${ctx.field} get one name`);
    this.inputs.set(name, { name, domain: this.inputs.get(ctx.owner)?.domain ?? this.options.referencedDomain, fields, oneOf: true });
    return { kind: 'union', name, members };
  }

  /** In a member of a union, a required field with one possible value (`object: 'bank_account'`) is implied by the member chosen. */
  private markDiscriminators(inputName: string): void {
    for (const field of this.inputs.get(inputName)?.fields ?? []) {
      const values = field.required && field.type.kind === 'enum' ? Object.values(this.enums.get(field.type.name)?.values ?? {}) : [];
      if (values.length === 1) field.constant = values[0]!;
    }
  }

  /** String parameters that name a Stripe object by id become `ID` (isObjectIdParam), once every object is known. */
  private typeObjectIds(): void {
    const objectNames = new Set([...this.types.values()].flatMap((t) => (t.object ? [t.object.split('.').pop()!] : [])));
    const retype = (ref: InputTypeRef, field: InputFieldMeta): InputTypeRef => {
      if (ref.kind === 'list') return { kind: 'list', of: retype(ref.of, field) };
      if (ref.kind !== 'scalar' || ref.name !== 'String') return ref;
      return isObjectIdParam(field.stripe, field.description ?? '', objectNames) ? { ...ref, name: 'ID' } : ref;
    };
    // A @oneOf input's string member is a token (`btok_...`), the id of a Stripe token object.
    for (const input of this.inputs.values()) for (const field of input.fields) field.type = retype(field.type, field);
  }
}

// ------------------------------------------------------------------ helpers (pure)

/**
 * An object the SDK declares with no fields (`PaymentMethod.affirm: {}`): Stripe's information
 * is that it is there, and GraphQL has no empty object type, so the graph answers a Boolean.
 */
const EMPTY_OBJECT: ResolvedOutput = { ref: { kind: 'scalar', name: 'Boolean' }, nullable: false, expandable: false, presence: true };

function memberDescription(member: InputTypeRef, field: string): string {
  switch (member.kind) {
    case 'input':
      return `\`${field}\` as a hash (\`${member.name}\`).`;
    case 'enum':
      return `\`${field}\` as one of Stripe's keywords.`;
    case 'scalar':
      return member.name === 'String'
        ? `\`${field}\` as a token or id that stands for the hash.`
        : `\`${field}\` as a ${member.name === 'Timestamp' ? 'Unix timestamp' : 'number'}.`;
    default:
      return `\`${field}\` in another shape.`;
  }
}

/** A parameter declared as an interface with no properties: Stripe takes no keys, and the graph leaves it out. */
const EMPTY_HASH: InputTypeRef = { kind: 'scalar', name: 'JSON', emptyHash: true };

/**
 * The inclusive range an integer parameter's documentation states (`The day of birth, between
 * 1 and 31.`, `Limit can range between 1 and 100`); none when the prose gives none.
 */
export function integerRange(doc: string): { min?: number; max?: number } {
  const match = doc.match(/\b(?:range )?between (-?\d+) and (-?\d+)\b/i);
  if (!match) return {};
  const min = Number(match[1]);
  const max = Number(match[2]);
  return min <= max ? { min, max } : {};
}

function listDeclarationFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listDeclarationFiles(full));
    else if (RESOURCE_SUFFIX.test(entry.name) && entry.name !== 'index.d.ts') out.push(path.resolve(full));
  }
  return out.sort();
}

function readApiVersion(stripeDir: string): string {
  const apiVersion = fs.readFileSync(path.join(stripeDir, 'cjs', 'apiVersion.js'), 'utf8').match(/ApiVersion = '([^']+)'/);
  if (!apiVersion) throw new Error('generator: cannot read the API version of the stripe package');
  return apiVersion[1]!;
}

function readPackageVersion(stripeDir: string): string {
  return (JSON.parse(fs.readFileSync(path.join(stripeDir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** `Promise<Response<X>>` -> X; `ApiListPromise<X>` / `ApiSearchResultPromise<X>` -> X (a list). */
function unwrapReturn(node: ts.TypeNode): { node: ts.TypeNode; list: boolean } {
  let current = node;
  let list = false;
  for (;;) {
    if (!ts.isTypeReferenceNode(current) || !current.typeArguments?.[0]) return { node: current, list };
    const name = ts.isIdentifier(current.typeName) ? current.typeName.text : current.typeName.right.text;
    if (name === 'ApiListPromise' || name === 'ApiSearchResultPromise' || name === 'ApiList') list = true;
    else if (name !== 'Promise' && name !== 'Response') return { node: current, list };
    current = current.typeArguments[0];
  }
}

/** Method name -> first `_makeRequest` of its body in the SDK's compiled resource file. */
export function readJsPaths(jsFile: string): Map<string, { method: EndpointMeta['method']; path: string; methodType?: string }> {
  const text = fs.readFileSync(jsFile, 'utf8');
  const result = new Map<string, { method: EndpointMeta['method']; path: string; methodType?: string }>();
  const header = /^ {4}(\w+)\([^)]*\) \{$/gm;
  const heads = [...text.matchAll(header)];
  heads.forEach((head, i) => {
    const body = text.slice(head.index, i + 1 < heads.length ? heads[i + 1]!.index : text.length);
    const call = body.match(/_makeRequest\('(GET|POST|DELETE)', (`[^`]*`|'[^']*')/);
    if (!call) return;
    const methodType = body.match(/methodType: '(\w+)'/);
    result.set(head[1]!, {
      method: call[1] as EndpointMeta['method'],
      path: call[2]!.slice(1, -1).replace(/\$\{encodeURIComponent\((\w+)\)\}/g, '{$1}'),
      ...(methodType ? { methodType: methodType[1]! } : {}),
    });
  });
  return result;
}

/** `@endpoint GET /v1/crypto/onramp_sessions` on a preview method. */
export function parseEndpointTag(tag: string | undefined, method: string, file: string): { method: EndpointMeta['method']; path: string; methodType?: string } {
  const match = tag?.trim().match(/^(GET|POST|DELETE)\s+(\S+)(?:\s+(list|search))?/);
  if (!match) throw new Error(`generator: ${file}: ${method} needs an @endpoint tag`);
  return { method: match[1] as EndpointMeta['method'], path: match[2]!, ...(match[3] ? { methodType: match[3] } : {}) };
}

/**
 * Names each path param after the collection segment before it, singular:
 * `/v1/accounts/{accountId}/persons/{id}` -> `/v1/accounts/{account}/persons/{person}`.
 */
export function normalisePath(raw: string): { path: string; params: string[] } {
  const params: string[] = [];
  const segments = raw.split('/').map((segment, i, all) => {
    if (!/^\{\w+\}$/.test(segment)) return segment;
    const base = singular(all[i - 1] ?? 'id');
    let name = base;
    for (let n = 2; params.includes(name); n++) name = `${base}${n}`;
    params.push(name);
    return `{${name}}`;
  });
  return { path: segments.join('/'), params };
}

/** Operation kind from the HTTP method, the SDK's `methodType` and the method's verb. */
export function operationKind(method: Pick<RawMethod, 'name' | 'http' | 'returnsList'>): OperationKind {
  const { http, name } = method;
  if (http.method === 'DELETE') return 'delete';
  if (http.method === 'GET') {
    if (http.methodType === 'search') return 'search';
    if (http.methodType === 'list' || method.returnsList) return 'list';
    if (/^retrieve/.test(name)) return 'retrieve';
    return 'action';
  }
  if (/^create/.test(name)) return 'create';
  if (/^update/.test(name)) return 'update';
  return 'action';
}

/**
 * The param that identifies the object acted on: a path's final param (retrieve, update,
 * delete), or the one before an action's verb segment (`/v1/accounts/{account}/reject`).
 * Creates and lists under a parent (`/v1/accounts/{account}/persons`) have none: their params
 * name the parent.
 */
export function idParamOf(kind: OperationKind, template: string, params: string[]): string | undefined {
  const last = params[params.length - 1];
  if (!last || kind === 'list' || kind === 'create' || kind === 'search') return undefined;
  if (template.endsWith(`{${last}}`) || kind === 'action') return last;
  return undefined;
}

function objectLiteralOf(decl: ts.InterfaceDeclaration): string | undefined {
  for (const member of decl.members) {
    if (ts.isPropertySignature(member) && ts.isIdentifier(member.name) && member.name.text === 'object' && member.type) {
      if (ts.isLiteralTypeNode(member.type) && ts.isStringLiteral(member.type.literal)) return member.type.literal.text;
    }
  }
  return undefined;
}

function hasDeletedTrue(decl: ts.InterfaceDeclaration): boolean {
  return decl.members.some(
    (m) =>
      ts.isPropertySignature(m) &&
      ts.isIdentifier(m.name) &&
      m.name.text === 'deleted' &&
      !!m.type &&
      ts.isLiteralTypeNode(m.type) &&
      m.type.literal.kind === ts.SyntaxKind.TrueKeyword,
  );
}

/** Properties including those inherited through `extends`, in declaration order. */
function membersOf(decl: ts.InterfaceDeclaration | ts.TypeLiteralNode, checker: ts.TypeChecker): ts.PropertySignature[] {
  const own = decl.members.filter(ts.isPropertySignature);
  if (!ts.isInterfaceDeclaration(decl) || !decl.heritageClauses) return own;
  const inherited: ts.PropertySignature[] = [];
  for (const clause of decl.heritageClauses) {
    for (const base of clause.types) {
      const symbol = checker.getSymbolAtLocation(base.expression);
      const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const baseDecl = target?.declarations?.find(ts.isInterfaceDeclaration);
      if (baseDecl) inherited.push(...membersOf(baseDecl, checker));
    }
  }
  const names = new Set(own.map((m) => m.name.getText()));
  return [...inherited.filter((m) => !names.has(m.name.getText())), ...own];
}

/** The string values of a union of string literals (plus `OtherString`), or undefined if it is not one. */
function stringLiterals(node: ts.UnionTypeNode): string[] | undefined {
  const values: string[] = [];
  let sawLiteral = false;
  for (const member of node.types) {
    if (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)) {
      if (member.literal.text === '') return undefined; // Emptyable spelled out
      values.push(member.literal.text);
      sawLiteral = true;
    } else if (ts.isTypeReferenceNode(member) && ts.isIdentifier(member.typeName) && member.typeName.text === 'OtherString') {
      continue;
    } else {
      return undefined;
    }
  }
  return sawLiteral ? [...new Set(values)] : undefined;
}

function jsDocTag(node: ts.Node, tag: string): string | undefined {
  for (const t of ts.getJSDocTags(node)) {
    if (t.tagName.text === tag) return typeof t.comment === 'string' ? t.comment : ts.getTextOfJSDocComment(t.comment);
  }
  return undefined;
}

/**
 * `{deprecated: reason}` when the node carries `@deprecated`: the tag's own text, else the
 * sentence of the doc that says what to do instead, else a plain statement.
 */
function deprecationOf(node: ts.Node): { deprecated?: string } {
  const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === 'deprecated');
  if (!tag) return {};
  const own = (typeof tag.comment === 'string' ? tag.comment : (ts.getTextOfJSDocComment(tag.comment) ?? '')).trim();
  const doc = jsDocText(node).replace(/^\[Deprecated\]\s*/, '');
  const line = doc.split('\n').find((l) => /deprecated|instead/i.test(l));
  return { deprecated: own || line?.trim() || 'Deprecated by Stripe.' };
}

function jsDocText(node: ts.Node): string {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  if (!docs || docs.length === 0) return '';
  const comment = docs[docs.length - 1]!.comment;
  const text = typeof comment === 'string' ? comment : (ts.getTextOfJSDocComment(comment) ?? '');
  return text.trim();
}

function describe(node: ts.Node): string {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart());
  return `${path.basename(file.fileName)}:${line + 1}`;
}
