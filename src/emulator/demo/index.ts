/**
 * Demo data, built once per metadata and copied for each API key. Deterministic: ids come
 * from a seeded counter and `created` times from a fixed clock, so every start (and every
 * key) sees the same objects.
 */

import { EmulatorError } from '../errors';
import type { Engine } from '../engine';
import type { Params } from '../params';
import { PLATFORM_SCOPE, Store, type StoreSnapshot, type StoredObject } from '../store';
import { seedScenes, type DemoBuilder } from './scenes';

/** 2026-01-01T00:00:00Z: the first demo object's `created`. */
export const DEMO_EPOCH = 1767225600;
/** Demo objects are created fifteen minutes apart. */
const DEMO_STEP = 900;

export function buildDemo(engine: Engine): StoreSnapshot {
  const store = new Store('demo');
  let clock = DEMO_EPOCH;
  const ctx = engine.context(store, PLATFORM_SCOPE, {}, () => clock);
  const builder: DemoBuilder = {
    store,
    make(object, params, parents = {}, options = {}) {
      const typeName = engine.model.typeForObject(object);
      if (typeName === undefined) return undefined;
      clock += DEMO_STEP;
      const scoped = options.scope === undefined ? ctx : engine.context(store, options.scope, {}, () => clock);
      return engine.createObject(scoped, typeName, params, parents, options);
    },
  };
  seedScenes(builder);
  fillEverySeedResource(engine, builder);
  return store.snapshot();
}

/**
 * At least one object of every seed resource, so every list and retrieve answers. Nested
 * resources get a parent first (made the same way if none exists).
 */
function fillEverySeedResource(engine: Engine, builder: DemoBuilder): void {
  const resources = Object.values(engine.metadata.resources).sort((a, b) => a.typeName.localeCompare(b.typeName));
  for (const resource of resources) {
    if (!resource.seed || !engine.model.hasType(resource.typeName)) continue;
    const behaviour = engine.behaviourOf(resource.typeName);
    // Computed answers (quotes) are not stored.
    if (behaviour?.retrieveWithoutId !== undefined && !resource.endpoints.some((e) => e.kind === 'list')) continue;
    ensureOne(engine, builder, resource.typeName, 0);
  }
}

function ensureOne(engine: Engine, builder: DemoBuilder, typeName: string, depth: number): StoredObject | undefined {
  const existing = builder.store.list([typeName], PLATFORM_SCOPE).find((o) => !o.hidden);
  if (existing !== undefined || depth > 3) return existing;
  const object = engine.model.objectOf(typeName);
  if (object === undefined) return undefined;
  const resource = Object.values(engine.metadata.resources).find((r) => r.typeName === typeName);
  const parents: Record<string, string> = {};
  if (resource?.parent !== undefined && engine.model.hasType(resource.parent.typeName)) {
    const parent = ensureOne(engine, builder, resource.parent.typeName, depth + 1);
    if (parent === undefined || typeof parent.data.id !== 'string') return undefined;
    parents[resource.parent.pathParam] = parent.data.id;
  }
  try {
    const params = { ...genericDemoParams(engine, typeName), ...listFilterParams(engine, builder, typeName, depth) };
    return builder.make(object, params, parents);
  } catch (err) {
    if (err instanceof EmulatorError) {
      // eslint-disable-next-line preserve-caught-error -- the emulator's message is in the text; the stack of a demo failure says nothing more
      throw new Error(`demo data: cannot make a ${object}: ${err.message}; give it a scene in demo/scenes.ts`);
    }
    throw err;
  }
}

/**
 * Values for the params a type's list endpoint requires (`/v1/issuing/tokens?card=...`), so the
 * generic demo object shows up in that list: the id of an object of the resource whose path
 * names the param (`{card}`), made if needed, else a plain value.
 */
function listFilterParams(engine: Engine, builder: DemoBuilder, typeName: string, depth: number): Params {
  const out: Params = {};
  const resource = Object.values(engine.metadata.resources).find((r) => r.typeName === typeName);
  for (const endpoint of resource?.endpoints ?? []) {
    const input = endpoint.kind === 'list' && endpoint.params !== undefined ? engine.metadata.inputs[endpoint.params] : undefined;
    for (const field of input?.fields ?? []) {
      const name = field.stripe;
      if (!field.required || engine.model.field(typeName, name) === undefined) continue;
      if (field.type.kind !== 'scalar' && field.type.kind !== 'enum') continue;
      const owner = Object.values(engine.metadata.resources).find(
        (r) => r.typeName !== typeName && r.endpoints.some((e) => e.kind === 'retrieve' && e.idParam === name),
      );
      const made = owner === undefined ? undefined : ensureOne(engine, builder, owner.typeName, depth + 1);
      if (typeof made?.data.id === 'string') out[name] = made.data.id;
      else out[name] = name === 'country' ? 'US' : name === 'currency' ? 'usd' : `${name}_demo`;
    }
  }
  return out;
}

/** Plausible values for common fields of a generic demo object. */
function genericDemoParams(engine: Engine, typeName: string): Params {
  const object = engine.model.objectOf(typeName) ?? typeName;
  const label = object.split('.').pop()!.replace(/_/g, ' ');
  const title = label.charAt(0).toUpperCase() + label.slice(1);
  const candidates: Params = {
    name: `Demo ${label}`,
    display_name: `Demo ${label}`,
    description: `${title} from the emulator's demo data`,
    amount: 2500,
    currency: 'usd',
    email: 'demo@example.com',
    url: 'https://example.com/demo',
    metadata: { demo: 'true' },
  };
  const out: Params = {};
  for (const [k, v] of Object.entries(candidates)) {
    const field = engine.model.field(typeName, k);
    if (field === undefined) continue;
    const kind = field.type.kind === 'scalar' ? field.type.name : field.type.kind;
    const numeric = kind === 'Int' || kind === 'Long' || kind === 'Float';
    if ((typeof v === 'number') === numeric && (kind !== 'object' || k === 'metadata')) out[k] = v;
  }
  return out;
}
