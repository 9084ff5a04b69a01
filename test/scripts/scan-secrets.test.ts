import { findSecrets } from '../../scripts/scan-secrets';

describe('findSecrets', () => {
  it('finds unredacted secrets, and shows only their first characters', () => {
    const text = [
      '{"msg":"key sk_test_abcdef123456 leaked"}',
      'rk_live_ZZZZZZZZ and whsec_abcdefgh',
      'pi_123_secret_abcdefgh',
      'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXYifQ.c2lnbmF0dXJlX2hlcmU',
    ].join('\n');
    expect(findSecrets(text, 'f')).toEqual([
      { file: 'f', line: 1, kind: 'Stripe key', preview: 'sk_test_ab...' },
      { file: 'f', line: 2, kind: 'Stripe key', preview: 'rk_live_ZZ...' },
      { file: 'f', line: 2, kind: 'webhook secret', preview: 'whsec_abcd...' },
      { file: 'f', line: 3, kind: 'client secret', preview: '_secret_ab...' },
      { file: 'f', line: 4, kind: 'JWT', preview: 'eyJhbGciOi...' },
    ]);
  });

  it('passes redacted text and look-alikes', () => {
    const text = 'sk_test_[REDACTED] Bearer [REDACTED] whsec_[REDACTED] pi_1_secret_[REDACTED] sk_test_ab pk_test_publishable123';
    expect(findSecrets(text, 'f')).toEqual([]);
  });
});
