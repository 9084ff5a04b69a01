/**
 * The document limits as pure functions: exact counts and codes.
 */
import { parse } from 'graphql';
import { checkDocument, countTokens, documentShape, MAX_FIELDS_PER_RESPONSE_NAME, type DocumentLimits } from '../../src/plugins/document-limits';

const limits: DocumentLimits = { maxQueryBytes: 200, maxTokens: 40, maxAliases: 2, maxDirectives: 2, maxDepth: 3 };
const codeOf = (source: string): unknown => checkDocument(source, limits)?.extensions.code;

test('tokens: punctuation, names and values count; comments and commas do not', () => {
  expect(countTokens(`{ a(b: "c") { d } }`, 100)).toBe(11);
  expect(countTokens('# note\n{ a, b }', 100)).toBe(4);
  // Counting stops one past the limit: enough to refuse, no more work than that.
  expect(countTokens('{ a b c d e f }', 3)).toBe(4);
  // What the lexer cannot read is left to the parser's own error.
  expect(countTokens('{ a "unterminated', 100)).toBe(2);
});

test('shape: aliases and directives as written; depth with fragments followed', () => {
  const doc = parse(`
    query Q($x: Boolean = true @deprecated) @a { a: account { ...F @include(if: $x) } b: balance { object } }
    fragment F on Account { c: persons { nodes { id } } }
  `);
  expect(documentShape(doc)).toEqual({ aliases: 3, directives: 3, repeats: 1, depth: 4 });
});

test('shape: __typename and ofType add no depth; a fragment cycle is measured without looping', () => {
  expect(documentShape(parse('{ a { __typename } }')).depth).toBe(1);
  expect(documentShape(parse('{ __type(name: "X") { ofType { ofType { ofType { name } } } } }')).depth).toBe(2);
  expect(documentShape(parse('{ ...A } fragment A on Query { a { ...B } } fragment B on T { b { ...A } }')).depth).toBe(2);
});

test('shape: fields of one response name in one set, each fragment flattened once', () => {
  expect(documentShape(parse('{ a a b { c c c } ...F ...F } fragment F on Q { a }')).repeats).toBe(3);
  expect(documentShape(parse('{ x: a y: a a }')).repeats).toBe(1);
});

test('each limit, one over: its own code; at the limit: no error', () => {
  expect(checkDocument('{ a: x b: y c { d { e } } }', limits)).toBeUndefined();
  expect(codeOf(`{ a } # ${'x'.repeat(200)}`)).toBe('QUERY_TOO_LARGE');
  // Bytes, not characters: 67 three-byte characters are 201 bytes.
  expect(codeOf(`# ${'€'.repeat(66)}\n{a}`)).toBe('QUERY_TOO_LARGE');
  expect(codeOf(`{ ${'a '.repeat(39)}}`)).toBe('QUERY_TOO_MANY_TOKENS');
  expect(codeOf('{ a: x b: y c: z }')).toBe('QUERY_TOO_MANY_ALIASES');
  expect(codeOf('{ a @x @y @z }')).toBe('QUERY_TOO_MANY_DIRECTIVES');
  expect(codeOf('{ a { b { c { d } } } }')).toBe('QUERY_TOO_DEEP');
  expect(checkDocument(`{ ${'__typename '.repeat(MAX_FIELDS_PER_RESPONSE_NAME + 1)}}`, { ...limits, maxTokens: 100, maxQueryBytes: 1000 })?.extensions).toEqual(
    {
      code: 'QUERY_TOO_COMPLEX',
      fieldsOfOneName: 21,
      limit: 20,
      http: { status: 400 },
    },
  );
  // Not parseable: no verdict here, the parser reports it.
  expect(checkDocument('{ a', limits)).toBeUndefined();
});
