/**
 * The pieces of subscriptions that need no server: the event stream over the bus, the
 * generated field list, and the prefix rule shared with the emulator.
 */
import { LocalBus } from '../../src/events/bus';
import type { GatewayEvent } from '../../src/events/event';
import { eventPrefix, eventTypesOf, loadEventTypes, subscriptionFields } from '../../src/events/event-types';
import { eventStream } from '../../src/events/subscriptions';
import { emitSubscriptions } from '../../scripts/generate/emit-subscriptions';
import { loadMetadata } from '../../src/emulator';

const event = (id: string, type = 'account.updated'): GatewayEvent => ({
  id,
  type,
  account: null,
  created: 1,
  object: { object: 'account', id: 'acct_1' },
  previousAttributes: null,
});

describe('eventStream', () => {
  it('yields accepted events in order, waits for the next, and unsubscribes when ended', async () => {
    const bus = new LocalBus();
    const stream = eventStream(bus, (e) => e.type !== 'person.created');
    expect(bus.subscriberCount()).toBe(1);
    await bus.publishOnce(event('evt_1'));
    await bus.publishOnce(event('evt_2', 'person.created'));
    expect((await stream.next()).value?.id).toBe('evt_1');
    // Nothing queued now: next() waits until the next accepted event arrives.
    const waiting = stream.next();
    await bus.publishOnce(event('evt_3'));
    expect((await waiting).value?.id).toBe('evt_3');
    expect(await stream.return!()).toEqual({ done: true, value: undefined });
    expect(bus.subscriberCount()).toBe(0);
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it('ends a waiting next() when the stream is returned', async () => {
    const bus = new LocalBus();
    const stream = eventStream(bus, () => true);
    const waiting = stream.next();
    await stream.return!();
    expect(await waiting).toEqual({ done: true, value: undefined });
  });

  it('keeps at most 1,000 events for a subscriber that does not read, dropping the oldest', async () => {
    const bus = new LocalBus({ window: 5_000 });
    const stream = eventStream(bus, () => true);
    for (let i = 0; i < 1_005; i++) await bus.publishOnce(event(`evt_${i}`));
    expect((await stream.next()).value?.id).toBe('evt_5');
    await stream.return!();
  });
});

describe('event types and subscription fields', () => {
  const known = loadEventTypes();

  it("finds each object's prefix and its own event types", () => {
    expect([eventPrefix('issuing.card', known), eventPrefix('bank_account', known), eventPrefix('identity.verification_session', known)]).toEqual([
      'issuing_card',
      'account.external_account',
      'identity.verification_session',
    ]);
    expect(eventTypesOf('account', known)).toEqual(['account.updated']);
    expect(eventTypesOf('crypto.onramp_session', known)).toEqual(['crypto.onramp_session_updated']);
  });

  it('gives a field to each seed resource with events, and writes it with the events that feed it', () => {
    const fields = subscriptionFields(loadMetadata(), known);
    const byField = new Map(fields.map((f) => [f.field, f]));
    expect(byField.get('identityVerificationSessionUpdated')).toEqual({
      field: 'identityVerificationSessionUpdated',
      typeName: 'IdentityVerificationSession',
      object: 'identity.verification_session',
      eventTypes: [
        'identity.verification_session.canceled',
        'identity.verification_session.created',
        'identity.verification_session.processing',
        'identity.verification_session.redacted',
        'identity.verification_session.requires_input',
        'identity.verification_session.verified',
      ],
    });
    expect(byField.has('accountLinkUpdated')).toBe(false);
    expect(byField.get('personUpdated')?.eventTypes).toEqual(['person.created', 'person.updated']);
    expect(emitSubscriptions([byField.get('capabilityUpdated')!], '# header\n')).toBe(
      [
        '# header\n',
        'extend type SubscriptionRoot {',
        '  """',
        '  The Capability after each Stripe event about it (only the one with `id`, when given).',
        '  Fed by: capability.updated.',
        '  """',
        '  capabilityUpdated(id: ID): Capability',
        '}',
        '',
        '"""',
        'The object a Stripe event carries (`data.object`), as the graph types it: one of the types',
        'that have `<resource>Updated` fields.',
        '"""',
        'union StripeEventObject = Capability',
        '',
      ].join('\n'),
    );
  });
});
