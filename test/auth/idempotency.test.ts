import { callerNamespace, idempotencyKeyFor, MAX_CLIENT_KEY_LENGTH } from '../../src/auth/idempotency';

test('callerNamespace: 18 characters, stable per caller, distinct between callers, not the caller id', () => {
  const a = callerNamespace('app-a');
  expect(a).toMatch(/^c[A-Za-z0-9_-]{16}\.$/);
  expect(callerNamespace('app-a')).toBe(a);
  expect(callerNamespace('app-b')).not.toBe(a);
  expect(a).not.toContain('app');
  expect(MAX_CLIENT_KEY_LENGTH).toBe(237);
});

test('idempotencyKeyFor: the client key, or a generated one, inside the caller namespace', () => {
  expect(idempotencyKeyFor('app-a', 'order-42')).toBe(`${callerNamespace('app-a')}order-42`);
  expect(idempotencyKeyFor('app-b', 'order-42')).not.toBe(idempotencyKeyFor('app-a', 'order-42'));
  expect(idempotencyKeyFor('app-a', undefined, () => 'generated')).toBe(`${callerNamespace('app-a')}generated`);
});
