import { acceptsGzip, etagMatches, prefersHtml, routePlaygroundRequest } from '../../src/playground/routes';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const APOLLO_CLIENT_ACCEPT = 'application/graphql-response+json, application/json';

describe('prefersHtml', () => {
  test.each<[string | undefined, boolean]>([
    [BROWSER_ACCEPT, true],
    ['text/html', true],
    ['TEXT/HTML; q=1', true],
    ['application/json, text/html;q=0.5', false],
    ['text/html, application/json', true],
    ['text/html;q=0.9, application/graphql-response+json;q=0.9', true],
    [APOLLO_CLIENT_ACCEPT, false],
    ['*/*', false],
    ['text/*', false],
    ['text/html;q=0', false],
    ['text/html;q=abc', false],
    ['text/html;q=2', false],
    ['', false],
    [undefined, false],
  ])('%j -> %s', (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});

describe('acceptsGzip', () => {
  test.each<[string | undefined, boolean]>([
    ['gzip, deflate, br', true],
    ['br;q=1.0, GZIP;q=0.5', true],
    ['gzip;q=0', false],
    ['deflate, br', false],
    ['*', false],
    ['', false],
    [undefined, false],
  ])('%j -> %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('etagMatches', () => {
  test.each<[string | undefined, boolean]>([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"abcd"', false],
    ['abc', false],
    [undefined, false],
  ])('%j against "abc" -> %s', (header, expected) => {
    expect(etagMatches(header, '"abc"')).toBe(expected);
  });
});

describe('routePlaygroundRequest', () => {
  const assets = new Set(['graphiql.min.js', 'playground.js']);
  const route = (method: string, url: string, accept?: string) => routePlaygroundRequest(method, url, accept, '/graphql', assets);

  test('the root is the page for GET and HEAD, whatever the Accept header', () => {
    expect(route('GET', '/')).toEqual({ kind: 'page' });
    expect(route('HEAD', '/', APOLLO_CLIENT_ACCEPT)).toEqual({ kind: 'page' });
    expect(route('GET', '/?x=1')).toEqual({ kind: 'page' });
  });

  test('the endpoint is the page only for a browser, with or without a query string', () => {
    expect(route('GET', '/graphql', BROWSER_ACCEPT)).toEqual({ kind: 'page' });
    expect(route('GET', '/graphql?query=%7Bx%7D', BROWSER_ACCEPT)).toEqual({ kind: 'page' });
    expect(route('GET', '/graphql', APOLLO_CLIENT_ACCEPT)).toEqual({ kind: 'not-ours' });
    expect(route('GET', '/graphql?query=%7Bx%7D', '*/*')).toEqual({ kind: 'not-ours' });
    expect(route('GET', '/graphql')).toEqual({ kind: 'not-ours' });
    expect(route('POST', '/graphql', BROWSER_ACCEPT)).toEqual({ kind: 'not-ours' });
    expect(route('POST', '/', BROWSER_ACCEPT)).toEqual({ kind: 'not-ours' });
  });

  test('other paths are not ours', () => {
    expect(route('GET', '/graphql/', BROWSER_ACCEPT)).toEqual({ kind: 'not-ours' });
    expect(route('GET', '/health', BROWSER_ACCEPT)).toEqual({ kind: 'not-ours' });
    expect(route('GET', '//graphql', BROWSER_ACCEPT)).toEqual({ kind: 'not-ours' });
    expect(route('GET', '/playground', BROWSER_ACCEPT)).toEqual({ kind: 'not-ours' });
    expect(route('GET', '/playground/assetsgraphiql.min.js')).toEqual({ kind: 'not-ours' });
  });

  test('assets are looked up by their exact raw name', () => {
    expect(route('GET', '/playground/assets/graphiql.min.js')).toEqual({ kind: 'asset', name: 'graphiql.min.js' });
    expect(route('HEAD', '/playground/assets/playground.js?v=123')).toEqual({ kind: 'asset', name: 'playground.js' });
    for (const url of [
      '/playground/assets/',
      '/playground/assets/nope.js',
      '/playground/assets/../../package.json',
      '/playground/assets/%2e%2e/%2e%2e/package.json',
      '/playground/assets/..%2f..%2fpackage.json',
      '/playground/assets/./playground.js',
      '/playground/assets/playground.js/',
      '/playground/assets/playground%2ejs',
      '/playground/assets/PLAYGROUND.JS',
      '/playground/assets/playground.js%00',
      '/playground/assets//etc/passwd',
    ]) {
      expect([url, route('GET', url)]).toEqual([url, { kind: 'unknown-asset' }]);
    }
  });

  test('assets only answer GET and HEAD', () => {
    expect(route('POST', '/playground/assets/playground.js')).toEqual({ kind: 'method-not-allowed' });
    expect(route('DELETE', '/playground/assets/nope')).toEqual({ kind: 'method-not-allowed' });
  });
});
