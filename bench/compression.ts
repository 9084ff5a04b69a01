/**
 * Answer sizes on the wire: the same GraphQL answer asked for with no Accept-Encoding, with
 * gzip, and with brotli, from the gateway process (compression at its default settings). The
 * decoded bodies must be byte-identical, or the figure is void. Sizes only: no timings here.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { getIntrospectionQuery } from 'graphql';
import { request } from 'undici';
import type { BenchFixture } from './fixture';
import { OPERATIONS, type GraphQLCall } from './operations';

export interface CompressionResult {
  answer: string;
  identityBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

async function fetchBytes(url: string, call: GraphQLCall, acceptEncoding: string): Promise<{ bytes: Buffer; encoding: string }> {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
    body: JSON.stringify(call),
  });
  const bytes = Buffer.from(await response.body.arrayBuffer());
  if (response.statusCode !== 200) throw new Error(`compression bench: HTTP ${response.statusCode}: ${bytes.toString('utf8').slice(0, 200)}`);
  return { bytes, encoding: String(response.headers['content-encoding'] ?? 'identity') };
}

async function measureOne(url: string, answer: string, call: GraphQLCall): Promise<CompressionResult> {
  const plain = await fetchBytes(url, call, 'identity');
  const gzip = await fetchBytes(url, call, 'gzip');
  const brotli = await fetchBytes(url, call, 'br');
  if (gzip.encoding !== 'gzip' || brotli.encoding !== 'br') throw new Error(`compression bench: ${answer} came back as ${gzip.encoding} / ${brotli.encoding}`);
  if (!gunzipSync(gzip.bytes).equals(plain.bytes) || !brotliDecompressSync(brotli.bytes).equals(plain.bytes)) {
    throw new Error(`compression bench: ${answer} does not decode to the uncompressed answer`);
  }
  return { answer, identityBytes: plain.bytes.length, gzipBytes: gzip.bytes.length, brotliBytes: brotli.bytes.length };
}

/** Twenty accounts, each with its persons, capabilities, external accounts and requirements. */
const ACCOUNTS_NESTED = `{ accounts(first: 20) { nodes { id email country businessProfile { name url mcc }
  requirements { currentlyDue eventuallyDue pastDue disabledReason }
  persons(first: 10) { nodes { id firstName lastName email relationship { representative owner title } } }
  capabilities { nodes { id status requested } }
  externalAccounts { nodes { __typename ... on BankAccount { id bankName last4 currency status } ... on Card { id brand last4 expMonth expYear } } } } } }`;

/** The full introspection result (what GraphiQL and codegen download) and nested reads. */
export async function measureCompression(url: string, fx: BenchFixture): Promise<CompressionResult[]> {
  const nested = OPERATIONS.find((o) => o.name === 'nested');
  if (!nested) throw new Error('compression bench: no nested operation');
  return [
    await measureOne(url, 'introspection', { query: getIntrospectionQuery(), variables: {} }),
    await measureOne(url, 'nested', nested.graphql(fx, 0)),
    await measureOne(url, '20 accounts nested', { query: ACCOUNTS_NESTED, variables: {} }),
  ];
}

export function compressionTable(results: readonly CompressionResult[]): string {
  const kb = (n: number): string => (n / 1024).toFixed(1);
  const pct = (n: number, of: number): string => `${((100 * n) / of).toFixed(1)}%`;
  const rows = results.map(
    (r) =>
      `| ${r.answer} | ${kb(r.identityBytes)} | ${kb(r.gzipBytes)} (${pct(r.gzipBytes, r.identityBytes)}) | ${kb(r.brotliBytes)} (${pct(r.brotliBytes, r.identityBytes)}) |`,
  );
  return ['| answer | uncompressed KiB | gzip KiB (of uncompressed) | brotli KiB (of uncompressed) |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
