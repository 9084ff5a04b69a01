/**
 * graphql-codegen: the typed client example for frontend teams, from the same SDL the server
 * loads. Regenerate with `npm run codegen` (checked in CI). The resolvers take no generated
 * types: they are built from the metadata at run time, one mechanism for every field, and read
 * the raw Stripe objects the loaders return (see docs/schema.md).
 */
import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

const SCALARS = {
  ID: { input: 'string', output: 'string' },
  Timestamp: { input: 'number', output: 'number' },
  Long: { input: 'number', output: 'number' },
  Decimal: { input: 'string', output: 'string' },
  Metadata: { input: 'Record<string, string>', output: 'Record<string, string>' },
  JSON: { input: 'unknown', output: 'unknown' },
};

const config: CodegenConfig = {
  schema: ['schema/base.graphql', 'schema/generated/*.graphql'],
  overwrite: true,
  // The client preset takes no extra plugins, so the header is stamped after writing.
  hooks: { afterAllFileWrite: ['node scripts/codegen-header.js'] },
  generates: {
    // The typed client example for frontend teams: typed documents for the operations in
    // examples/ (the same ones the playground offers), used by examples/client/*.ts. Each
    // document carries its hash, and persisted-documents.json (hash -> text) is the manifest a
    // gateway loads with GATEWAY_TRUSTED_DOCUMENTS; plain hex sha256 of the text (the preset's
    // own 'sha256' prefixes `sha256:`), so the id is also Apollo's APQ hash of that text.
    'examples/client/gql/': {
      preset: 'client',
      documents: ['examples/*.graphql'],
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: sha256Hex } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: SCALARS,
      },
    },
  },
};

export default config;
