/**
 * Serves the web example: index.html and app.js (app.ts bundled with esbuild, in memory), on
 * its own origin, so the page calls the gateway cross-origin as a deployed web app would.
 *
 *   CORS_ORIGINS=http://127.0.0.1:5173 \
 *   GATEWAY_TRUSTED_DOCUMENTS=examples/client/gql/persisted-documents.json \
 *   GATEWAY_TRUSTED_DOCUMENTS_MODE=only npm start
 *   npm run web-example            (then open http://127.0.0.1:5173)
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { build } from 'esbuild';

export interface RunningWebExample {
  /** The page's origin, e.g. http://127.0.0.1:5173 */
  origin: string;
  close(): Promise<void>;
}

/** app.ts and what it imports, as one script for the browser. */
export async function bundleApp(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'app.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no bundle');
  return file.text;
}

export async function startWebExample(port = 5173, host = '127.0.0.1'): Promise<RunningWebExample> {
  const files: Record<string, { type: string; body: string }> = {
    '/': { type: 'text/html; charset=utf-8', body: fs.readFileSync(path.join(__dirname, 'index.html'), 'utf8') },
    '/app.js': { type: 'text/javascript; charset=utf-8', body: await bundleApp() },
  };
  const server = http.createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://page').pathname];
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (require.main === module) {
  startWebExample(Number(process.env.PORT ?? 5173))
    .then((page) => console.log(`web example on ${page.origin}/?gateway=${encodeURIComponent(process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql')}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
