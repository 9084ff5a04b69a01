/**
 * Product features (`/v1/products/{product}/features`): the connection on Product, the root list
 * with the product's id, retrieve, create and delete, through the gateway against the emulator,
 * with the requests each one sends.
 */
import { logLines, startE2E, type E2E } from './harness';

const KEY = 'sk_test_product_features';
let e2e: E2E;
let product: string;
let feature: string;
let attached: string;
beforeAll(async () => {
  e2e = await startE2E();
  const stored = await e2e.objects(KEY);
  product = stored.find((o) => o.typeName === 'Product')!.id!;
  feature = stored.find((o) => o.typeName === 'EntitlementsFeature')!.id!;
  attached = stored.find((o) => o.typeName === 'ProductFeature')!.id!;
});
afterAll(async () => {
  await e2e.close();
});

async function run(query: string): Promise<Record<string, unknown>> {
  const res = await e2e.gql(query, { key: KEY });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

test('productFeatures(product:) and Product.features list the same attachments, one request each', async () => {
  e2e.emulator.control.resetLog();
  const root = await run(`{ productFeatures(product: "${product}", first: 5) { nodes { id object entitlementFeature { id } } pageInfo { hasNextPage } } }`);
  expect(root).toEqual({
    productFeatures: {
      nodes: [{ id: attached, object: 'product_feature', entitlementFeature: { id: expect.stringMatching(/^feat_/) } }],
      pageInfo: { hasNextPage: false },
    },
  });
  const nested = await run(`{ node(id: "${product}") { ... on Product { id features(first: 5) { nodes { id } } } } }`);
  expect(nested).toEqual({ node: { id: product, features: { nodes: [{ id: attached }] } } });
  expect(logLines(e2e.emulator)).toEqual([`GET /v1/products/${product}/features`, `GET /v1/products/${product}`, `GET /v1/products/${product}/features`]);
});

test('create, retrieve and delete a product feature; the lists follow', async () => {
  const created = await run(
    `mutation { r: createProductFeature(product: "${product}", input: { entitlementFeature: "${feature}" }) { id entitlementFeature { id } } }`,
  );
  const id = (created.r as { id: string }).id;
  expect(created.r).toEqual({ id: expect.stringMatching(/^prodft_/), entitlementFeature: { id: feature } });
  expect(await run(`{ productFeature(product: "${product}", id: "${id}") { id } }`)).toEqual({ productFeature: { id } });
  const listed = await run(`{ productFeatures(product: "${product}") { nodes { id } } }`);
  expect((listed.productFeatures as { nodes: Array<{ id: string }> }).nodes.map((n) => n.id)).toEqual([id, attached]);
  expect(await run(`mutation { r: deleteProductFeature(product: "${product}", id: "${id}") { id deleted } }`)).toEqual({ r: { id, deleted: true } });
  expect(await run(`{ productFeatures(product: "${product}") { nodes { id } } }`)).toEqual({ productFeatures: { nodes: [{ id: attached }] } });
});
