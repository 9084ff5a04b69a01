/**
 * Expansion planning: which of Stripe's `expand[]` paths would answer a field's selection set in
 * the same request. If a query asks for `transfer { destination { email } }`, fetching the
 * transfer with `expand[]=destination` saves a whole sequential round trip to Stripe.
 *
 * Pure: a function of the selection set, the schema types and the metadata. Stripe allows at
 * most four levels of expansion; deeper references are left to the loaders.
 */
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { MetadataIndex } from '../metadata/load';
import { selectedFields, type SelectionInfo } from '../shared/selection';

export type { SelectionInfo } from '../shared/selection';

const MAX_EXPANSION_DEPTH = 4;

/** Selection sets under each selected field of `type`, by field name. */
function fieldsFor(sets: readonly SelectionSetNode[], type: GraphQLObjectType, info: SelectionInfo): Map<string, SelectionSetNode[]> {
  const out = new Map<string, SelectionSetNode[]>();
  for (const node of selectedFields(sets, type, info)) {
    const list = out.get(node.name.value) ?? [];
    if (node.selectionSet) list.push(node.selectionSet);
    out.set(node.name.value, list);
  }
  return out;
}

function concreteTypes(type: GraphQLNamedType, schema: GraphQLSchema): readonly GraphQLObjectType[] {
  if (isObjectType(type)) return [type];
  if (isAbstractType(type)) return schema.getPossibleTypes(type);
  return [];
}

/**
 * Expansion paths (Stripe names, dotted) for the objects of `typeName` selected by `sets`.
 * `depth` counts the levels already used above.
 */
export function expansionsFor(typeName: string, sets: readonly SelectionSetNode[], info: SelectionInfo, index: MetadataIndex, depth = 0): string[] {
  if (depth >= MAX_EXPANSION_DEPTH || sets.length === 0) return [];
  const paths = new Set<string>();
  const namedType = info.schema.getType(typeName);
  if (!namedType) return [];
  for (const type of concreteTypes(namedType, info.schema)) {
    for (const [name, subSets] of fieldsFor(sets, type, info)) {
      const meta = index.fields.get(type.name)?.get(name);
      if (!meta) continue;
      const fieldType = type.getFields()[name]?.type;
      if (!fieldType) continue;
      const target = getNamedType(fieldType).name;
      if (meta.expandable && meta.idOnly) continue; // Stripe cannot expand it; the loaders fetch it
      if (meta.expandable) {
        // A union target: which member arrives is unknown, and Stripe refuses paths the actual
        // object lacks, so only the reference itself is expanded.
        const abstract = isAbstractType(getNamedType(fieldType));
        // Only when something beyond the id is asked for is the object worth expanding.
        const wantsMore = subSets.some((s) =>
          s.selections.some((sel) => sel.kind !== Kind.FIELD || (sel.name.value !== 'id' && sel.name.value !== '__typename')),
        );
        if (!wantsMore) continue;
        paths.add(meta.stripe);
        if (abstract) continue;
        for (const below of expansionsFor(target, subSets, info, index, depth + 1)) paths.add(`${meta.stripe}.${below}`);
      } else if (meta.type.kind === 'object' || (meta.type.kind === 'list' && meta.type.of.kind === 'object')) {
        // Expandables inside a plain nested object (`settings.branding.icon`): every path
        // segment counts toward Stripe's four levels, whatever kind of field it is.
        for (const below of expansionsFor(target, subSets, info, index, depth + 1)) paths.add(`${meta.stripe}.${below}`);
      }
    }
  }
  return [...paths].sort();
}

/**
 * Expansion paths for a connection field: the item type's expansions under `nodes { ... }` and
 * `edges { node { ... } }`, for use as `data.<path>` on a list request.
 */
export function connectionItemSets(sets: readonly SelectionSetNode[], connectionType: GraphQLObjectType, info: SelectionInfo): SelectionSetNode[] {
  const fields = fieldsFor(sets, connectionType, info);
  const out: SelectionSetNode[] = [...(fields.get('nodes') ?? [])];
  const edgesType = getNamedType(connectionType.getFields().edges?.type ?? connectionType);
  if (isObjectType(edgesType)) out.push(...(fieldsFor(fields.get('edges') ?? [], edgesType, info).get('node') ?? []));
  return out;
}

/** The selection sets under a field's nodes (one per node that has one). */
function selectionSetsOf(fieldNodes: readonly FieldNode[]): SelectionSetNode[] {
  const sets: SelectionSetNode[] = [];
  for (const node of fieldNodes) if (node.selectionSet) sets.push(node.selectionSet);
  return sets;
}

/** True when an object field's selection is only `id` (and `__typename`) of one object type. */
export function asksOnlyForId(info: GraphQLResolveInfo): boolean {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return false;
  return selectedFields(selectionSetsOf(info.fieldNodes), type, info).every((node) => node.name.value === 'id' || node.name.value === '__typename');
}

/** Expansions that answer this field's selection (an object field) in the same request. */
export function objectExpansions(index: MetadataIndex, info: GraphQLResolveInfo): string[] {
  const type = getNamedType(info.returnType);
  // For a union, which member arrives is known only from the answer, and Stripe refuses an
  // expansion path the actual object does not have: leave those to the loaders.
  if (!isObjectType(type)) return [];
  return expansionsFor(type.name, selectionSetsOf(info.fieldNodes), info, index);
}

/**
 * Expansions for the items of a connection field, relative to one item; a list request sends
 * them as `data.<path>`, which costs one of Stripe's four levels.
 */
export function itemExpansions(index: MetadataIndex, returnType: GraphQLOutputType, fieldNodes: readonly FieldNode[], info: SelectionInfo): string[] {
  const connection = getNamedType(returnType);
  if (!isObjectType(connection)) return [];
  const nodes = connection.getFields().nodes;
  if (!nodes) return [];
  return expansionsFor(getNamedType(nodes.type).name, connectionItemSets(selectionSetsOf(fieldNodes), connection, info), info, index, 1);
}
