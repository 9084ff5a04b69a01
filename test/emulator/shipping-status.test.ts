/** The card-shipping test helpers' transitions (ours: Stripe documents each helper's target, not the order). */
import { nextShippingStatus } from '../../src/emulator/behaviours/issuing';

test.each([
  ['submit', 'pending', 'submitted'],
  ['ship', 'pending', 'shipped'],
  ['ship', 'submitted', 'shipped'],
  ['deliver', 'shipped', 'delivered'],
  ['return', 'shipped', 'returned'],
  ['return', 'delivered', 'returned'],
  ['fail', 'pending', 'failure'],
  ['fail', 'submitted', 'failure'],
  ['fail', 'shipped', 'failure'],
])('%s from %s -> %s', (helper, from, to) => {
  expect(nextShippingStatus(helper, from)).toBe(to);
});

test.each([
  ['deliver', 'pending'],
  ['submit', 'shipped'],
  ['ship', 'delivered'],
  ['return', 'pending'],
  ['fail', 'delivered'],
  ['ship', 'returned'],
  ['deliver', 'canceled'],
  ['ship', null],
  ['unknown', 'pending'],
])('%s from %s: refused', (helper, from) => {
  expect(nextShippingStatus(helper, from)).toBeUndefined();
});
