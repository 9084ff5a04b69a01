import { notLoadable, notServedMessage } from '../../src/shared/errors';

test('a reference the graph does not serve says the limit is the graph’s and where the id is', () => {
  expect(notServedMessage(['Customer'], '"cus_123"', 'customerId')).toBe(
    'This graph does not serve Customer objects, so "cus_123" cannot be loaded through it; the id is in customerId',
  );
  expect(notServedMessage(['Application', 'Customer'], '"x_1"', 'ownerIds')).toBe(
    'This graph does not serve Application or Customer objects, so "x_1" cannot be loaded through it; the id is in ownerIds',
  );
  expect(notServedMessage([], '"zz_1"', undefined)).toBe('This graph does not serve this kind of object, so "zz_1" cannot be loaded through it');
});

test('NOT_LOADABLE carries its code and any extra extensions', () => {
  const error = notLoadable('m', { id: 'cus_123' });
  expect(error.message).toBe('m');
  expect(error.extensions).toEqual({ code: 'NOT_LOADABLE', id: 'cus_123' });
});
