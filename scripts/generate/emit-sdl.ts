/**
 * Writes the GraphQL SDL of each domain from the REST metadata. Conventions (docs/schema.md):
 * expandable references become `<name>Id` + `<name>`, embedded Stripe lists and child
 * collections become Relay connections, enums carry an `UNRECOGNIZED` fallback, root fields and
 * mutations sit where `EndpointMeta.graphql` places them.
 */
import type { EndpointMeta, FieldMeta, InputFieldMeta, InputTypeRef, ObjectTypeMeta, RestMetadata, TypeRef } from '../../src/metadata/types';
import { fieldName } from '../../src/metadata/naming';
import { hasGlobalId, loadableById } from '../../src/metadata/global-id';
import { inGraph } from '../../src/metadata/inputs';

/** Stripe list parameters that the connection arguments (`first/after/last/before`) replace. */
export const PAGINATION_PARAMS = new Set(['limit', 'starting_after', 'ending_before', 'page']);

export const CONNECTION_ARGS = [
  '"The number of items from the start (after `after`), at most 100." first: Int',
  '"The cursor of the item to start after (`pageInfo.endCursor`)." after: String',
  '"The number of items from the end (before `before`), at most 100." last: Int',
  '"The cursor of the item to end before (`pageInfo.startCursor`)." before: String',
].join(', ');

export function connectionName(item: TypeRef): string {
  return `${namedType(item)}Connection`;
}

function namedType(ref: TypeRef): string {
  switch (ref.kind) {
    case 'scalar':
    case 'object':
    case 'union':
    case 'enum':
      return ref.name;
    case 'list':
    case 'apiList':
      return namedType(ref.of);
  }
}

function outputType(ref: TypeRef): string {
  switch (ref.kind) {
    case 'list':
      return `[${outputType(ref.of)}!]`;
    case 'apiList':
      return connectionName(ref.of);
    default:
      return namedType(ref);
  }
}

function inputType(ref: InputTypeRef): string {
  return ref.kind === 'list' ? `[${inputType(ref.of)}!]` : ref.name;
}

function description(text: string | undefined, indent: string): string {
  if (!text) return '';
  const clean = text.replace(/\\/g, '\\\\').replace(/"""/g, '\\"""').trim();
  return `${indent}"""\n${clean
    .split('\n')
    .map((line) => `${indent}${line}`.trimEnd())
    .join('\n')}\n${indent}"""\n`;
}

/** Arguments a list endpoint offers besides pagination: its filters, minus the ones a parent fills. */
export function listFilterArgs(endpoint: EndpointMeta, metadata: RestMetadata, omit: ReadonlySet<string>): InputFieldMeta[] {
  const params = endpoint.params ? metadata.inputs[endpoint.params] : undefined;
  return (params?.fields ?? []).filter((f) => inGraph(f) && !PAGINATION_PARAMS.has(f.stripe) && !omit.has(f.stripe));
}

function argList(fields: InputFieldMeta[]): string {
  return fields
    .map(
      (f) => `${inlineDescription(f.description)}${f.name}: ${inputType(f.type)}${f.required ? '!' : ''}${deprecation(f.required ? undefined : f.deprecated)}`,
    )
    .join(', ');
}

/** A description on one line, as a GraphQL string (JSON's escapes are GraphQL's), before an argument. */
function inlineDescription(text: string | undefined): string {
  return text ? `${JSON.stringify(text.replace(/\s+/g, ' ').trim())} ` : '';
}

/** `@deprecated(reason:)` from the SDK's `@deprecated` tag. */
function deprecation(reason: string | undefined): string {
  return reason ? ` @deprecated(reason: ${JSON.stringify(reason.replace(/\s+/g, ' ').trim())})` : '';
}

interface FieldLine {
  name: string;
  line: string;
}

export interface EmitOptions {
  header: string;
}

export function emitDomains(metadata: RestMetadata, options: EmitOptions): Map<string, string> {
  const domains = new Map<string, string[]>();
  const push = (domain: string, block: string): void => {
    if (!domains.has(domain)) domains.set(domain, []);
    domains.get(domain)!.push(block);
  };
  const typeDomain = (name: string): string => metadata.types[name]?.domain ?? metadata.inputs[name]?.domain ?? 'Referenced';

  const users = firstUsers(metadata);
  const paramsOf = new Map<string, string>();
  for (const resource of Object.values(metadata.resources)) {
    for (const e of resource.endpoints) if (e.params && e.graphql && !paramsOf.has(e.params)) paramsOf.set(e.params, `${e.graphql.parent}.${e.graphql.field}`);
  }
  const relationsByParent = collectRelations(metadata);
  const connections = new Map<string, TypeRef>();
  const enumDomains = new Map<string, string>();
  const unionDomains = new Map<string, string>();
  const noteNamed = (ref: TypeRef | InputTypeRef, domain: string): void => {
    if (ref.kind === 'list' || ref.kind === 'apiList') return noteNamed(ref.of, domain);
    if (ref.kind === 'enum' && !enumDomains.has(ref.name)) enumDomains.set(ref.name, domain);
    if (ref.kind === 'union' && !unionDomains.has(ref.name)) unionDomains.set(ref.name, domain);
  };

  const rootFields = new Map<string, Map<string, string[]>>(); // domain -> parent -> lines
  for (const resource of Object.values(metadata.resources)) {
    for (const endpoint of resource.endpoints) {
      if (!endpoint.graphql || (endpoint.graphql.parent !== 'Query' && endpoint.graphql.parent !== 'Mutation')) continue;
      const line = rootFieldLine(endpoint, metadata, connections, noteNamed, resource.domain);
      const byParent = rootFields.get(resource.domain) ?? new Map<string, string[]>();
      rootFields.set(resource.domain, byParent);
      const list = byParent.get(endpoint.graphql.parent) ?? [];
      byParent.set(endpoint.graphql.parent, list);
      if (!list.includes(line)) list.push(line);
    }
  }
  for (const [domain, byParent] of rootFields) {
    for (const parent of ['Query', 'Mutation']) {
      const lines = byParent.get(parent);
      if (lines && lines.length > 0) push(domain, `extend type ${parent} {\n${lines.sort(byFieldName).join('\n')}\n}`);
    }
  }

  for (const type of Object.values(metadata.types)) {
    const lines: FieldLine[] = [];
    for (const field of type.fields) {
      noteNamed(field.type, type.domain);
      lines.push(...(field.stripe === 'id' && hasGlobalId(metadata, type.name) ? globalIdLines(type) : fieldLines(field, type, connections)));
    }
    for (const relation of relationsByParent.get(type.name) ?? []) {
      connections.set(connectionName(relation.item), relation.item);
      const args = [CONNECTION_ARGS, argList(relation.filters)].filter((a) => a.length > 0).join(', ');
      relation.filters.forEach((f) => noteNamed(f.type, type.domain));
      // Nullable, as every field that calls Stripe: a failed list nulls itself, not its parent.
      const line = `${description(relation.description, '  ')}  ${relation.field}(${args}): ${connectionName(relation.item)}`;
      const index = lines.findIndex((l) => l.name === relation.field);
      if (index >= 0) lines[index] = { name: relation.field, line };
      else lines.push({ name: relation.field, line });
    }
    const implementsNode = isNode(type, metadata) ? ' implements Node' : '';
    push(
      type.domain,
      `${description(type.description ?? typeDescription(type, users), '')}type ${type.name}${implementsNode} {\n${lines.map((l) => l.line).join('\n')}\n}`,
    );
  }

  for (const [name, item] of [...connections.entries()].sort()) {
    const node = namedType(item);
    const domain = metadata.types[node]?.domain ?? unionDomains.get(node) ?? 'Referenced';
    push(
      domain,
      `${description(`A page of ${node} objects: a Relay connection over a Stripe list.`, '')}type ${name} {\n${description('The items of the page with their cursors.', '  ')}  edges: [${node}Edge!]!\n${description('The items of the page.', '  ')}  nodes: [${node}!]!\n${description('Where the page sits in the list, and the cursors to go on.', '  ')}  pageInfo: PageInfo!\n}\n\n${description(`One ${node} in a page, with its cursor.`, '')}type ${node}Edge {\n${description('Pass it as `after` or `before` to page from this item.', '  ')}  cursor: String!\n${description(`The ${node}.`, '  ')}  node: ${node}!\n}`,
    );
  }

  for (const input of Object.values(metadata.inputs)) {
    const lines = input.fields.filter(inGraph).map((f) => {
      noteNamed(f.type, input.domain);
      return `${description(f.description, '  ')}  ${f.name}: ${inputType(f.type)}${f.required && !f.emptyable ? '!' : ''}`;
    });
    if (lines.length === 0) throw new Error(`generator: input ${input.name} has no field the graph takes`);
    const oneOf = input.oneOf ? ' @oneOf' : '';
    push(input.domain, `${description(inputDescription(input.name, paramsOf, users), '')}input ${input.name}${oneOf} {\n${lines.join('\n')}\n}`);
  }

  for (const e of Object.values(metadata.enums)) {
    const values = Object.entries(e.values)
      .map(([name, value]) =>
        value === '' ? `  """\n  A value this schema does not know yet (Stripe adds enum values without a new API version).\n  """\n  ${name}` : `  ${name}`,
      )
      .join('\n');
    push(
      enumDomains.get(e.name) ?? 'Referenced',
      `${description(usedAs(e.name, users) ?? `Values Stripe sends or takes for ${e.name}.`, '')}enum ${e.name} {\n${values}\n}`,
    );
  }
  for (const u of Object.values(metadata.unions)) {
    push(
      unionDomains.get(u.name) ?? typeDomain(u.members[0]!),
      `${description(`One of: ${u.members.join(', ')} (told apart by Stripe's \`object\`).`, '')}union ${u.name} = ${u.members.join(' | ')}`,
    );
  }

  const files = new Map<string, string>();
  for (const [domain, blocks] of [...domains.entries()].sort()) {
    files.set(domain, `${options.header}\n${blocks.join('\n\n')}\n`);
  }
  return files;
}

/** A Node is an object `node(id:)` can load again from its `id` (src/metadata/global-id.ts). */
function isNode(type: ObjectTypeMeta, metadata: RestMetadata): boolean {
  if (!type.object || type.deleted) return false;
  const id = type.fields.find((f) => f.stripe === 'id');
  return !!id && !id.nullable && loadableById(metadata, type.name);
}

/** A nested type's `id` is a global id (unique, loadable by `node(id:)`); Stripe's id moves to `stripeId`. */
function globalIdLines(type: ObjectTypeMeta): FieldLine[] {
  const id = `A global id, unique across accounts: \`node(id:)\` loads the ${type.name} from it. Stripe's own id is \`stripeId\`.`;
  const stripeId = 'The id Stripe gives this object; unique only under its parent. Path arguments (`id`) take it or the global `id`.';
  return [
    { name: 'id', line: `${description(id, '  ')}  id: ID!` },
    { name: 'stripeId', line: `${description(stripeId, '  ')}  stripeId: ID!` },
  ];
}

function fieldLines(field: FieldMeta, owner: ObjectTypeMeta, connections: Map<string, TypeRef>): FieldLine[] {
  // An undocumented hash at least points at its type, which says where it is used.
  const fallback =
    field.type.kind === 'scalar' || field.type.kind === 'enum'
      ? undefined
      : `Stripe's \`${field.stripe}\` (${namedType(field.type)}); the \`stripe\` package does not document it.`;
  const doc = description(field.description ?? fallback, '  ');
  const bang = field.nullable ? '' : '!';
  if (field.type.kind === 'apiList') {
    connections.set(connectionName(field.type.of), field.type.of);
    return [{ name: field.name, line: `${doc}  ${field.name}(${CONNECTION_ARGS}): ${connectionName(field.type.of)}${bang}${deprecation(field.deprecated)}` }];
  }
  if (field.expandable) {
    // The id is always there (Stripe sends it unexpanded); the object is loaded on demand and
    // stays nullable so one failed load nulls only itself, not the parent.
    const isList = field.type.kind === 'list';
    const idName = isList ? `${field.name}Ids` : `${field.name}Id`;
    if (owner.fields.some((f) => f.name === idName)) throw new Error(`generator: ${owner.name}.${idName} clashes with an expandable's id field`);
    const idType = isList ? `[ID!]${bang}` : `ID${bang}`;
    const objectType = isList ? `[${namedType(field.type)}]` : namedType(field.type);
    return [
      { name: idName, line: `${doc}  ${idName}: ${idType}${deprecation(field.deprecated)}` },
      { name: field.name, line: `${doc}  ${field.name}: ${objectType}${deprecation(field.deprecated)}` },
    ];
  }
  return [{ name: field.name, line: `${doc}  ${field.name}: ${outputType(field.type)}${bang}${deprecation(field.deprecated)}` }];
}

interface RelationField {
  field: string;
  item: TypeRef;
  filters: InputFieldMeta[];
  description?: string;
}

/** Connection fields each parent type gets: nested list endpoints and filter relations. */
export function collectRelations(metadata: RestMetadata): Map<string, RelationField[]> {
  const byParent = new Map<string, RelationField[]>();
  const add = (parent: string, relation: RelationField): void => {
    const list = byParent.get(parent) ?? [];
    if (!list.some((r) => r.field === relation.field)) list.push(relation);
    byParent.set(parent, list);
  };
  for (const resource of Object.values(metadata.resources)) {
    for (const endpoint of resource.endpoints) {
      if (!endpoint.graphql || endpoint.graphql.parent === 'Query' || endpoint.graphql.parent === 'Mutation') continue;
      // A required filter the parent carries under the same name (a financial connections
      // account's `ownership`) is filled from the parent at run time, so it is optional here.
      const parentFields = new Set(metadata.types[endpoint.graphql.parent]?.fields.map((f) => f.stripe));
      const filters = listFilterArgs(endpoint, metadata, new Set()).map((f) => (parentFields.has(f.stripe) ? { ...f, required: false } : f));
      add(endpoint.graphql.parent, { field: endpoint.graphql.field, item: endpoint.returns, filters });
    }
  }
  for (const relation of metadata.relations) {
    const list = metadata.resources[relation.child]!.endpoints.find((e) => e.kind === 'list' && e.pathParams.length === 0)!;
    const parentFields = new Set(metadata.types[relation.parent]?.fields.map((f) => f.stripe));
    add(relation.parent, {
      field: relation.field,
      item: list.returns,
      filters: listFilterArgs(list, metadata, new Set([relation.filter])).map((f) => (parentFields.has(f.stripe) ? { ...f, required: false } : f)),
      description: `${relation.child} objects whose \`${relation.filter}\` is this object.`,
    });
  }
  return byParent;
}

function rootFieldLine(
  endpoint: EndpointMeta,
  metadata: RestMetadata,
  connections: Map<string, TypeRef>,
  noteNamed: (ref: TypeRef | InputTypeRef, domain: string) => void,
  domain: string,
): string {
  const field = endpoint.graphql!.field;
  const head = `${description(endpoint.description ?? rootDescription(endpoint), '  ')}  ${field}`;
  const tail = deprecation(endpoint.deprecated);
  const pathArgs = endpoint.pathParams.map(
    (p) => `${inlineDescription(pathArgDescription(endpoint, p, metadata))}${p === endpoint.idParam ? 'id' : fieldName(p)}: ID!`,
  );
  if (endpoint.kind === 'list' || endpoint.kind === 'search') {
    connections.set(connectionName(endpoint.returns), endpoint.returns);
    const filters = listFilterArgs(endpoint, metadata, new Set());
    filters.forEach((f) => noteNamed(f.type, domain));
    const args = [...pathArgs, CONNECTION_ARGS, argList(filters)].filter((a) => a.length > 0).join(', ');
    return `${head}(${args}): ${connectionName(endpoint.returns)}${tail}`;
  }
  const returns = outputType(endpoint.returns);
  if (endpoint.method === 'GET') {
    const params = endpoint.params ? metadata.inputs[endpoint.params]!.fields.filter(inGraph) : [];
    params.forEach((f) => noteNamed(f.type, domain));
    const args = [...pathArgs, argList(params)].filter((a) => a.length > 0).join(', ');
    return `${head}${args ? `(${args})` : ''}: ${returns}${tail}`;
  }
  const input = endpoint.params ? metadata.inputs[endpoint.params] : undefined;
  const inputRequired = input?.fields.some((f) => inGraph(f) && f.required && !f.emptyable) ? '!' : '';
  const args = [
    ...pathArgs,
    ...(input ? [`${inlineDescription(`Stripe's parameters of ${endpoint.name}, camelCased.`)}input: ${input.name}${inputRequired}`] : []),
    `${inlineDescription('Sent as Idempotency-Key: a retry with the same key is answered once. The gateway makes one when absent.')}idempotencyKey: String`,
  ].join(', ');
  // Nullable: when one mutation of an operation fails, the others keep their results.
  return `${head}(${args}): ${returns}${tail}`;
}

/** Root field lines sort by field name, whatever description comes before it. */
function byFieldName(a: string, b: string): number {
  const name = (line: string): string => /^ {2}(\w+)[(:]/m.exec(line)?.[1] ?? line;
  return name(a).localeCompare(name(b));
}

/** Our one line for a root field whose SDK method has no documentation. */
export function rootDescription(endpoint: EndpointMeta): string {
  const type = namedType(endpoint.returns);
  const verbs: Record<EndpointMeta['kind'], string> = {
    retrieve: `Retrieves a ${type}`,
    list: `Lists ${type} objects`,
    search: `Searches ${type} objects`,
    create: `Creates a ${type}`,
    update: `Updates a ${type}`,
    delete: `Deletes a ${type}`,
    action: `Calls ${endpoint.name}, answering a ${type}`,
  };
  return `${verbs[endpoint.kind]} (${endpoint.method} ${endpoint.path}).`;
}

function pathArgDescription(endpoint: EndpointMeta, param: string, metadata: RestMetadata): string {
  const type = namedType(endpoint.returns);
  const members = metadata.unions[type]?.members ?? [type];
  if (param === endpoint.idParam)
    return members.some((m) => hasGlobalId(metadata, m)) ? `The id of the ${type}: Stripe's, or its global id.` : `The id of the ${type}.`;
  return `The id of the parent ${param.replace(/_/g, ' ')}.`;
}

interface TypeUser {
  owner: string;
  field: string;
  description?: string;
}

/** For every named type, the first field (output or input) that uses it, for a description. */
function firstUsers(metadata: RestMetadata): Map<string, TypeUser> {
  const users = new Map<string, TypeUser>();
  const note = (ref: TypeRef | InputTypeRef, user: TypeUser): void => {
    if (ref.kind === 'list' || ref.kind === 'apiList') return note(ref.of, user);
    if (ref.kind !== 'scalar' && !users.has(ref.name)) users.set(ref.name, user);
  };
  for (const type of Object.values(metadata.types)) for (const f of type.fields) note(f.type, { owner: type.name, field: f.name, description: f.description });
  for (const input of Object.values(metadata.inputs))
    for (const f of input.fields) note(f.type, { owner: input.name, field: f.name, description: f.description });
  return users;
}

/** `The type of \`Account.businessProfile\`: Business information about the account.` */
function usedAs(name: string, users: Map<string, TypeUser>): string | undefined {
  const user = users.get(name);
  if (!user) return undefined;
  return `The type of \`${user.owner}.${user.field}\`${user.description ? `: ${user.description}` : '.'}`;
}

function typeDescription(type: ObjectTypeMeta, users: Map<string, TypeUser>): string {
  if (type.deleted) return `A deleted Stripe \`${type.object}\`: Stripe answers its id with \`deleted: true\`.`;
  if (type.object) return `A Stripe \`${type.object}\` object.`;
  return usedAs(type.name, users) ?? `A part of a Stripe object (${type.name}).`;
}

function inputDescription(name: string, paramsOf: Map<string, string>, users: Map<string, TypeUser>): string {
  const root = paramsOf.get(name);
  if (root) return `The parameters of \`${root}\`, as Stripe takes them (camelCased).`;
  return usedAs(name, users) ?? `Parameters Stripe takes (${name}).`;
}
