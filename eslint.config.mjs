// ESLint (flat config): typescript-eslint's strict type-checked rules over every hand-written
// file, plus an import-cycle check. `npm run lint` runs it with Prettier's check and knip.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    // Written by tools: the build, codegen (`npm run codegen`), the generator (`npm run generate`),
    // the test run and the benchmark.
    'dist/',
    'coverage/',
    'test-artifacts/',
    'src/generated/',
    'schema/generated/',
    'examples/client/gql/',
    'bench/results/',
    // Hand-written generator input in the `stripe` package's own declaration style (namespaces,
    // `declare class`), read as text by scripts/generate; checked by tsc (schema/preview/README.md).
    'schema/preview/',
  ]),

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each file is checked with the tsconfig that includes it: ./tsconfig.json, or
        // examples/web/tsconfig.json for the browser page script (it needs the DOM).
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },

  // Where a strict rule fights a deliberate pattern of this code base.
  {
    rules: {
      // Numbers in messages, logs and URLs (`port ${port}`, `${ms} ms`) are the point of a
      // template; anything else (objects, undefined, never) stays an error.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // A one-line arrow that calls a void function (`() => resolve()`, `(socket) =>
      // socket.destroy()`) is a callback, not a confusing value; `return reply(res, 404)` in a
      // function that itself returns nothing ends a handler in one line. The rule still flags
      // void values used anywhere else.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true }],
      // tsconfig's noUncheckedIndexedAccess types every index, regex group and `shift()` as
      // possibly undefined; a `!` marks a lookup the code has just made safe (a length check, a
      // group of a pattern that matched, `Map.get` after `set`). Rewriting each as a runtime
      // check would add branches that cannot run.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The interfaces implemented here return promises (Apollo's plugin hooks and context
      // function, AsyncIterator's `return`, the event bus): an `async` method without `await` is
      // how a synchronous body satisfies them.
      '@typescript-eslint/require-await': 'off',
      // A type parameter only in the return type names the shape a caller expects from the DOM or
      // from JSON (`element<HTMLInputElement>('key')`, `e2e.rest<List>(...)`): one typed cast.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      // Omitting keys by destructuring (`const { secret: _secret, ...rest } = value`).
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // Tests read the JSON the servers answer as loosely typed values and assert exact values on
  // them: a wrong shape fails the assertion, which is what the type rules would have caught.
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },

  // The emulator keeps what requests sent (form values and JSON, checked against the metadata)
  // as `unknown` and stores and compares their scalars as strings, as Stripe does: String() of
  // those values is the intent, and the objects among them are told apart before.
  {
    files: ['src/emulator/**/*.ts'],
    rules: {
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },

  // Import cycles: layers point one way (docs/architecture.md). Tests are left out: nothing
  // imports a test, so a test is never part of a cycle, and following their imports costs time.
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'examples/**/*.ts', 'schema/**/*.ts', 'codegen.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },

  // Plain JavaScript is outside the TypeScript projects: no type information for it.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // Node's CommonJS files: the build script, the codegen hook, Jest's config, the bench's probe and bare proxy.
  {
    files: ['scripts/**/*.js', 'jest.config.js', 'bench/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['eslint.config.mjs'],
    languageOptions: { globals: globals.node },
  },
  // The playground's browser side: a plain script served as is, after the UMD bundles that
  // define window.React, ReactDOM, GraphiQL and graphqlWs.
  {
    files: ['src/playground/browser/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser, React: 'readonly', ReactDOM: 'readonly', GraphiQL: 'readonly', graphqlWs: 'readonly' },
    },
  },
);
