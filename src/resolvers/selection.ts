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
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';

export interface SelectionInfo {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  /** The operation's variables, for `@skip(if: $x)`. */
  variableValues?: Record<string, unknown>;
}

function included(node: FieldNode | InlineFragmentNode | FragmentSpreadNode, variables: Record<string, unknown> | undefined): boolean {
  if (!node.directives || node.directives.length === 0) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** True when a fragment with this type condition applies to objects of `type`. */
export function appliesTo(condition: string, type: GraphQLObjectType, schema: GraphQLSchema): boolean {
  if (condition === type.name) return true;
  const target = schema.getType(condition);
  return !!target && isAbstractType(target) && schema.isSubType(target, type);
}

/** The field nodes of selection sets that apply to an object type, in document order. */
export function selectedFields(sets: readonly SelectionSetNode[], type: GraphQLObjectType, info: SelectionInfo): FieldNode[] {
  const out: FieldNode[] = [];
  const walk = (set: SelectionSetNode, seen: ReadonlySet<string>): void => {
    for (const selection of set.selections) {
      if (!included(selection, info.variableValues)) continue;
      if (selection.kind === Kind.FIELD) out.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        if (!condition || appliesTo(condition, type, info.schema)) walk(selection.selectionSet, seen);
      } else {
        const fragment = info.fragments[selection.name.value];
        // A fragment cycle is invalid GraphQL; `seen` only keeps a bad document from looping here.
        if (fragment && !seen.has(fragment.name.value) && appliesTo(fragment.typeCondition.name.value, type, info.schema)) {
          walk(fragment.selectionSet, new Set([...seen, fragment.name.value]));
        }
      }
    }
  };
  sets.forEach((set) => walk(set, new Set()));
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
