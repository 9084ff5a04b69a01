/**
 * The fixed allow-list of files the playground serves, and their loading.
 *
 * Vendor files come from the npm packages installed under the package root (resolved through
 * each package's `package.json`, which all three export), our own from `src/playground/browser/`
 * (found from the package root too, since the compiled file in dist/ has no `browser/` beside
 * it; the production image copies that folder). Everything
 * is read once when the handler is created, so a missing package fails the gateway's start with
 * a clear message instead of a blank page later, and no request ever touches the filesystem.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PACKAGE_ROOT, packagePath } from '../package-root';

export type AssetName =
  'react.production.min.js' | 'react-dom.production.min.js' | 'graphiql.min.js' | 'graphiql.min.css' | 'graphql-ws.min.js' | 'playground.js' | 'playground.css';

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** Where each asset lives: a package and a file inside it, or one of our own files. */
const SOURCES: Record<AssetName, { pkg: string; file: string } | { own: string }> = {
  // React 18 is the last major with UMD builds; GraphiQL 3's UMD bundle reads `window.React`.
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css' },
  // The subscriptions client: its UMD build defines window.graphqlWs.
  'graphql-ws.min.js': { pkg: 'graphql-ws', file: 'umd/graphql-ws.min.js' },
  'playground.js': { own: 'playground.js' },
  'playground.css': { own: 'playground.css' },
};

/** Script order matters: React, then ReactDOM, then GraphiQL (which reads both), then ours. */
export const SCRIPT_ORDER: readonly AssetName[] = [
  'react.production.min.js',
  'react-dom.production.min.js',
  'graphiql.min.js',
  'graphql-ws.min.js',
  'playground.js',
];
export const STYLE_ORDER: readonly AssetName[] = ['graphiql.min.css', 'playground.css'];

export interface Asset {
  readonly name: AssetName;
  readonly contentType: string;
  readonly body: Buffer;
  /** First 16 hex digits of the body's SHA-256: the ETag and the `?v=` cache-buster. */
  readonly version: string;
  /** Gzipped body, made on first use and kept. */
  gzipped(): Buffer;
}

class PlaygroundAssetError extends Error {
  readonly code = 'PLAYGROUND_ASSET_MISSING';
}

export function loadAssets(): ReadonlyMap<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of Object.keys(SOURCES) as AssetName[]) {
    assets.set(name, loadAsset(name));
  }
  return assets;
}

function loadAsset(name: AssetName): Asset {
  const source = SOURCES[name];
  const path = 'own' in source ? packagePath('src', 'playground', 'browser', source.own) : packageFile(source.pkg, source.file);
  let body: Buffer;
  try {
    body = readFileSync(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PlaygroundAssetError(`playground asset ${name} cannot be read from ${path}: ${reason}`);
  }
  const version = createHash('sha256').update(body).digest('hex').slice(0, 16);
  let gzipped: Buffer | undefined;
  return {
    name,
    contentType: name.endsWith('.css') ? CSS : JS,
    body,
    version,
    gzipped: () => (gzipped ??= gzipSync(body)),
  };
}

function packageFile(pkg: string, file: string): string {
  let manifest: string;
  try {
    manifest = require.resolve(`${pkg}/package.json`, { paths: [PACKAGE_ROOT] });
  } catch {
    throw new PlaygroundAssetError(`playground needs the npm package "${pkg}"; run npm ci`);
  }
  return join(dirname(manifest), file);
}
