/**
 * The playground's HTML page: a pure function of the configuration and the asset versions.
 *
 * The page references only files under /playground/assets/ and talks only to the GraphQL
 * endpoint, which is same-origin by construction (`endpoint` must be a path). The CSP below
 * makes the browser refuse anything else, so a stray external URL in a vendor bundle cannot load.
 * Nothing from the request (headers, query string) is ever written into the page: the Stripe key
 * lives in the browser only and the server never sees it here.
 */
import type { Asset } from './assets';
import { SCRIPT_ORDER, STYLE_ORDER } from './assets';
import { ASSET_PREFIX } from './routes';

export interface PlaygroundExample {
  /** Shown in the examples list; unique. */
  name: string;
  /** The GraphQL document, as in `examples/*.graphql`. */
  query: string;
  /** The variables as JSON text, shown in the variables editor. */
  variables?: string;
  /** HTTP headers as JSON text (a connected account's Stripe-Account), shown in the headers editor. */
  headers?: string;
}

/** What the browser script receives, as JSON inside the page. */
export interface PageConfig {
  endpoint: string;
  embeddedMode: boolean;
  examples: PlaygroundExample[];
}

/**
 * Same-origin only. `'unsafe-inline'` for styles because GraphiQL's dialogs (Radix, via
 * react-remove-scroll) insert `<style>` elements; that permits no network access. Fonts and
 * icons in graphiql.min.css are `data:` URLs. No `'unsafe-eval'`: none of the bundles needs it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function renderPlaygroundPage(config: PageConfig, assets: ReadonlyMap<string, Asset>): string {
  const url = (name: string): string => {
    const asset = assets.get(name);
    if (asset === undefined) throw new Error(`playground asset ${name} is not loaded`);
    return `${ASSET_PREFIX}${name}?v=${asset.version}`;
  };
  const styles = STYLE_ORDER.map((name) => `  <link rel="stylesheet" href="${url(name)}">`).join('\n');
  const scripts = SCRIPT_ORDER.map((name) => `  <script src="${url(name)}" defer></script>`).join('\n');
  // The credential is kept for the tab only (sessionStorage): a shared machine keeps nothing.
  const keyBar = config.embeddedMode
    ? `<span class="pg-mode" id="pg-mode">Embedded emulator: no Stripe key needed</span>`
    : [
        `<label class="pg-key-label" for="pg-key">Stripe key or token</label>`,
        `<input id="pg-key" class="pg-key" type="password" autocomplete="off" spellcheck="false" placeholder="sk_test_... or a gateway token">`,
        `<button id="pg-forget" class="pg-button" type="button">Forget</button>`,
        `<span id="pg-key-status" class="pg-key-status" role="status"></span>`,
      ].join('\n    ');
  // Where a refused credential (401, 403) is explained, in every mode: a header typed in the
  // editor can be refused too.
  const authStatus = `<span id="pg-auth-status" class="pg-auth-status" role="alert"></span>`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="referrer" content="no-referrer">
  <title>Stripe Graph Gateway playground</title>
  <link rel="icon" href="data:,">
${styles}
</head>
<body>
  <header class="pg-bar">
    <strong class="pg-title">Stripe Graph Gateway</strong>
    ${keyBar}
    ${authStatus}
  </header>
  <main id="graphiql" class="pg-graphiql">Loading the playground...</main>
  <noscript>The playground needs JavaScript. The GraphQL endpoint is ${escapeHtml(config.endpoint)}.</noscript>
  <script id="pg-config" type="application/json">${jsonForScript(config)}</script>
${scripts}
</body>
</html>
`;
}

/**
 * JSON that is safe inside a `<script>` element: `<`, `>` and `&` are escaped so no example text
 * can close the element, and U+2028/U+2029 so the text is also valid JavaScript.
 */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
