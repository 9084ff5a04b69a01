/**
 * The emulator against the generated metadata, over real HTTP: every seed resource answers
 * its list or retrieve endpoint with its demo object (create-only ones answer a create), the
 * demo data is deterministic and per key, and Connect scoping holds on the demo data.
 */

import { DEMO_EPOCH } from '../../src/emulator/demo';
import { encodeForm } from '../../src/emulator/form';
import { loadMetadata, startEmulator, type RunningEmulator } from '../../src/emulator';
import type { EndpointMeta, InputTypeMeta, InputTypeRef, ResourceMeta, RestMetadata } from '../../src/metadata/types';
import { call } from './helpers';

const metadata: RestMetadata = loadMetadata();
let emu: RunningEmulator;
const api = (method: string, path: string, options = {}) => call(emu.url, method, path, options);

interface DemoObject {
  id: string | null;
  object: string | null;
  typeName: string;
  scope: string;
  parents: Record<string, string>;
  hidden: boolean;
  data: Record<string, unknown>;
}
let demo: DemoObject[];

beforeAll(async () => {
  emu = await startEmulator({ port: 0, metadata });
  demo = (await api('GET', '/_emulator/objects?data=true')).body.data;
});
afterAll(async () => {
  await emu.close();
});

function fill(endpoint: EndpointMeta, values: Record<string, string>): string {
  return endpoint.pathParams.reduce((path, p) => path.replace(`{${p}}`, encodeURIComponent(values[p] ?? 'missing')), endpoint.path);
}

/** The demo id of the resource whose endpoints take `param` as their id (`account` -> Account). */
function idForParam(param: string): string | undefined {
  const owner = Object.values(metadata.resources).find((r) => r.endpoints.some((e) => e.idParam === param && e.kind === 'retrieve'));
  return demo.find((o) => o.typeName === owner?.typeName && !o.hidden && o.scope === '')?.id ?? undefined;
}

/** Sample values for an input's required params (and one field of a required empty hash). */
function sample(input: InputTypeMeta | undefined, own: Record<string, unknown>, all = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const fields = input?.fields ?? [];
  const chosen = fields.filter((f) => f.required);
  if (all && chosen.length === 0 && fields[0] !== undefined) chosen.push(fields[0]);
  for (const field of chosen) out[field.stripe] = sampleValue(field.type, field.stripe, own);
  return out;
}

function sampleValue(ref: InputTypeRef, name: string, own: Record<string, unknown>): unknown {
  switch (ref.kind) {
    case 'scalar': {
      const existing = own[name];
      if (typeof existing === 'string' || typeof existing === 'number') return existing;
      if (ref.name === 'Long' || ref.name === 'Int') return 1000;
      if (ref.name === 'Boolean') return true;
      return idForParam(name) ?? (name === 'country' ? 'US' : name === 'currency' ? 'usd' : `${name}_sample`);
    }
    case 'enum': {
      const existing = own[name];
      return typeof existing === 'string' ? existing : Object.values(metadata.enums[ref.name]?.values ?? {})[0];
    }
    case 'list':
      return [sampleValue(ref.of, name, own)];
    case 'input':
      return sample(metadata.inputs[ref.name], {}, true);
  }
}

const seedResources: ResourceMeta[] = Object.values(metadata.resources).filter((r) => r.seed);

describe('every seed resource answers with its object', () => {
  test('the metadata names seed resources', () => {
    expect(seedResources.length).toBeGreaterThan(60);
  });

  test.each(seedResources.map((r) => [r.typeName, r] as const))('%s', async (_name, resource) => {
    const object = metadata.types[resource.typeName]?.object;
    const mine = demo.filter((o) => o.typeName === resource.typeName && !o.hidden && o.scope === '');
    const retrieve = resource.endpoints.find((e) => e.kind === 'retrieve' && e.method === 'GET');
    const list = resource.endpoints.find((e) => e.kind === 'list' && e.method === 'GET');
    const create = resource.endpoints.find((e) => e.kind === 'create');
    let checked = 0;

    if (retrieve !== undefined) {
      const target = mine[0];
      if (retrieve.idParam !== undefined) {
        expect(target).toBeDefined();
        const r = await api('GET', fill(retrieve, { ...target!.parents, [retrieve.idParam]: target!.id! }));
        expect([r.status, r.body.object, r.body.id]).toEqual([200, object, target!.id]);
      } else {
        const parents = target?.parents ?? {};
        const query = encodeForm(sample(retrieve.params === undefined ? undefined : metadata.inputs[retrieve.params], {}));
        const r = await api('GET', fill(retrieve, parents) + (query === '' ? '' : `?${query}`));
        expect([r.status, r.body.object]).toEqual([200, object]);
      }
      checked += 1;
    }
    if (list !== undefined) {
      const target = mine[0];
      expect(target).toBeDefined();
      const listInput = list.params === undefined ? undefined : metadata.inputs[list.params];
      const required = sample(listInput, target!.data);
      // Only paginated lists take `limit` (Stripe refuses it on the others).
      const paginated = listInput?.fields.some((f) => f.stripe === 'limit') === true;
      const query = encodeForm({ ...(paginated ? { limit: 100 } : {}), ...required });
      const r = await api('GET', `${fill(list, target!.parents)}?${query}`);
      expect(r.status).toBe(200);
      expect(r.body.object).toBe('list');
      const ids = r.body.data.map((o: { id?: string; object: string }) => o.id ?? o.object);
      expect(ids).toContain(target!.id ?? object);
      checked += 1;
    }
    if (checked === 0 && create !== undefined) {
      // Create-only resources (links, sessions, tokens): some demo parent accepts the create.
      const parentIds =
        create.pathParams.length === 0 ? [undefined] : demo.filter((o) => o.typeName === resource.parent?.typeName && !o.hidden).map((o) => o.id);
      const params = encodeForm(sample(create.params === undefined ? undefined : metadata.inputs[create.params], {}));
      const statuses: number[] = [];
      for (const parentId of parentIds) {
        const path = parentId === undefined ? create.path : fill(create, { [create.pathParams[0]!]: parentId! });
        const r = await api('POST', path, { form: params });
        statuses.push(r.status);
        if (r.status === 200) {
          expect(r.body.object).toBe(object);
          break;
        }
      }
      expect(statuses).toContain(200);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('demo data', () => {
  test('curl -u sk_test_x: /v1/accounts lists the connected accounts, not the platform', async () => {
    const basic = Buffer.from('sk_test_x:').toString('base64');
    const r = await call(emu.url, 'GET', '/v1/accounts', { key: null, headers: { Authorization: `Basic ${basic}` } });
    expect(r.status).toBe(200);
    const names = r.body.data.map((a: { business_profile: { name: string } }) => a.business_profile.name);
    expect(names).toEqual(['Stellar Tours', 'Pasha Books', 'Kavholm Stays', 'Rocket Rides']);
    expect(r.body.data.map((a: { type: string }) => a.type)).toEqual(['custom', 'standard', 'express', 'custom']);
    const own = await api('GET', '/v1/account');
    expect(own.body.business_profile.name).toBe('Graph Gateway Demo Platform');
    expect(r.body.data.map((a: { id: string }) => a.id)).not.toContain(own.body.id);
  });

  test('the same ids and times for every key and every start', async () => {
    const a = await api('GET', '/v1/accounts', { key: 'sk_test_one' });
    const b = await api('GET', '/v1/accounts', { key: 'sk_test_two' });
    expect(b.body).toEqual(a.body);
    const again = await startEmulator({ port: 0, metadata: loadMetadata() });
    try {
      const c = await call(again.url, 'GET', '/v1/accounts', { key: 'sk_test_three' });
      expect(c.body).toEqual(a.body);
    } finally {
      await again.close();
    }
    // Rocket Rides is the second demo object (after the platform's own account), 15 minutes apart.
    expect(a.body.data[3].created).toBe(DEMO_EPOCH + 2 * 900);
  });

  test('what one key changes, another does not see', async () => {
    const accounts = (await api('GET', '/v1/accounts')).body.data;
    const target = accounts[0].id;
    await api('POST', `/v1/accounts/${target}`, { form: 'email=changed%40example.com', key: 'sk_test_writer' });
    expect((await api('GET', `/v1/accounts/${target}`, { key: 'sk_test_writer' })).body.email).toBe('changed@example.com');
    expect((await api('GET', `/v1/accounts/${target}`, { key: 'sk_test_reader' })).body.email).toBe('admin@stellartours.example');
  });

  test('objects inside a connected account need its Stripe-Account header', async () => {
    const rides = (await api('GET', '/v1/accounts')).body.data[3];
    const inside = await api('GET', '/v1/terminal/locations', { headers: { 'Stripe-Account': rides.id } });
    expect(inside.body.data.map((l: { display_name: string }) => l.display_name)).toEqual(['Rocket Rides HQ']);
    const outside = await api('GET', '/v1/terminal/locations');
    expect(outside.body.data.map((l: { display_name: string }) => l.display_name)).not.toContain('Rocket Rides HQ');
    const me = await api('GET', '/v1/account', { headers: { 'Stripe-Account': rides.id } });
    expect(me.body.id).toBe(rides.id);
  });

  test('created filters over the fixed demo clock', async () => {
    const all = (await api('GET', '/v1/accounts')).body.data.map((a: { created: number }) => a.created);
    const newest = Math.max(...all);
    const r = await api('GET', `/v1/accounts?created[gte]=${newest}`);
    expect(r.body.data.map((a: { created: number }) => a.created)).toEqual([newest]);
    const exact = await api('GET', `/v1/accounts?created=${all[2]}`);
    expect(exact.body.data).toHaveLength(1);
  });

  test('expansion on demo data: data.-prefixed and nested', async () => {
    const sessions = await api('GET', '/v1/identity/verification_sessions?status=verified&expand[]=data.last_verification_report');
    expect(sessions.body.data).toHaveLength(1);
    const report = sessions.body.data[0].last_verification_report;
    expect([report.object, report.document.first_name, report.verification_session]).toEqual([
      'identity.verification_report',
      'Jenny',
      sessions.body.data[0].id,
    ]);
    const transfers = await api('GET', '/v1/transfers?limit=1&expand[]=data.destination');
    expect(transfers.body.data[0].destination.object).toBe('account');
  });

  test('generic actions without an id: find and delete by parameters', async () => {
    const made = await api('POST', '/v1/apps/secrets', { form: 'name=api_token&payload=s3cret&scope[type]=account' });
    expect([made.status, made.body.object, made.body.name]).toEqual([200, 'apps.secret', 'api_token']);
    const found = await api('GET', '/v1/apps/secrets/find?name=api_token&scope[type]=account');
    expect(found.body.id).toBe(made.body.id);
    const gone = await api('POST', '/v1/apps/secrets/delete', { form: 'name=api_token&scope[type]=account' });
    expect([gone.body.id, gone.body.deleted]).toEqual([made.body.id, true]);
    const again = await api('GET', '/v1/apps/secrets/find?name=api_token&scope[type]=account');
    expect([again.status, again.body.error.code]).toEqual([404, 'resource_missing']);
  });
});
