import { numberScalar } from '../../scripts/generate/classify';

const EPOCH = 'Time at which the object was created. Measured in seconds since the Unix epoch.';

describe('numberScalar', () => {
  it.each([
    // Timestamps: by name plus a doc that says so, or `created` on its own.
    ['created', EPOCH, 'Timestamp'],
    ['created', '', 'Timestamp'],
    ['expires_at', 'The timestamp at which this session expires.', 'Timestamp'],
    ['requested_at', 'Time at which the capability was requested. Measured in seconds since the Unix epoch.', 'Timestamp'],
    ['current_deadline', 'Date by which the fields in `currently_due` must be collected. Unix timestamp.', 'Timestamp'],
    // Any name whose doc speaks of epoch seconds, unless it names an amount, count or duration.
    ['available_on', 'Date the funds are expected to become available. Measured in seconds since the Unix epoch.', 'Timestamp'],
    ['amount', 'Amount in cents, computed at the Unix timestamp of creation.', 'Long'],
    ['days_until_due', 'Number of days after the Unix epoch timestamp.', 'Long'],
    // Amounts and other integers: Long, so a value past 2^31 cannot overflow.
    ['amount', 'Amount in cents (or local equivalent).', 'Long'],
    ['amount_reversed', 'Amount in cents reversed.', 'Long'],
    ['available', 'The funds available to the account holder.', 'Long'],
    ['exp_month', 'Two-digit number representing the card’s expiration month.', 'Long'],
    ['count', '', 'Long'],
    // Fractions: Float.
    ['percent_off', 'Percent that will be taken off the subtotal.', 'Float'],
    ['percentage', '', 'Float'],
    ['exchange_rate', '', 'Float'],
    ['latitude', '', 'Float'],
    ['longitude', '', 'Float'],
    ['risk_score', '', 'Float'],
    ['fee', 'The fee, as a percentage of the amount.', 'Float'],
    ['multiplier', 'A multiplier applied to the rate.', 'Float'],
  ] as const)('%s (%j) -> %s', (name, doc, expected) => {
    expect(numberScalar(name, doc)).toBe(expected);
  });
});

/**
 * Known generator bugs (scripts/generate/classify.ts). These fail until it is fixed; the values
 * are Stripe's own doc strings from the pinned package.
 */
describe('numberScalar on real Stripe docs', () => {
  const CHARGE_AMOUNT =
    'Amount intended to be collected by this payment. A positive integer representing how much to charge in the ' +
    '[smallest currency unit](https://docs.stripe.com/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100 to ' +
    'charge ¥100, a zero-decimal currency).';

  // `zero-decimal` in the currencies link and `rate` in prose match FRACTION_DOC, so integer
  // amounts become Float (56 output fields, Charge.amount and IssuingTransaction.amount among them).
  it.each([
    ['amount', CHARGE_AMOUNT],
    [
      'amount',
      'The transaction amount, which will be reflected in your balance. This amount is in your currency and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal).',
    ],
    [
      'ending_balance',
      'The total available cash balance for the specified currency after this transaction was applied. Represented in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal).',
    ],
    ['amount', 'Amount of tax applied for this rate.'],
    ['interval_count', 'The multiplier applied to the interval.'],
  ])('an integer amount or count %s (%j) is Long', (name, doc) => {
    expect(numberScalar(name, doc)).toBe('Long');
  });

  it('keeps a documented percentage Float', () => {
    expect(
      numberScalar(
        'amount_percent',
        'A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice total.',
      ),
    ).toBe('Float');
  });

  // TIMESTAMP_NAME only counts when the doc also says "Unix epoch"/"timestamp"; most `_at` and
  // `_date` fields say "The time ..." or "Date ..." instead (89 output fields stay Long).
  it.each([
    ['shipped_at', 'The time the card was reported as shipped. Null if Stripe has not recorded a shipment time.'],
    ['canceled_at', 'Date when order was canceled.'],
    ['expires_at', "The file expires and isn't available at this time in epoch seconds."],
    ['expected_availability_date', 'Date the funds are expected to arrive in your Stripe account for payouts.'],
    ['expected_arrival_date', 'The date when funds are expected to arrive in the destination account.'],
    ['effective_at', "When the TransactionEntry will impact the FinancialAccount's balance."],
  ])('a Stripe time field %s (%j) is Timestamp', (name, doc) => {
    expect(numberScalar(name, doc)).toBe('Timestamp');
  });
});
