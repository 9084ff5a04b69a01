/**
 * Where each endpoint appears in the graph: root query fields, mutations and relation fields.
 * Pure naming over the metadata; the SDL emitter and the resolvers both read the result from
 * `EndpointMeta.graphql`, so the mapping lives only here.
 */
import type { EndpointMeta, FilterRelationMeta, ResourceMeta, RestMetadata } from '../../src/metadata/types';
import { lowerFirst, plural } from '../../src/metadata/naming';
import { isTestHelperPath, testHelperDescription, testHelperFieldName } from '../../src/metadata/test-helpers';

/** `createPerson` -> [`create`, `Person`]; `del` -> [`delete`, ``]. */
export function splitMethodName(method: string): [verb: string, rest: string] {
  const match = method.match(/^([a-z]+)(.*)$/);
  const verb = match?.[1] ?? method;
  return [verb === 'del' ? 'delete' : verb, match?.[2] ?? ''];
}

/**
 * The live type an endpoint's result names: `DeletedAccount` -> `Account`, and a union of a type
 * with its deleted variant (`TerminalReader | DeletedTerminalReader`) -> `TerminalReader`.
 * Other unions keep their name (`ExternalAccount`).
 */
export function baseTypeName(endpoint: EndpointMeta, metadata: Pick<RestMetadata, 'types' | 'unions'>): string {
  const name = endpoint.returns.kind === 'object' || endpoint.returns.kind === 'union' ? endpoint.returns.name : '';
  const live = (n: string): string => (metadata.types[n]?.deleted ? n.replace(/^Deleted/, '') : n);
  if (endpoint.returns.kind === 'union') {
    const members = metadata.unions[name]?.members ?? [];
    const lives = [...new Set(members.map(live))];
    if (lives.length === 1) return lives[0]!;
    if (members.every((m) => metadata.types[m]?.deleted)) return name.replace(/^Deleted/, '');
    return name;
  }
  return live(name);
}

/**
 * Mutation or action name: the SDK verb, then the type, then whatever the method names beyond
 * the type: `create` + `Account`; `createPerson` -> `createPerson`; `reject` -> `rejectAccount`;
 * `createFromCalculation` -> `createTaxTransactionFromCalculation`.
 */
export function operationFieldName(method: string, typeName: string): string {
  const [verb, rest] = splitMethodName(method);
  if (verb === 'retrieve') return lowerFirst(typeName.endsWith(rest) ? typeName : rest + typeName);
  return verb + (rest === '' || typeName.endsWith(rest) ? typeName : typeName + rest);
}

/** Relation field on a parent for a nested list: `listPersons` -> `persons`. */
export function relationFieldName(method: string, childType: string): string {
  const [, rest] = splitMethodName(method);
  return lowerFirst(rest || plural(childType));
}

/** Assigns `graphql` placements to every endpoint the graph exposes. Throws on a name clash. */
export function placeEndpoints(metadata: RestMetadata, relations: FilterRelationMeta[]): void {
  const taken = new Map<string, string>();
  const place = (endpoint: EndpointMeta, parent: string, field: string, owner: ResourceMeta): void => {
    const key = `${parent}.${field}`;
    const signature = `${endpoint.method} ${endpoint.path}`;
    const existing = taken.get(key);
    if (existing && existing !== signature) {
      throw new Error(`generator: ${key} would expose both ${existing} and ${signature} (${owner.typeName})`);
    }
    taken.set(key, signature);
    endpoint.graphql = { parent, field };
  };
  for (const resource of Object.values(metadata.resources)) {
    if (!resource.seed) continue;
    for (const endpoint of resource.endpoints) {
      const type = baseTypeName(endpoint, metadata);
      if (endpoint.kind === 'list' || endpoint.kind === 'search') {
        if (resource.parent && endpoint.pathParams.length > 0) {
          place(endpoint, resource.parent.typeName, relationFieldName(endpoint.name, type), resource);
        } else {
          const base = lowerFirst(plural(type));
          place(endpoint, 'Query', endpoint.kind === 'search' ? `search${plural(type)}` : base, resource);
        }
      } else if (endpoint.method === 'GET') {
        place(endpoint, 'Query', operationFieldName(endpoint.name, type), resource);
      } else {
        const name = operationFieldName(endpoint.name, type);
        const helper = isTestHelperPath(endpoint.path);
        if (helper) endpoint.description = testHelperDescription(endpoint.description);
        place(endpoint, 'Mutation', helper ? testHelperFieldName(name) : name, resource);
      }
    }
    addRootLists(metadata, resource, place);
  }
  for (const relation of relations) {
    const child = metadata.resources[relation.child];
    const list = child?.endpoints.find((e) => e.kind === 'list' && e.pathParams.length === 0);
    if (!child || !list) throw new Error(`generator: relation ${relation.parent}.${relation.field}: ${relation.child} has no top-level list`);
    const params = list.params ? metadata.inputs[list.params] : undefined;
    if (!params?.fields.some((f) => f.stripe === relation.filter)) {
      throw new Error(`generator: relation ${relation.parent}.${relation.field}: ${relation.child} lists cannot filter by ${relation.filter}`);
    }
    if (!metadata.types[relation.parent]) throw new Error(`generator: relation parent ${relation.parent} is not a type`);
  }
}

/**
 * A nested list whose parent the graph serves no root field for (`Product.features`: products
 * are only referenced) is also a root list with the parent's id as argument
 * (`productFeatures(product: ID!)`), so a client can reach it without first finding a parent.
 * The root field is a second copy of the endpoint: each placement resolves on its own.
 */
function addRootLists(
  metadata: RestMetadata,
  resource: ResourceMeta,
  place: (endpoint: EndpointMeta, parent: string, field: string, owner: ResourceMeta) => void,
): void {
  const parent = resource.parent ? metadata.resources[resource.parent.typeName] : undefined;
  if (!parent || parent.seed) return;
  const nestedLists = resource.endpoints.filter((e) => e.kind === 'list' && e.pathParams.length > 0 && e.graphql?.parent === parent.typeName);
  for (const endpoint of nestedLists) {
    const copy: EndpointMeta = { ...endpoint };
    resource.endpoints.push(copy);
    place(copy, 'Query', lowerFirst(plural(baseTypeName(endpoint, metadata))), resource);
  }
}

/**
 * A connection named like a plain field of its parent takes the name; the plain field moves to
 * `<name>Summary`. (Account's `capabilities` map of statuses becomes `capabilitiesSummary`, so
 * `capabilities` can be the connection of Capability objects.) Embedded Stripe lists of the
 * same name are the same data and simply become the connection.
 */
export function renameShadowedFields(metadata: RestMetadata, relationFields: Map<string, string[]>): void {
  for (const [parent, fields] of relationFields) {
    const type = metadata.types[parent];
    if (!type) continue;
    for (const field of type.fields) {
      if (fields.includes(field.name) && field.type.kind !== 'apiList') {
        const renamed = `${field.name}Summary`;
        if (type.fields.some((f) => f.name === renamed)) throw new Error(`generator: cannot rename ${parent}.${field.name}`);
        field.name = renamed;
      }
    }
  }
}
