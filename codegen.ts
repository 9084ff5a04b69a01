/**
 * graphql-codegen: resolver types for the hand-written parts of the gateway, from the same SDL
 * the server loads. Parents are the raw Stripe objects (snake_case, as the REST API sends them),
 * not the GraphQL shapes, because resolvers receive what Stripe returned; the context is the
 * per-request GatewayContext. Regenerate with `npm run codegen` (checked in CI).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { RestMetadata } from './src/metadata/types';

const metadata = JSON.parse(fs.readFileSync(path.join(__dirname, 'schema', 'generated', 'metadata.json'), 'utf8')) as RestMetadata;

// Every Stripe object type (top-level and nested) is a raw Stripe object to its resolvers. Named
// per type rather than with `defaultMapper`, which would also swallow scalars and enums.
// Connections, edges and PageInfo keep their GraphQL shapes: the gateway builds those itself.
const RAW = '../schema/raw#RawStripeObject';
const mappers = Object.fromEntries(Object.keys(metadata.types).map((name) => [name, RAW]));

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
    'src/generated/graphql.ts': {
      plugins: [
        { add: { content: '// GENERATED FILE, DO NOT EDIT. Regenerate with `npm run codegen` (config: codegen.ts).\n/* eslint-disable */' } },
        'typescript',
        'typescript-resolvers',
      ],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#GatewayContext',
        mappers,
        scalars: SCALARS,
      },
    },
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
