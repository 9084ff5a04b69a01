/**
 * The Issuing, Terminal and Treasury test helpers (`testHelper...` mutations), each through the
 * gateway against the emulator, with the exact state it leaves; balances are read from the
 * emulator's REST API (Stripe's own shape). Each part uses a key of its own, so its demo data
 * starts fresh.
 */
import { startE2E, type E2E, type GraphQLResponse } from './harness';
import { loadExamples } from '../../src/examples';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

type Json = Record<string, unknown>;

/** Runs a document with `key`; fails the test with the errors when there are any. */
async function run(key: string, query: string): Promise<Json> {
  const res = await e2e.gql<Json>(query, { key });
  if (res.errors) throw new Error(`${query}\n${JSON.stringify(res.errors)}`);
  return res.data!;
}

async function firstId(key: string, typeName: string, where: (data: Json) => boolean = () => true): Promise<string> {
  const found = (await e2e.objects(key, typeName)).find((o) => o.scope === '' && !o.hidden && where(o.data ?? {}));
  if (!found?.id) throw new Error(`no ${typeName} in the demo data`);
  return found.id;
}

const errorOf = (res: GraphQLResponse<unknown>) => ({ code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message });

describe('Issuing cards: shipping', () => {
  const KEY = 'sk_test_helpers_shipping';
  let cardholder: string;
  const physicalCard = async (): Promise<string> => {
    const data = await run(
      KEY,
      `mutation { c: createIssuingCard(input: { cardholder: "${cardholder}", currency: "usd", type: PHYSICAL, shipping: { name: "Jenny Rosen", address: { line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" } } }) { id shipping { status } } }`,
    );
    const card = data.c as { id: string; shipping: { status: string } };
    expect(card.shipping.status).toBe('PENDING');
    return card.id;
  };
  beforeAll(async () => {
    cardholder = await firstId(KEY, 'IssuingCardholder');
  });

  test('ship, deliver, return: pending -> shipped -> delivered -> returned, with the times', async () => {
    const id = await physicalCard();
    const ship = await run(KEY, `mutation { r: testHelperShipIssuingCard(id: "${id}") { shipping { status shippedAt deliveredAt } } }`);
    const shipped = (ship.r as { shipping: { status: string; shippedAt: number; deliveredAt: number | null } }).shipping;
    expect(shipped.status).toBe('SHIPPED');
    expect(typeof shipped.shippedAt).toBe('number');
    expect(shipped.deliveredAt).toBeNull();
    const deliver = await run(KEY, `mutation { r: testHelperDeliverIssuingCard(id: "${id}") { shipping { status deliveredAt } } }`);
    expect((deliver.r as { shipping: { status: string; deliveredAt: number } }).shipping.status).toBe('DELIVERED');
    expect(typeof (deliver.r as { shipping: { deliveredAt: number } }).shipping.deliveredAt).toBe('number');
    const ret = await run(KEY, `mutation { r: testHelperReturnIssuingCard(id: "${id}") { shipping { status } } }`);
    expect(ret.r).toEqual({ shipping: { status: 'RETURNED' } });
    // The state is stored, not only answered.
    expect(await run(KEY, `{ issuingCard(id: "${id}") { shipping { status } } }`)).toEqual({ issuingCard: { shipping: { status: 'RETURNED' } } });
  });

  test('submit then fail: pending -> submitted -> failure', async () => {
    const id = await physicalCard();
    expect(await run(KEY, `mutation { r: testHelperSubmitIssuingCard(id: "${id}") { shipping { status } } }`)).toEqual({
      r: { shipping: { status: 'SUBMITTED' } },
    });
    expect(await run(KEY, `mutation { r: testHelperFailIssuingCard(id: "${id}") { shipping { status } } }`)).toEqual({
      r: { shipping: { status: 'FAILURE' } },
    });
  });

  test('a card that was not shipped cannot be delivered; a virtual card has no shipping', async () => {
    const id = await physicalCard();
    const early = await e2e.gql(`mutation { r: testHelperDeliverIssuingCard(id: "${id}") { id } }`, { key: KEY });
    expect(errorOf(early)).toEqual({ code: 'BAD_USER_INPUT', message: "The card's shipping status is pending; it cannot be moved to deliver from there." });
    const virtual = await run(
      KEY,
      `mutation { c: createIssuingCard(input: { cardholder: "${cardholder}", currency: "usd", type: VIRTUAL }) { id shipping { status } } }`,
    );
    const card = virtual.c as { id: string; shipping: null };
    expect(card.shipping).toBeNull();
    const res = await e2e.gql(`mutation { r: testHelperShipIssuingCard(id: "${card.id}") { id } }`, { key: KEY });
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', message: `The card ${card.id} is not a physical card, so it has no shipping to update.` });
  });
});

describe('Issuing authorizations and transactions', () => {
  const KEY = 'sk_test_helpers_authorizations';
  let card: string;
  const AUTH = 'id status approved amount merchantAmount';
  const authorize = async (amount: number, cardId = card): Promise<{ id: string; status: string; approved: boolean; amount: number }> =>
    (await run(KEY, `mutation { a: testHelperCreateIssuingAuthorization(input: { card: "${cardId}", amount: ${amount} }) { ${AUTH} } }`)).a as {
      id: string;
      status: string;
      approved: boolean;
      amount: number;
    };
  beforeAll(async () => {
    const cardholder = await firstId(KEY, 'IssuingCardholder');
    const data = await run(
      KEY,
      `mutation { c: createIssuingCard(input: { cardholder: "${cardholder}", currency: "usd", type: VIRTUAL, status: ACTIVE }) { id status } }`,
    );
    card = (data.c as { id: string }).id;
  });

  test('create, increment, reverse part, capture: the amounts and a capture transaction', async () => {
    const auth = await authorize(5000);
    expect(auth).toEqual({ id: auth.id, status: 'PENDING', approved: true, amount: 5000, merchantAmount: 5000 });
    const inc = await run(
      KEY,
      `mutation { r: testHelperIncrementIssuingAuthorization(id: "${auth.id}", input: { incrementAmount: 1000 }) { status amount merchantAmount } }`,
    );
    expect(inc.r).toEqual({ status: 'PENDING', amount: 6000, merchantAmount: 6000 });
    const rev = await run(KEY, `mutation { r: testHelperReverseIssuingAuthorization(id: "${auth.id}", input: { reverseAmount: 2000 }) { status amount } }`);
    expect(rev.r).toEqual({ status: 'PENDING', amount: 4000 });
    const cap = await run(
      KEY,
      `mutation { r: testHelperCaptureIssuingAuthorization(id: "${auth.id}") { status transactions { type amount authorizationId cardId } } }`,
    );
    expect(cap.r).toEqual({ status: 'CLOSED', transactions: [{ type: 'CAPTURE', amount: -4000, authorizationId: auth.id, cardId: card }] });
    // A closed authorization takes no more helpers.
    const again = await e2e.gql(`mutation { r: testHelperExpireIssuingAuthorization(id: "${auth.id}") { status } }`, { key: KEY });
    expect(errorOf(again)).toEqual({ code: 'BAD_USER_INPUT', message: 'This authorization is closed; only a pending authorization can be used with expire.' });
  });

  test('expire, reverse in full, finalize amount, a refused fraud challenge', async () => {
    const a = await authorize(1000);
    expect(await run(KEY, `mutation { r: testHelperExpireIssuingAuthorization(id: "${a.id}") { status } }`)).toEqual({ r: { status: 'EXPIRED' } });
    const b = await authorize(2500);
    expect(await run(KEY, `mutation { r: testHelperReverseIssuingAuthorization(id: "${b.id}") { status amount } }`)).toEqual({
      r: { status: 'REVERSED', amount: 0 },
    });
    const c = await authorize(4000);
    expect(
      await run(KEY, `mutation { r: testHelperFinalizeIssuingAuthorizationAmount(id: "${c.id}", input: { finalAmount: 3210 }) { status amount } }`),
    ).toEqual({ r: { status: 'PENDING', amount: 3210 } });
    const respond = await run(
      KEY,
      `mutation { r: testHelperRespondIssuingAuthorization(id: "${c.id}", input: { confirmed: false }) { status approved verifiedByFraudChallenge } }`,
    );
    expect(respond.r).toEqual({ status: 'CLOSED', approved: false, verifiedByFraudChallenge: false });
  });

  test('an inactive card declines: the authorization is closed and not approved', async () => {
    const cardholder = await firstId(KEY, 'IssuingCardholder');
    const data = await run(
      KEY,
      `mutation { c: createIssuingCard(input: { cardholder: "${cardholder}", currency: "usd", type: VIRTUAL, status: INACTIVE }) { id } }`,
    );
    const auth = await authorize(700, (data.c as { id: string }).id);
    expect({ status: auth.status, approved: auth.approved }).toEqual({ status: 'CLOSED', approved: false });
  });

  test('refund a capture, force capture and unlinked refund: the transactions', async () => {
    const auth = await authorize(3000);
    const cap = await run(KEY, `mutation { r: testHelperCaptureIssuingAuthorization(id: "${auth.id}") { transactions { id } } }`);
    const captured = (cap.r as { transactions: Array<{ id: string }> }).transactions[0]!.id;
    const refund = await run(
      KEY,
      `mutation { r: testHelperRefundIssuingTransaction(id: "${captured}", input: { refundAmount: 1200 }) { type amount authorizationId cardId } }`,
    );
    expect(refund.r).toEqual({ type: 'REFUND', amount: 1200, authorizationId: auth.id, cardId: card });
    const over = await e2e.gql(`mutation { r: testHelperRefundIssuingTransaction(id: "${captured}", input: { refundAmount: 3001 }) { id } }`, { key: KEY });
    expect(errorOf(over)).toEqual({ code: 'BAD_USER_INPUT', message: 'refund_amount (3001) is greater than the captured amount (3000).' });
    const force = await run(
      KEY,
      `mutation { r: testHelperCreateIssuingTransactionForceCapture(input: { card: "${card}", amount: 700 }) { type amount currency authorizationId } }`,
    );
    expect(force.r).toEqual({ type: 'CAPTURE', amount: -700, currency: 'usd', authorizationId: null });
    const unlinked = await run(
      KEY,
      `mutation { r: testHelperCreateIssuingTransactionUnlinkedRefund(input: { card: "${card}", amount: 300 }) { type amount authorizationId } }`,
    );
    expect(unlinked.r).toEqual({ type: 'REFUND', amount: 300, authorizationId: null });
  });
});

describe('Issuing personalization designs', () => {
  const KEY = 'sk_test_helpers_designs';
  test('activate, deactivate, reject with reasons', async () => {
    const id = await firstId(KEY, 'IssuingPersonalizationDesign');
    expect(await run(KEY, `mutation { r: testHelperDeactivateIssuingPersonalizationDesign(id: "${id}") { status } }`)).toEqual({ r: { status: 'INACTIVE' } });
    expect(await run(KEY, `mutation { r: testHelperActivateIssuingPersonalizationDesign(id: "${id}") { status } }`)).toEqual({ r: { status: 'ACTIVE' } });
    const rejected = await run(
      KEY,
      `mutation { r: testHelperRejectIssuingPersonalizationDesign(id: "${id}", input: { rejectionReasons: { carrierText: [OTHER] } }) { status rejectionReasons { carrierText } } }`,
    );
    expect(rejected.r).toEqual({ status: 'REJECTED', rejectionReasons: { carrierText: ['OTHER'] } });
  });
});

describe('Terminal readers', () => {
  const KEY = 'sk_test_helpers_readers';
  let reader: string;
  beforeAll(async () => {
    reader = await firstId(KEY, 'TerminalReader');
  });

  test('a payment intent in progress, then a presented payment method: in_progress -> succeeded', async () => {
    const started = await run(
      KEY,
      `mutation { r: processTerminalReaderPaymentIntent(id: "${reader}", input: { paymentIntent: "pi_123" }) { action { type status processPaymentIntent { paymentIntentId } } } }`,
    );
    expect(started.r).toEqual({ action: { type: 'PROCESS_PAYMENT_INTENT', status: 'IN_PROGRESS', processPaymentIntent: { paymentIntentId: 'pi_123' } } });
    const presented = await run(KEY, `mutation { r: testHelperPresentTerminalReaderPaymentMethod(id: "${reader}") { action { type status failureCode } } }`);
    expect(presented.r).toEqual({ action: { type: 'PROCESS_PAYMENT_INTENT', status: 'SUCCEEDED', failureCode: null } });
    const twice = await e2e.gql(`mutation { r: testHelperPresentTerminalReaderPaymentMethod(id: "${reader}") { id } }`, { key: KEY });
    expect(errorOf(twice)).toEqual({
      code: 'BAD_USER_INPUT',
      message: `The reader ${reader} cannot take a payment method: its action is process_payment_intent, succeeded.`,
    });
  });

  test('an input collection succeeds, another times out', async () => {
    const collect = `mutation { r: collectTerminalReaderInputs(id: "${reader}", input: { inputs: [{ type: TEXT, customText: { title: "Your name" } }] }) { action { type status } } }`;
    expect(await run(KEY, collect)).toEqual({ r: { action: { type: 'COLLECT_INPUTS', status: 'IN_PROGRESS' } } });
    expect(await run(KEY, `mutation { r: testHelperSucceedTerminalReaderInputCollection(id: "${reader}") { action { status } } }`)).toEqual({
      r: { action: { status: 'SUCCEEDED' } },
    });
    await run(KEY, collect);
    const timedOut = await run(KEY, `mutation { r: testHelperTimeoutTerminalReaderInputCollection(id: "${reader}") { action { status failureCode } } }`);
    expect(timedOut.r).toEqual({ action: { status: 'FAILED', failureCode: 'input_collection_timeout' } });
  });
});

describe('Treasury', () => {
  const KEY = 'sk_test_helpers_treasury';
  let fa: string;
  const balance = async (): Promise<{ cash: number; inbound_pending: number; outbound_pending: number }> => {
    const res = await e2e.rest<{ balance: Record<string, Record<string, number>> }>('GET', `/v1/treasury/financial_accounts/${fa}`, { key: KEY });
    const b = res.body.balance;
    return { cash: b.cash!.usd!, inbound_pending: b.inbound_pending!.usd!, outbound_pending: b.outbound_pending!.usd! };
  };
  const create = async (field: string, extra = ''): Promise<string> =>
    (
      (await run(KEY, `mutation { r: ${field}(input: { financialAccount: "${fa}", amount: 1000, currency: "usd"${extra} }) { id status } }`)).r as {
        id: string;
      }
    ).id;
  beforeAll(async () => {
    fa = await firstId(KEY, 'TreasuryFinancialAccount', (d) => d.status === 'open');
  });

  test('an outbound payment posts: processing -> posted, its transaction posted, the pending amount gone', async () => {
    const id = await create('createTreasuryOutboundPayment');
    const before = await balance();
    const posted = await run(
      KEY,
      `mutation { r: testHelperPostTreasuryOutboundPayment(id: "${id}") { status cancelable statusTransitions { postedAt } transaction { status amount } } }`,
    );
    const r = posted.r as { status: string; cancelable: boolean; statusTransitions: { postedAt: number }; transaction: { status: string; amount: number } };
    expect({ status: r.status, cancelable: r.cancelable, transaction: r.transaction }).toEqual({
      status: 'POSTED',
      cancelable: false,
      transaction: { status: 'POSTED', amount: -1000 },
    });
    expect(typeof r.statusTransitions.postedAt).toBe('number');
    expect(await balance()).toEqual({ ...before, outbound_pending: before.outbound_pending - 1000 });
    // Tracking details only once it is no longer cancelable: set now.
    const tracked = await run(
      KEY,
      `mutation { r: testHelperUpdateTreasuryOutboundPayment(id: "${id}", input: { trackingDetails: { type: ACH, ach: { traceId: "trace_1" } } }) { trackingDetails { type ach { traceId } } } }`,
    );
    expect(tracked.r).toEqual({ trackingDetails: { type: 'ACH', ach: { traceId: 'trace_1' } } });
  });

  test('an outbound payment fails (cash restored) and another is returned (cash back, a return transaction)', async () => {
    const failing = await create('createTreasuryOutboundPayment');
    const early = await e2e.gql(
      `mutation { r: testHelperUpdateTreasuryOutboundPayment(id: "${failing}", input: { trackingDetails: { type: ACH, ach: { traceId: "t" } } }) { id } }`,
      { key: KEY },
    );
    expect(errorOf(early).code).toBe('BAD_USER_INPUT');
    const before = await balance();
    expect(await run(KEY, `mutation { r: testHelperFailTreasuryOutboundPayment(id: "${failing}") { status transaction { status } } }`)).toEqual({
      r: { status: 'FAILED', transaction: { status: 'VOID' } },
    });
    expect(await balance()).toEqual({ ...before, cash: before.cash + 1000, outbound_pending: before.outbound_pending - 1000 });
    const returning = await create('createTreasuryOutboundPayment');
    const mid = await balance();
    const ret = await run(
      KEY,
      `mutation { r: testHelperReturnTreasuryOutboundPayment(id: "${returning}", input: { returnedDetails: { code: ACCOUNT_CLOSED } }) { status returnedDetails { code transaction { amount status } } } }`,
    );
    expect(ret.r).toEqual({ status: 'RETURNED', returnedDetails: { code: 'ACCOUNT_CLOSED', transaction: { amount: 1000, status: 'POSTED' } } });
    expect(await balance()).toEqual({ ...mid, cash: mid.cash + 1000, outbound_pending: mid.outbound_pending - 1000 });
  });

  test('an outbound transfer posts, fails and returns', async () => {
    const a = await create('createTreasuryOutboundTransfer');
    expect(await run(KEY, `mutation { r: testHelperPostTreasuryOutboundTransfer(id: "${a}") { status } }`)).toEqual({ r: { status: 'POSTED' } });
    const again = await e2e.gql(`mutation { r: testHelperFailTreasuryOutboundTransfer(id: "${a}") { status } }`, { key: KEY });
    expect(errorOf(again)).toEqual({ code: 'BAD_USER_INPUT', message: 'This outbound_transfer is posted; fail needs it processing.' });
    expect(await run(KEY, `mutation { r: testHelperReturnTreasuryOutboundTransfer(id: "${a}") { status returnedDetails { code } } }`)).toEqual({
      r: { status: 'RETURNED', returnedDetails: { code: 'DECLINED' } },
    });
    const b = await create('createTreasuryOutboundTransfer');
    expect(await run(KEY, `mutation { r: testHelperFailTreasuryOutboundTransfer(id: "${b}") { status } }`)).toEqual({ r: { status: 'FAILED' } });
    const c = await create('createTreasuryOutboundTransfer');
    const tracked = await e2e.gql(
      `mutation { r: testHelperUpdateTreasuryOutboundTransfer(id: "${c}", input: { trackingDetails: { type: ACH, ach: { traceId: "t" } } }) { id } }`,
      { key: KEY },
    );
    expect(errorOf(tracked).code).toBe('BAD_USER_INPUT');
    await run(KEY, `mutation { r: testHelperPostTreasuryOutboundTransfer(id: "${c}") { status } }`);
    const ok = await run(
      KEY,
      `mutation { r: testHelperUpdateTreasuryOutboundTransfer(id: "${c}", input: { trackingDetails: { type: ACH, ach: { traceId: "trace_2" } } }) { trackingDetails { ach { traceId } } } }`,
    );
    expect(ok.r).toEqual({ trackingDetails: { ach: { traceId: 'trace_2' } } });
  });

  test('an inbound transfer succeeds (pending -> cash), another fails, a succeeded one is returned', async () => {
    const origin = ', originPaymentMethod: "pm_123"';
    const id = await create('createTreasuryInboundTransfer', origin);
    const before = await balance();
    expect(await run(KEY, `mutation { r: testHelperSucceedTreasuryInboundTransfer(id: "${id}") { status transaction { status } } }`)).toEqual({
      r: { status: 'SUCCEEDED', transaction: { status: 'POSTED' } },
    });
    expect(await balance()).toEqual({ ...before, cash: before.cash + 1000, inbound_pending: before.inbound_pending - 1000 });
    const ret = await run(KEY, `mutation { r: testHelperReturnTreasuryInboundTransfer(id: "${id}") { status returned linkedFlows { receivedDebit } } }`);
    const r = ret.r as { status: string; returned: boolean; linkedFlows: { receivedDebit: string } };
    expect({ status: r.status, returned: r.returned }).toEqual({ status: 'SUCCEEDED', returned: true });
    // The money came in and went out again.
    const settled = { ...before, inbound_pending: before.inbound_pending - 1000 };
    expect(await balance()).toEqual(settled);
    const debit = await e2e.rest<Json>('GET', `/v1/treasury/received_debits/${r.linkedFlows.receivedDebit}`, { key: KEY });
    expect({ amount: debit.body.amount, status: debit.body.status }).toEqual({ amount: 1000, status: 'succeeded' });
    const failing = await create('createTreasuryInboundTransfer', origin);
    const failed = await run(
      KEY,
      `mutation { r: testHelperFailTreasuryInboundTransfer(id: "${failing}", input: { failureDetails: { code: INSUFFICIENT_FUNDS } }) { status failureDetails { code } } }`,
    );
    expect(failed.r).toEqual({ status: 'FAILED', failureDetails: { code: 'INSUFFICIENT_FUNDS' } });
    expect(await balance()).toEqual(settled);
  });

  test('a received credit adds to the cash; a received debit larger than the cash fails', async () => {
    const before = await balance();
    const credit = await run(
      KEY,
      `mutation { r: testHelperCreateTreasuryReceivedCredit(input: { financialAccount: "${fa}", network: ACH, amount: 4321, currency: "usd" }) { status amount transaction { amount status } } }`,
    );
    expect(credit.r).toEqual({ status: 'SUCCEEDED', amount: 4321, transaction: { amount: 4321, status: 'POSTED' } });
    expect(await balance()).toEqual({ ...before, cash: before.cash + 4321 });
    const debit = await run(
      KEY,
      `mutation { r: testHelperCreateTreasuryReceivedDebit(input: { financialAccount: "${fa}", network: ACH, amount: 321, currency: "usd" }) { status transaction { amount } } }`,
    );
    expect(debit.r).toEqual({ status: 'SUCCEEDED', transaction: { amount: -321 } });
    const tooMuch = await run(
      KEY,
      `mutation { r: testHelperCreateTreasuryReceivedDebit(input: { financialAccount: "${fa}", network: ACH, amount: ${before.cash + 10_000_000}, currency: "usd" }) { status failureCode transaction { id } } }`,
    );
    expect(tooMuch.r).toEqual({ status: 'FAILED', failureCode: 'INSUFFICIENT_FUNDS', transaction: null });
    expect(await balance()).toEqual({ ...before, cash: before.cash + 4000 });
  });
});

test('funding an Issuing balance answers the funding instructions', async () => {
  const data = await run(
    'sk_test_helpers_funding',
    'mutation { r: testHelperFundFundingInstructionsBalance(input: { amount: 1000, currency: "eur" }) { __typename object } }',
  );
  expect(data.r).toEqual({ __typename: 'FundingInstructions', object: 'funding_instructions' });
});

describe('the playground examples that drive a test flow, with their exact results', () => {
  const runExample = async (name: string, key: string): Promise<Json> => {
    const ex = loadExamples().find((e) => e.name === name)!;
    const res = await e2e.gql<Json>(ex.query, { key, variables: JSON.parse(ex.variables!) as Json });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  test('simulate card payment at terminal reader', async () => {
    expect(await runExample('simulate card payment at terminal reader', 'sk_test_helpers_example_reader')).toEqual({
      started: { id: 'tmr_1NJoyxH8f01w', action: { type: 'PROCESS_PAYMENT_INTENT', status: 'IN_PROGRESS' } },
      presented: { id: 'tmr_1NJoyxH8f01w', action: { type: 'PROCESS_PAYMENT_INTENT', status: 'SUCCEEDED', failureCode: null } },
    });
  });

  test('post treasury outbound payment', async () => {
    const data = await runExample('post treasury outbound payment', 'sk_test_helpers_example_payment');
    const posted = data.posted as { statusTransitions: { postedAt: number } };
    expect(data).toEqual({
      posted: {
        id: 'obp_12yJ0WPG3H1C',
        status: 'POSTED',
        cancelable: false,
        statusTransitions: { postedAt: posted.statusTransitions.postedAt },
        transaction: { status: 'POSTED', amount: -12000 },
      },
      tracked: { id: 'obp_12yJ0WPG3H1C', trackingDetails: { type: 'ACH', ach: { traceId: '021000021000001' } } },
    });
    expect(typeof posted.statusTransitions.postedAt).toBe('number');
  });
});
