import { callerFromClaims, keyCaller } from '../../src/auth/caller';

describe('callerFromClaims', () => {
  test('sub, stripe_account, gateway_role and space-separated scope', () => {
    expect(callerFromClaims({ sub: 'app-1', stripe_account: 'acct_123', scope: 'read  write identity:write' })).toEqual({
      sub: 'app-1',
      stripeAccount: 'acct_123',
      role: undefined,
      scopes: new Set(['read', 'write', 'identity:write']),
    });
    expect(callerFromClaims({ sub: 'ops', gateway_role: 'platform' })).toEqual({ sub: 'ops', stripeAccount: undefined, role: 'platform', scopes: new Set() });
  });
  test.each([
    [{}, 'The token needs a sub claim of up to 200 visible ASCII characters'],
    [{ sub: 'a b' }, 'The token needs a sub claim of up to 200 visible ASCII characters'],
    [{ sub: 'x'.repeat(201) }, 'The token needs a sub claim of up to 200 visible ASCII characters'],
    [{ sub: 'a', stripe_account: 'cus_1' }, 'The stripe_account claim must be a connected account id (acct_...)'],
    [{ sub: 'a', gateway_role: 'admin' }, 'The gateway_role claim, when present, must be "platform"'],
    [{ sub: 'a', scope: ['read'] }, 'The scope claim must be a space-separated string'],
  ])('%j is refused', (claims, invalid) => expect(callerFromClaims(claims)).toEqual({ invalid }));
});

test('keyCaller: a fingerprint id, never the key; full scopes; the key kept for the upstream call', () => {
  const caller = keyCaller('sk_test_abc');
  expect(caller.sub).toMatch(/^key:[A-Za-z0-9_-]{16}$/);
  expect(caller.sub).not.toContain('abc');
  expect(caller).toEqual({ sub: caller.sub, stripeAccount: undefined, role: 'platform', scopes: new Set(['read', 'write']), ownKey: 'sk_test_abc' });
  expect(keyCaller('sk_test_abd').sub).not.toBe(caller.sub);
});
