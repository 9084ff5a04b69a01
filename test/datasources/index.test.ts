import { createStripeClientFromEnv } from '../../src/datasources';

describe('createStripeClientFromEnv', () => {
  it('reads the environment and pins the metadata API version', () => {
    const client = createStripeClientFromEnv('2026-10-28.endive', {
      STRIPE_API_BASE: 'http://127.0.0.1:12111',
      STRIPE_MAX_IN_FLIGHT: '4',
    });
    expect([client.apiVersion, client.config.apiBase, client.config.maxInFlightPerCredential]).toEqual([
      '2026-10-28.endive',
      'http://127.0.0.1:12111',
      4,
    ]);
  });

  it('refuses to start without an API version', () => {
    expect(() => createStripeClientFromEnv('', {})).toThrow('StripeClient needs the API version the schema was generated from');
  });
});
