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
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { MetadataIndex } from '../schema/metadata';

export const MAX_EXPANSION_DEPTH = 4;

export interface SelectionInfo {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
}

/** Field nodes of a selection set that apply to `type`, through fragments and inline fragments. */
function fieldsFor(set: SelectionSetNode, type: GraphQLObjectType, info: SelectionInfo, out: Map<string, SelectionSetNode[]>, seen: Set<string>): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const list = out.get(selection.name.value) ?? [];
      if (selection.selectionSet) list.push(selection.selectionSet);
      out.set(selection.name.value, list);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition?.name.value;
      if (!condition || appliesTo(condition, type, info.schema)) fieldsFor(selection.selectionSet, type, info, out, seen);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment && !seen.has(fragment.name.value) && appliesTo(fragment.typeCondition.name.value, type, info.schema)) {
        fieldsFor(fragment.selectionSet, type, info, out, new Set([...seen, fragment.name.value]));
      }
    }
  }
}

/** The field nodes of selection sets that apply to an object type, through fragments. */
export function selectedFields(sets: readonly SelectionSetNode[], type: GraphQLObjectType, info: SelectionInfo): FieldNode[] {
  const out: FieldNode[] = [];
  const walk = (set: SelectionSetNode, seen: Set<string>): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) out.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        if (!condition || appliesTo(condition, type, info.schema)) walk(selection.selectionSet, seen);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && !seen.has(fragment.name.value) && appliesTo(fragment.typeCondition.name.value, type, info.schema)) {
          walk(fragment.selectionSet, new Set([...seen, fragment.name.value]));
        }
      }
    }
  };
  sets.forEach((set) => walk(set, new Set()));
  return out;
}

function appliesTo(condition: string, type: GraphQLObjectType, schema: GraphQLSchema): boolean {
  if (condition === type.name) return true;
  const target = schema.getType(condition);
  return !!target && isAbstractType(target) && schema.isSubType(target, type);
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
    const fields = new Map<string, SelectionSetNode[]>();
    for (const set of sets) fieldsFor(set, type, info, fields, new Set());
    for (const [name, subSets] of fields) {
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
        const wantsMore = subSets.some((s) => s.selections.some((sel) => sel.kind !== Kind.FIELD || (sel.name.value !== 'id' && sel.name.value !== '__typename')));
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
  const out: SelectionSetNode[] = [];
  for (const set of sets) {
    const fields = new Map<string, SelectionSetNode[]>();
    fieldsFor(set, connectionType, info, fields, new Set());
    out.push(...(fields.get('nodes') ?? []));
    const edgesType = getNamedType(connectionType.getFields().edges?.type ?? connectionType);
    if (isObjectType(edgesType)) {
      for (const edgeSet of fields.get('edges') ?? []) {
        const edgeFields = new Map<string, SelectionSetNode[]>();
        fieldsFor(edgeSet, edgesType, info, edgeFields, new Set());
        out.push(...(edgeFields.get('node') ?? []));
      }
    }
  }
  return out;
}
