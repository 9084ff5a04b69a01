/**
 * Reading a selection set the way execution will: the fields that apply to one object type,
 * through inline fragments and fragment spreads (including those on interfaces and unions the
 * type belongs to), leaving out what `@skip`/`@include` leave out. The one walker that expansion
 * planning, look-ahead and the query limits share.
 */
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';

const fragmentsByDocument = new WeakMap<DocumentNode, Readonly<Record<string, FragmentDefinitionNode>>>();

/**
 * The document's fragments by name, made once per document: Apollo hands back the same parsed
 * document for a repeated query, and every plugin that reads the operation needs them.
 */
export function fragmentsOf(document: DocumentNode): Readonly<Record<string, FragmentDefinitionNode>> {
  let fragments = fragmentsByDocument.get(document);
  if (!fragments) {
    const found: Record<string, FragmentDefinitionNode> = {};
    for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) found[def.name.value] = def;
    fragmentsByDocument.set(document, (fragments = Object.freeze(found)));
  }
  return fragments;
}

export interface SelectionInfo {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** The operation's variables, for `@skip(if: $x)`. */
  variableValues?: Record<string, unknown>;
}

function included(node: FieldNode | InlineFragmentNode | FragmentSpreadNode, variables: Record<string, unknown> | undefined): boolean {
  if (!node.directives || node.directives.length === 0) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** True when a fragment with this type condition applies to objects of `type`. */
function appliesTo(condition: string, type: GraphQLObjectType, schema: GraphQLSchema): boolean {
  if (condition === type.name) return true;
  const target = schema.getType(condition);
  return !!target && isAbstractType(target) && schema.isSubType(target, type);
}

/**
 * The field nodes of selection sets that apply to an object type, in document order. As in
 * graphql-js's collectFields, a fragment is entered at most once per call (the first spread of a
 * name wins, whatever its directives or type condition decide), so a document that spreads
 * fragments into fragments costs this walk its own size, not the size of its expansion.
 */
export function selectedFields(sets: readonly SelectionSetNode[], type: GraphQLObjectType, info: SelectionInfo): FieldNode[] {
  const out: FieldNode[] = [];
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        if (visited.has(name) || !included(selection, info.variableValues)) continue;
        visited.add(name);
        // An unknown fragment (or a cycle, which `visited` also stops) is invalid GraphQL.
        const fragment = info.fragments[name];
        if (fragment && appliesTo(fragment.typeCondition.name.value, type, info.schema)) walk(fragment.selectionSet);
      } else if (!included(selection, info.variableValues)) continue;
      else if (selection.kind === Kind.FIELD) out.push(selection);
      else {
        const condition = selection.typeCondition?.name.value;
        if (!condition || appliesTo(condition, type, info.schema)) walk(selection.selectionSet);
      }
    }
  };
  sets.forEach(walk);
  return out;
}

/** The selected fields grouped by response key (alias, else name): one entry per result field. */
export function fieldsByResponseKey(sets: readonly SelectionSetNode[], type: GraphQLObjectType, info: SelectionInfo): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  for (const node of selectedFields(sets, type, info)) {
    const key = node.alias?.value ?? node.name.value;
    out.set(key, [...(out.get(key) ?? []), node]);
  }
  return out;
}
