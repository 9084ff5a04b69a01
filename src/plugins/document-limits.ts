/**
 * Limits on the document itself, checked before graphql-js reads it further: its size and
 * token count before parsing, its aliases, directives and depth before validation. Each is one
 * pass over the text or the syntax tree, so a hostile document costs no more than its length.
 * (graphql-armor's plugins do the same; this is the part of them this gateway needs, see
 * docs/limits.md for the measurement.)
 */
import { GraphQLError, Kind, Lexer, Source, TokenKind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export interface DocumentLimits {
  /** Largest document (the `query` text), in bytes of UTF-8. */
  maxQueryBytes: number;
  /** Most lexical tokens (names, punctuation, values) in the document. */
  maxTokens: number;
  /** Most aliases written in the document. */
  maxAliases: number;
  /** Most directives written in the document. */
  maxDirectives: number;
  /** Deepest field nesting, fragments followed. */
  maxDepth: number;
}

/** A limit's refusal: a client error (400) with its code and the figures behind it. */
export function refuse(message: string, code: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

/**
 * The document's tokens, counted up to `max + 1` (enough to know it is over). A document the
 * lexer cannot read is left to the parser, which reports the syntax error.
 */
export function countTokens(source: string, max: number): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (count <= max && lexer.advance().kind !== TokenKind.EOF) count++;
  } catch {
    return count;
  }
  return count;
}

/** The error for a source over the size or token limit, before it is parsed. */
function checkSource(source: string, limits: DocumentLimits): GraphQLError | undefined {
  // Characters are at most 3 bytes of UTF-8 (4 for a pair): the exact count only near the limit.
  const bytes = source.length * 3 <= limits.maxQueryBytes ? source.length : Buffer.byteLength(source, 'utf8');
  if (bytes > limits.maxQueryBytes) {
    return refuse(`The query document is ${bytes} bytes; the limit is ${limits.maxQueryBytes}`, 'QUERY_TOO_LARGE', { bytes, limit: limits.maxQueryBytes });
  }
  const tokens = countTokens(source, limits.maxTokens);
  if (tokens > limits.maxTokens) {
    return refuse(`The query document has more than ${limits.maxTokens} tokens`, 'QUERY_TOO_MANY_TOKENS', { limit: limits.maxTokens });
  }
  return undefined;
}

/**
 * Most fields one response name may gather in one selection set, fragments flattened.
 * graphql-js's validation (OverlappingFieldsCanBeMerged) compares every pair of them, so a set
 * of hundreds of `balance { ... }` takes it half a second; real documents repeat a name a few
 * times (an `id` in several fragments).
 */
export const MAX_FIELDS_PER_RESPONSE_NAME = 20;

export interface DocumentShape {
  aliases: number;
  directives: number;
  /** Most fields of one response name in one selection set, fragments flattened. */
  repeats: number;
  /** Deepest field nesting of any operation, fragments followed (`__typename`, `ofType` not counted). */
  depth: number;
}

/**
 * `__Type.ofType` unwraps one list or non-null wrapper and ends after a few steps whatever is
 * asked; graphql-js's own introspection query nests it eight times, so it adds no depth. (No
 * Stripe type has a field of that name; the operation's cost estimate checks the type.)
 */
export const DEPTHLESS_FIELDS: ReadonlySet<string> = new Set(['ofType']);

/** Aliases and directives as written (each once), and the depth with each fragment measured once. */
export function documentShape(document: DocumentNode): DocumentShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const shape: DocumentShape = { aliases: 0, directives: 0, repeats: 0, depth: 0 };

  // The fields of a set by response name, as validation merges them: each fragment once.
  const repeats = (set: SelectionSetNode): number => {
    const names = new Map<string, number>();
    const visited = new Set<string>();
    const flatten = (inner: SelectionSetNode): void => {
      for (const s of inner.selections) {
        if (s.kind === Kind.FIELD) {
          const name = s.alias?.value ?? s.name.value;
          names.set(name, (names.get(name) ?? 0) + 1);
        } else if (s.kind === Kind.INLINE_FRAGMENT) flatten(s.selectionSet);
        else if (!visited.has(s.name.value)) {
          visited.add(s.name.value);
          const fragment = fragments.get(s.name.value);
          if (fragment) flatten(fragment.selectionSet);
        }
      }
    };
    flatten(set);
    let most = 0;
    for (const n of names.values()) most = Math.max(most, n);
    return most;
  };

  // `merged`: the set is one validation merges on its own (a field's, an operation's, a
  // fragment's), not an inline fragment already flattened into its parent's.
  const count = (set: SelectionSetNode, merged: boolean): void => {
    if (merged) shape.repeats = Math.max(shape.repeats, repeats(set));
    for (const s of set.selections) {
      shape.directives += s.directives?.length ?? 0;
      if (s.kind === Kind.FIELD && s.alias) shape.aliases++;
      if (s.kind !== Kind.FRAGMENT_SPREAD && s.selectionSet) count(s.selectionSet, s.kind === Kind.FIELD);
    }
  };
  // A fragment's depth is known once measured; one still being measured is a cycle (invalid
  // GraphQL, refused by validation) and adds nothing here.
  const fragmentDepth = new Map<string, number>();
  const depth = (set: SelectionSetNode): number => {
    let deepest = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const own = DEPTHLESS_FIELDS.has(s.name.value) ? 0 : 1;
        if (s.name.value !== '__typename') deepest = Math.max(deepest, own + (s.selectionSet ? depth(s.selectionSet) : 0));
      } else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depth(s.selectionSet));
      else {
        const name = s.name.value;
        if (!fragmentDepth.has(name)) {
          fragmentDepth.set(name, 0);
          const fragment = fragments.get(name);
          fragmentDepth.set(name, fragment ? depth(fragment.selectionSet) : 0);
        }
        deepest = Math.max(deepest, fragmentDepth.get(name)!);
      }
    }
    return deepest;
  };

  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION && def.kind !== Kind.FRAGMENT_DEFINITION) continue;
    shape.directives += def.directives?.length ?? 0;
    if (def.kind === Kind.OPERATION_DEFINITION) {
      for (const v of def.variableDefinitions ?? []) shape.directives += v.directives?.length ?? 0;
      shape.depth = Math.max(shape.depth, depth(def.selectionSet));
    }
    count(def.selectionSet, true);
  }
  return shape;
}

/** The error for a parsed document over the alias, directive or depth limit, before validation. */
function checkDocumentShape(document: DocumentNode, limits: DocumentLimits): GraphQLError | undefined {
  const shape = documentShape(document);
  if (shape.aliases > limits.maxAliases) {
    return refuse(`The query has ${shape.aliases} aliases; the limit is ${limits.maxAliases}`, 'QUERY_TOO_MANY_ALIASES', {
      aliases: shape.aliases,
      limit: limits.maxAliases,
    });
  }
  if (shape.directives > limits.maxDirectives) {
    return refuse(`The query has ${shape.directives} directives; the limit is ${limits.maxDirectives}`, 'QUERY_TOO_MANY_DIRECTIVES', {
      directives: shape.directives,
      limit: limits.maxDirectives,
    });
  }
  if (shape.repeats > MAX_FIELDS_PER_RESPONSE_NAME) {
    return refuse(`A selection set of the query has ${shape.repeats} fields of one name; the limit is ${MAX_FIELDS_PER_RESPONSE_NAME}`, 'QUERY_TOO_COMPLEX', {
      fieldsOfOneName: shape.repeats,
      limit: MAX_FIELDS_PER_RESPONSE_NAME,
    });
  }
  if (shape.depth > limits.maxDepth) {
    return refuse(`Query is ${shape.depth} levels deep; the limit is ${limits.maxDepth}`, 'QUERY_TOO_DEEP', { depth: shape.depth, limit: limits.maxDepth });
  }
  return undefined;
}

/**
 * Every document limit, cheapest first: size and tokens on the text, then aliases, directives,
 * repeated names and depth on the syntax tree. A document that does not parse is left to the
 * server's own parser, which reports the syntax error.
 */
export function checkDocument(source: string, limits: DocumentLimits): GraphQLError | undefined {
  const early = checkSource(source, limits);
  if (early) return early;
  let document: DocumentNode;
  try {
    document = parse(source, { noLocation: true, maxTokens: limits.maxTokens });
  } catch {
    return undefined;
  }
  return checkDocumentShape(document, limits);
}
