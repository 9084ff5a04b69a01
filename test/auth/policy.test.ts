import { authorize, baseScope, parsePolicy, type OperationFacts, type Policy } from '../../src/auth/policy';
import type { Caller } from '../../src/auth/caller';

const caller = (over: Partial<Caller>): Caller => ({ sub: 's', stripeAccount: undefined, role: undefined, scopes: new Set(['read', 'write']), ...over });
const facts = (over: Partial<OperationFacts>): OperationFacts => ({
  kind: 'query',
  rootFields: [{ name: 'accounts', domain: 'Connect' }],
  accounts: [],
  headerAccount: undefined,
  ...over,
});
const platform = caller({ role: 'platform' });
const connected = caller({ stripeAccount: 'acct_A' });

test('baseScope: read for queries, write for mutations', () => {
  expect([baseScope('query'), baseScope('mutation'), baseScope('subscription')]).toEqual(['read', 'write', 'read']);
});

describe('authorize without a policy', () => {
  test('a caller with neither platform role nor account is refused', () => {
    expect(authorize(caller({}), facts({}), undefined)).toBe(
      'This caller may act neither for the platform (gateway_role) nor for a connected account (stripe_account)',
    );
  });
  test('scopes: read for queries, write for mutations', () => {
    const readOnly = caller({ role: 'platform', scopes: new Set(['read']) });
    expect(authorize(readOnly, facts({}), undefined)).toBeUndefined();
    expect(authorize(readOnly, facts({ kind: 'mutation', rootFields: [{ name: 'createCustomer', domain: 'Referenced' }] }), undefined)).toBe(
      'A mutation needs the "write" scope, which this caller lacks',
    );
    expect(authorize(caller({ role: 'platform', scopes: new Set(['write']) }), facts({}), undefined)).toBe(
      'A query needs the "read" scope, which this caller lacks',
    );
  });
  test('a connected-account caller may name only its own account, by header or asConnectedAccount', () => {
    expect(authorize(connected, facts({ headerAccount: 'acct_A', accounts: ['acct_A'] }), undefined)).toBeUndefined();
    expect(authorize(connected, facts({ headerAccount: 'acct_B' }), undefined)).toBe('This caller acts only as its own connected account, not as acct_B');
    expect(authorize(connected, facts({ accounts: ['acct_A', 'acct_C'] }), undefined)).toBe(
      'This caller acts only as its own connected account, not as acct_C',
    );
  });
  test('a platform caller may name any account', () => {
    expect(authorize(platform, facts({ headerAccount: 'acct_B', accounts: ['acct_C'] }), undefined)).toBeUndefined();
  });
});

describe('authorize with a policy', () => {
  const policy: Policy = parsePolicy({
    rules: [
      { domain: 'identity', operation: 'mutation', scope: 'identity:write' },
      { field: 'createTransfer', role: 'platform' },
      { field: 'balance', scope: 'balance:read' },
    ],
  });
  const identityMutation = facts({ kind: 'mutation', rootFields: [{ name: 'createIdentityVerificationSession', domain: 'Identity' }] });
  test('a domain rule adds its scope to the mutations of that domain only', () => {
    expect(authorize(platform, identityMutation, policy)).toBe('createIdentityVerificationSession needs the "identity:write" scope, which this caller lacks');
    expect(authorize(caller({ role: 'platform', scopes: new Set(['read', 'write', 'identity:write']) }), identityMutation, policy)).toBeUndefined();
    expect(authorize(platform, facts({ rootFields: [{ name: 'identityVerificationSessions', domain: 'Identity' }] }), policy)).toBeUndefined();
  });
  test('a field rule by role', () => {
    const transfer = facts({ kind: 'mutation', rootFields: [{ name: 'createTransfer', domain: 'Connect' }] });
    expect(authorize(connected, transfer, policy)).toBe('createTransfer is for platform callers only');
    expect(authorize(platform, transfer, policy)).toBeUndefined();
  });
  test('every root field is checked, inside asConnectedAccount too (the facts list them all)', () => {
    expect(
      authorize(
        platform,
        facts({
          rootFields: [
            { name: 'accounts', domain: 'Connect' },
            { name: 'balance', domain: 'Referenced' },
          ],
        }),
        policy,
      ),
    ).toBe('balance needs the "balance:read" scope, which this caller lacks');
  });
});

describe('parsePolicy', () => {
  test.each([
    [null, 'the policy must be an object with a "rules" array'],
    [{ rules: {} }, 'the policy must be an object with a "rules" array'],
    [{ rules: [1] }, 'rules[0] must be an object'],
    [{ rules: [{ field: 'a', scope: 'x', extra: 1 }] }, 'rules[0] has an unknown key "extra"'],
    [{ rules: [{ scope: 'x' }] }, 'rules[0] needs exactly one of "field" or "domain"'],
    [{ rules: [{ field: 'a', domain: 'b', scope: 'x' }] }, 'rules[0] needs exactly one of "field" or "domain"'],
    [{ rules: [{ field: 'a' }] }, 'rules[0] needs a "scope" or a "role"'],
    [{ rules: [{ field: 'a', scope: 'a b' }] }, 'rules[0].scope must be a non-empty string without spaces'],
    [{ rules: [{ field: 'a', scope: 'x', operation: 'subscription' }] }, 'rules[0].operation must be "query" or "mutation"'],
    [{ rules: [{ field: 'a', role: 'admin' }] }, 'rules[0].role must be "platform"'],
  ])('%j: %s', (value, message) => expect(() => parsePolicy(value)).toThrow(new Error(message)));
});
