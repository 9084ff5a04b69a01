/**
 * Descriptions and deprecations as a client sees them: through introspection of the built
 * schema. Stripe's JSDoc where the `stripe` package has it, our own line elsewhere.
 */
import { graphqlSync, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { buildGatewaySchema } from '../../src/schema';

const { schema } = buildGatewaySchema();
const result = graphqlSync({ schema, source: getIntrospectionQuery({ inputValueDeprecation: true }) });
const types = (result.data as unknown as IntrospectionQuery).__schema.types.filter((t) => !t.name.startsWith('__'));

interface Share {
  described: number;
  total: number;
}
const share = (): Share => ({ described: 0, total: 0 });
const count = (s: Share, description: string | null | undefined): void => {
  s.total++;
  if (description) s.described++;
};

test('at least 95% of types, fields, arguments and input fields are described', () => {
  const all = share();
  const parts = { types: share(), fields: share(), args: share(), inputFields: share() };
  for (const t of types) {
    count(parts.types, t.description);
    if (t.kind === 'OBJECT' || t.kind === 'INTERFACE') {
      for (const f of t.fields) {
        count(parts.fields, f.description);
        for (const a of f.args) count(parts.args, a.description);
      }
    }
    if (t.kind === 'INPUT_OBJECT') for (const f of t.inputFields) count(parts.inputFields, f.description);
  }
  for (const p of Object.values(parts)) {
    all.described += p.described;
    all.total += p.total;
  }
  expect(all.total).toBeGreaterThan(14000);
  expect(all.described / all.total).toBeGreaterThanOrEqual(0.95);
  // Each part on its own too, so one cannot hide behind the others.
  for (const p of Object.values(parts)) expect(p.described / p.total).toBeGreaterThanOrEqual(0.95);
});

test('every root field has a description: Stripe’s method doc, or our one line', () => {
  const roots = types.filter((t) => t.name === 'Query' || t.name === 'Mutation');
  const fields = roots.flatMap((t) => (t.kind === 'OBJECT' ? t.fields.map((f) => ({ root: t.name, ...f })) : []));
  expect(fields.length).toBeGreaterThan(200);
  expect(fields.filter((f) => !f.description).map((f) => `${f.root}.${f.name}`)).toEqual([]);
  const query = roots.find((t) => t.name === 'Query')!;
  const account = query.kind === 'OBJECT' ? query.fields.find((f) => f.name === 'account')! : undefined;
  expect(account!.description).toBe('Retrieves the details of an account. Pass `null` as the account id to retrieve details about your own account.');
  expect(account!.args.map((a) => [a.name, a.description])).toEqual([['id', 'The id of the Account.']]);
});

test('Stripe’s @deprecated methods are deprecated root fields with its reason', () => {
  const mutation = types.find((t) => t.name === 'Mutation')!;
  const deprecated = mutation.kind === 'OBJECT' ? mutation.fields.filter((f) => f.isDeprecated).map((f) => [f.name, f.deprecationReason]) : [];
  expect(deprecated).toEqual([
    [
      'approveIssuingAuthorization',
      'This method is deprecated. Instead, [respond directly to the webhook request to approve an authorization](https://docs.stripe.com/docs/issuing/controls/real-time-authorizations#authorization-handling).',
    ],
    [
      'declineIssuingAuthorization',
      'This method is deprecated. Instead, [respond directly to the webhook request to decline an authorization](https://docs.stripe.com/docs/issuing/controls/real-time-authorizations#authorization-handling).',
    ],
  ]);
});
