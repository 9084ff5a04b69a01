/**
 * The test helpers in the graph: one naming convention (`testHelper` + the operation's usual
 * name), every one of them a mutation with a description, and the Product feature lists.
 */
import { buildGatewaySchema } from '../../src/schema';
import { isTestHelperPath } from '../../src/metadata/test-helpers';

const { schema, index } = buildGatewaySchema();
const mutations = schema.getMutationType()!.getFields();
const placed = [...index.placed.entries()];

test('every /v1/test_helpers endpoint of the seed is a testHelper... mutation, and nothing else is', () => {
  const helpers = placed.filter(([, { endpoint }]) => isTestHelperPath(endpoint.path));
  expect(helpers.every(([key]) => key.startsWith('Mutation.testHelper'))).toBe(true);
  const named = Object.keys(mutations).filter((name) => name.startsWith('testHelper'));
  expect(named.sort()).toEqual(helpers.map(([key]) => key.replace('Mutation.', '')).sort());
  // 34 Issuing, Terminal and Treasury helpers of the stripe package, and the preview fund_balance.
  expect(named).toHaveLength(35);
  expect(named.filter((n) => /Issuing|FundingInstructions/.test(n))).toHaveLength(19);
  expect(named.filter((n) => n.includes('Terminal'))).toHaveLength(3);
  expect(named.filter((n) => n.includes('Treasury'))).toHaveLength(13);
});

test('each test helper has a description (the SDK method doc) and its id argument is described', () => {
  const helpers = Object.values(mutations).filter((f) => f.name.startsWith('testHelper'));
  expect(helpers.filter((f) => !f.description)).toEqual([]);
  expect(mutations.testHelperShipIssuingCard!.description).toBe(
    'Test helper: test mode only (a live key is refused with FORBIDDEN). Updates the shipping status of the specified Issuing Card object to shipped.',
  );
  expect(mutations.testHelperPostTreasuryOutboundPayment!.description).toBe(
    'Test helper: test mode only (a live key is refused with FORBIDDEN). Transitions a test mode created OutboundPayment to the posted status. The OutboundPayment must already be in the processing state.',
  );
  expect(helpers.flatMap((f) => f.args).filter((a) => !a.description)).toEqual([]);
});

test('product features: Product.features, and productFeatures(product:) on Query for clients without a product in hand', () => {
  const product = schema.getQueryType()!.getFields().productFeatures!;
  expect(product.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['product: ID!', 'first: Int', 'after: String', 'last: Int', 'before: String']);
  expect(String(product.type)).toBe('ProductFeatureConnection');
  const nested = (schema.getType('Product') as import('graphql').GraphQLObjectType).getFields().features!;
  expect(String(nested.type)).toBe('ProductFeatureConnection');
  expect(nested.args.map((a) => a.name)).toEqual(['first', 'after', 'last', 'before']);
  expect(['createProductFeature', 'deleteProductFeature'].every((m) => m in mutations)).toBe(true);
  expect('productFeature' in schema.getQueryType()!.getFields()).toBe(true);
  // Only lists whose parent has no root field of its own get a root copy: persons stay on Account.
  const rootLists = placed.filter(
    ([key, { resource, endpoint }]) => key.startsWith('Query.') && endpoint.kind === 'list' && resource.parent !== undefined && endpoint.pathParams.length > 0,
  );
  expect(rootLists.map(([key]) => key)).toEqual(['Query.productFeatures']);
});
