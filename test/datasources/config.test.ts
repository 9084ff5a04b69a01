import { DEFAULT_CONFIG, configFromEnv, parseApiBase } from '../../src/datasources/config';

describe('configFromEnv', () => {
  it('gives the defaults for an empty environment', () => {
    expect(configFromEnv({})).toEqual(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG.apiBase).toBe('https://api.stripe.com');
  });

  it('reads overrides', () => {
    const config = configFromEnv({
      STRIPE_API_BASE: 'http://127.0.0.1:12111/',
      STRIPE_MAX_RETRIES: '0',
      STRIPE_MAX_IN_FLIGHT: '4',
      STRIPE_HEADERS_TIMEOUT_MS: '1500',
    });
    expect([config.apiBase, config.maxRetries, config.maxInFlightPerCredential, config.headersTimeoutMs]).toEqual(['http://127.0.0.1:12111', 0, 4, 1500]);
  });

  it('names the variable that is malformed', () => {
    expect(() => configFromEnv({ STRIPE_MAX_IN_FLIGHT: '0' })).toThrow('STRIPE_MAX_IN_FLIGHT must be an integer >= 1, got "0"');
    expect(() => configFromEnv({ STRIPE_MAX_RETRIES: 'two' })).toThrow('STRIPE_MAX_RETRIES must be an integer >= 0, got "two"');
    expect(() => configFromEnv({ STRIPE_API_BASE: 'ftp://x' })).toThrow('STRIPE_API_BASE must use http or https, got "ftp://x"');
  });
});

describe('parseApiBase', () => {
  it('keeps a path prefix and drops trailing slashes', () => {
    expect(parseApiBase('http://localhost:8080/stripe/')).toBe('http://localhost:8080/stripe');
  });
  it('refuses credentials and queries in the URL without echoing them', () => {
    expect(() => parseApiBase('https://user:sk_test_1@api.stripe.com')).toThrow(
      'apiBase must not carry credentials, a query or a fragment, got "https://api.stripe.com"',
    );
    expect(() => parseApiBase('not a url')).toThrow('apiBase must be an absolute http(s) URL, got "not a url"');
  });
});
