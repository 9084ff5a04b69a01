/**
 * The generic CRUD engine: one implementation of retrieve, list, search, create, update,
 * delete and actions for every resource in the metadata. Resource-specific behaviour comes
 * only from the hooks in `behaviours/`, looked up by the Stripe `object` value.
 */

import { isPaginated } from '../metadata/paging';
import type { EndpointMeta, RestMetadata } from '../metadata/types';
import type { ActionResult, Behaviour, BehaviourContext, BehaviourRegistry, CreateOptions } from './behaviours/types';
import { isStored } from './behaviours/types';
import { EmulatorError, noSuch } from './errors';
import { checkExpandable, expand, readExpand, type Resolver } from './expand';
import type { FormValue } from './form';
import { isPlainObject, Model, type StripeObject } from './model';
import { inCreatedRange, paginate, readCreatedFilter, readPageRequest } from './pagination';
import { coerceParams, type Params } from './params';
import type { RouteMatch } from './router';
import { Store, type StoredObject } from './store';

export interface EngineResponse {
  status: number;
  body: unknown;
}

/** Params the list machinery reads itself; the rest filter by equality. */
const LIST_CONTROL_PARAMS = ['limit', 'starting_after', 'ending_before', 'created', 'expand', 'page'];

/** Embedded lists carry at most this many items, like Stripe's. */
const EMBEDDED_LIST_LIMIT = 10;

export class Engine {
  readonly model: Model;

  constructor(
    readonly metadata: RestMetadata,
    private readonly behaviours: BehaviourRegistry,
    private readonly clock: () => number = () => Math.floor(Date.now() / 1000),
  ) {
    this.model = new Model(metadata);
  }

  behaviourOf(typeName: string): Behaviour | undefined {
    const object = this.model.objectOf(typeName);
    return object === undefined ? undefined : this.behaviours[object];
  }

  /** A behaviour context bound to a store and scope; `pathValues` as the request gave them. */
  context(store: Store, scope: string, pathValues: Record<string, string> = {}, now: () => number = this.clock, route = ''): BehaviourContext {
    // The literal's own methods have the context as `this` (create hands it to the engine).
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the engine, named inside those methods
    const engine = this;
    return {
      model: this.model,
      store,
      scope,
      pathValues,
      route,
      now,
      create(typeName, params, parents = {}, options = {}) {
        return engine.createObject(this, typeName, params, parents, options);
      },
      find(object, id) {
        const typeName = engine.model.typeForObject(object);
        return typeName === undefined ? undefined : store.find(id, scope, {}, [typeName]);
      },
      children(object, parentId) {
        const typeName = engine.model.typeForObject(object);
        return typeName === undefined ? [] : store.children(parentId, [typeName], scope);
      },
      typeFor(object) {
        const typeName = engine.model.typeForObject(object);
        if (typeName === undefined) throw new EmulatorError(500, 'api_error', `The emulator's metadata has no type for ${object}.`);
        return typeName;
      },
    };
  }

  /** Materializes, merges params, runs the type's hooks and stores the object. */
  createObject(ctx: BehaviourContext, typeName: string, params: Params, parents: Record<string, string>, options: CreateOptions = {}): StoredObject {
    const created = ctx.now();
    const scope = options.scope ?? ctx.scope;
    const type = this.model.type(typeName);
    const hasId = type.fields.some((f) => f.stripe === 'id');
    const id = options.id ?? (hasId ? ctx.store.newId(this.model.idPrefix(typeName)) : undefined);
    const data = this.model.materialize(typeName, {
      ...(id === undefined ? {} : { id }),
      created,
      listUrl: (field) => this.listUrl(typeName, id ?? '', field),
    });
    // A nested object points back at its parent through a field named like the path param.
    for (const [param, value] of Object.entries(parents)) {
      if (this.model.field(typeName, param) !== undefined) data[param] = value;
    }
    this.model.merge(typeName, data, params, created);
    this.assignNestedIds(ctx.store, typeName, data, 0);
    const behaviour = this.behaviourOf(typeName);
    behaviour?.beforeCreate?.(ctx, data, params, parents);
    const stored = ctx.store.add({ typeName, scope, parents: { ...parents }, data, ...(options.hidden ? { hidden: true } : {}) });
    behaviour?.afterCreate?.(ctx, stored, params);
    return stored;
  }

  /**
   * Gives embedded objects that are themselves Stripe objects (an account's `individual` is a
   * `person`) an id of their own, as Stripe does; the graph relies on ids being present.
   */
  private assignNestedIds(store: Store, typeName: string, data: StripeObject, depth: number): void {
    if (depth > 4) return;
    for (const field of this.model.type(typeName).fields) {
      if (field.expandable || (field.type.kind !== 'object' && field.type.kind !== 'list')) continue;
      const nestedType = this.model.typesOf(field.type)[0];
      if (nestedType === undefined || !this.model.hasType(nestedType)) continue;
      const values = Array.isArray(data[field.stripe]) ? (data[field.stripe] as unknown[]) : [data[field.stripe]];
      for (const value of values) {
        if (!isPlainObject(value)) continue;
        if (value.id === null && typeof value.object === 'string' && this.model.objectOf(nestedType) !== undefined) {
          value.id = store.newNestedId(this.model.idPrefix(nestedType));
        }
        this.assignNestedIds(store, nestedType, value, depth + 1);
      }
    }
  }

  /** The `url` of an embedded list: the list endpoint ending in `/{param}/<field>`, filled in. */
  listUrl(typeName: string, id: string, field: string): string {
    for (const resource of Object.values(this.metadata.resources)) {
      for (const endpoint of resource.endpoints) {
        if (endpoint.kind !== 'list' || !endpoint.path.endsWith(`/${field}`)) continue;
        const params = endpoint.pathParams;
        if (params.length !== 1) continue;
        const parentSegment = `{${params[0]}}/${field}`;
        if (endpoint.path.endsWith(parentSegment)) return endpoint.path.replace(`{${params[0]}}`, id);
      }
    }
    const object = this.model.objectOf(typeName) ?? typeName;
    return `/v1/${object.replace(/\./g, '/')}s/${id}/${field}`;
  }

  /**
   * The answer to one routed request. Every parameter and `expand[]` path is checked against
   * the metadata first, so a request Stripe would refuse changes nothing. Throws EmulatorError
   * for Stripe-shaped refusals.
   */
  handle(store: Store, scope: string, match: RouteMatch, raw: Record<string, FormValue>, requestPath: string): EngineResponse {
    const { endpoint } = match.route;
    const { params, paths } = this.validate(endpoint, raw);
    const ctx = this.context(store, scope, match.pathValues, this.clock, endpoint.path);
    switch (endpoint.kind) {
      case 'list':
        return this.list(ctx, endpoint, match.pathValues, params, paths, requestPath, false);
      case 'search':
        return this.list(ctx, endpoint, match.pathValues, params, paths, requestPath, true);
      case 'retrieve':
        return this.retrieve(ctx, endpoint, match.pathValues, params, paths);
      case 'create':
        return this.create(ctx, endpoint, match.pathValues, params, paths);
      case 'update':
        return this.update(ctx, endpoint, match.pathValues, params, paths);
      case 'delete':
        return this.remove(ctx, endpoint, match.pathValues);
      case 'action':
        return this.action(ctx, endpoint, match.pathValues, params, paths);
    }
  }

  /** The request check: typed parameters and expansion paths, or a Stripe-shaped 400. */
  validate(endpoint: EndpointMeta, raw: Record<string, FormValue>): { params: Params; paths: string[][] } {
    const forList = endpoint.kind === 'list' || endpoint.kind === 'search';
    const { expand: rawExpand, ...rest } = raw;
    try {
      const paths = readExpand(rawExpand, forList);
      const answerTypes = this.model.typesOf(endpoint.returns).filter((t) => this.model.hasType(t));
      checkExpandable(this.model, answerTypes, paths);
      const params = coerceParams(this.metadata, endpoint.params, rest, { checkRequired: endpoint.kind !== 'update' });
      return { params, paths };
    } catch (error) {
      // Marked for the request log, so tests can count requests refused for their parameters.
      if (error instanceof EmulatorError && error.status === 400) error.refusedParams = true;
      throw error;
    }
  }

  /** The stored object as Stripe sends it: embedded lists filled from children, then expanded. */
  render(ctx: BehaviourContext, stored: StoredObject, paths: string[][] = []): StripeObject {
    const data = this.withEmbeddedLists(ctx.store, stored);
    if (paths.length === 0) return data;
    return expand(this.model, data, stored.typeName, paths, this.resolver(ctx));
  }

  private withEmbeddedLists(store: Store, stored: StoredObject): StripeObject {
    const data = structuredClone(stored.data);
    const id = data.id;
    if (typeof id !== 'string') return data;
    for (const field of this.model.type(stored.typeName).fields) {
      if (field.type.kind !== 'apiList') continue;
      const stub = data[field.stripe];
      if (!isPlainObject(stub)) continue;
      // Items made under this object (path parents), or pointing at it by a field (owners of an ownership).
      const children = store
        .list(this.model.typesOf(field.type.of), stored.scope)
        .filter((c) => !c.hidden && (Object.values(c.parents).includes(id) || Object.values(c.data).includes(id)));
      data[field.stripe] = {
        ...stub,
        data: children.slice(0, EMBEDDED_LIST_LIMIT).map((c) => structuredClone(c.data)),
        has_more: children.length > EMBEDDED_LIST_LIMIT,
        ...(typeof stub.total_count === 'number' ? { total_count: children.length } : {}),
      };
    }
    return data;
  }

  private resolver(ctx: BehaviourContext): Resolver {
    return (id) => {
      const found = ctx.store.findAnywhere(id, ctx.scope);
      return found === undefined ? undefined : { typeName: found.typeName, data: this.withEmbeddedLists(ctx.store, found) };
    };
  }

  private answer(ctx: BehaviourContext, result: ActionResult, paths: string[][]): EngineResponse {
    if (isStored(result)) return { status: 200, body: this.render(ctx, result, paths) };
    const typeName = typeof result.computed.object === 'string' ? this.model.typeForObject(result.computed.object) : undefined;
    const body = typeName !== undefined && paths.length > 0 ? expand(this.model, result.computed, typeName, paths, this.resolver(ctx)) : result.computed;
    return { status: 200, body };
  }

  private returnTypes(endpoint: EndpointMeta): string[] {
    return this.model.typesOf(endpoint.returns).filter((t) => this.model.hasType(t) && !this.model.type(t).deleted);
  }

  private split(endpoint: EndpointMeta, pathValues: Record<string, string>): { id?: string; parents: Record<string, string> } {
    const parents: Record<string, string> = {};
    let id: string | undefined;
    for (const [k, v] of Object.entries(pathValues)) {
      if (k === endpoint.idParam) id = v;
      else parents[k] = v;
    }
    return id === undefined ? { parents } : { id, parents };
  }

  /** Every parent named in the path must exist in the scope (or, for references, the platform). */
  private checkParents(ctx: BehaviourContext, parents: Record<string, string>): void {
    for (const [param, value] of Object.entries(parents)) {
      if (ctx.store.findAnywhere(value, ctx.scope) === undefined) throw noSuch(param.replace(/_/g, ' '), value, param);
    }
  }

  private label(types: string[]): string {
    const object = types[0] === undefined ? undefined : this.model.objectOf(types[0]);
    return (object ?? 'object').split('.').pop()!.replace(/_/g, ' ');
  }

  /**
   * The target of an endpoint with an id: an object of the answer's type under the path's
   * parents; else, when the id names an object of another type, the answer-typed singleton
   * kept under it (`/v1/treasury/financial_accounts/{id}/features`).
   */
  private target(ctx: BehaviourContext, endpoint: EndpointMeta, pathValues: Record<string, string>, create: boolean): StoredObject {
    const types = this.returnTypes(endpoint);
    const { id, parents } = this.split(endpoint, pathValues);
    if (id === undefined) return this.singleton(ctx, types, parents, create);
    const found = ctx.store.find(id, ctx.scope, parents, types);
    if (found !== undefined) return found;
    const owner = ctx.store.find(id, ctx.scope, parents);
    if (owner !== undefined && types.length > 0 && !types.includes(owner.typeName) && endpoint.idParam !== undefined) {
      return this.singleton(ctx, types, { ...parents, [endpoint.idParam]: id }, create);
    }
    const typeName = types.length === 1 ? types[0] : undefined;
    if (create && typeName !== undefined && this.behaviourOf(typeName)?.existsImplicitly?.(ctx, id) === true) {
      this.checkParents(ctx, parents);
      return this.createObject(ctx, typeName, {}, parents, { id });
    }
    throw noSuch(this.label(types), id);
  }

  private singleton(ctx: BehaviourContext, types: string[], parents: Record<string, string>, create: boolean): StoredObject {
    this.checkParents(ctx, parents);
    const existing = ctx.store.list(types, ctx.scope, parents)[0];
    if (existing !== undefined) return existing;
    const typeName = types[0];
    if (typeName === undefined || !create) throw new EmulatorError(404, 'invalid_request_error', 'No such object.', 'resource_missing');
    return this.createObject(ctx, typeName, {}, parents);
  }

  private retrieve(ctx: BehaviourContext, endpoint: EndpointMeta, pathValues: Record<string, string>, params: Params, paths: string[][]): EngineResponse {
    const types = this.returnTypes(endpoint);
    if (endpoint.idParam === undefined) {
      const behaviour = types[0] === undefined ? undefined : this.behaviourOf(types[0]);
      if (behaviour?.retrieveWithoutId !== undefined) return this.answer(ctx, behaviour.retrieveWithoutId(ctx, params), paths);
    }
    return { status: 200, body: this.render(ctx, this.target(ctx, endpoint, pathValues, true), paths) };
  }

  private list(
    ctx: BehaviourContext,
    endpoint: EndpointMeta,
    pathValues: Record<string, string>,
    params: Params,
    paths: string[][],
    requestPath: string,
    search: boolean,
  ): EngineResponse {
    const types = this.returnTypes(endpoint);
    this.checkParents(ctx, pathValues);
    // A list that does not page (an account's capabilities) is answered whole, as Stripe does.
    const page = isPaginated(this.metadata, endpoint) ? readPageRequest(params) : { limit: Number.POSITIVE_INFINITY };
    const created = readCreatedFilter(params.created);
    const filters: Params = {};
    for (const [k, v] of Object.entries(params)) if (!LIST_CONTROL_PARAMS.includes(k)) filters[k] = v;
    const items = ctx.store
      .list(types, ctx.scope, pathValues)
      .filter((o) => !o.hidden)
      .filter((o) => created === undefined || (typeof o.data.created === 'number' && inCreatedRange(o.data.created, created)))
      .filter((o) => search || matchesFilters(this.model, o, filters));
    const label = this.label(types);
    const result = paginate(items, (o) => String(o.data.id ?? o.key), page, label);
    const data = result.data.map((o) => this.render(ctx, o, paths));
    if (search) return { status: 200, body: { object: 'search_result', data, has_more: result.hasMore, next_page: null, url: requestPath } };
    return { status: 200, body: { object: 'list', data, has_more: result.hasMore, url: requestPath } };
  }

  private create(ctx: BehaviourContext, endpoint: EndpointMeta, pathValues: Record<string, string>, params: Params, paths: string[][]): EngineResponse {
    this.checkParents(ctx, pathValues);
    const typeName = this.chooseType(this.returnTypes(endpoint), params);
    const stored = this.createObject(ctx, typeName, params, pathValues);
    return { status: 200, body: this.render(ctx, stored, paths) };
  }

  /** For a union answer, the first member whose behaviour claims the params, else the first. */
  private chooseType(types: string[], params: Params): string {
    const claimed = types.find((t) => this.behaviourOf(t)?.claims?.(params) === true);
    const typeName = claimed ?? types[0];
    if (typeName === undefined) throw new EmulatorError(500, 'api_error', 'The emulator cannot build this object: its type is missing from the metadata.');
    return typeName;
  }

  private update(ctx: BehaviourContext, endpoint: EndpointMeta, pathValues: Record<string, string>, params: Params, paths: string[][]): EngineResponse {
    const stored = this.target(ctx, endpoint, pathValues, true);
    const behaviour = this.behaviourOf(stored.typeName);
    behaviour?.beforeUpdate?.(ctx, stored, params);
    this.model.merge(stored.typeName, stored.data, params, ctx.now());
    this.assignNestedIds(ctx.store, stored.typeName, stored.data, 0);
    behaviour?.afterUpdate?.(ctx, stored, params);
    return { status: 200, body: this.render(ctx, stored, paths) };
  }

  private remove(ctx: BehaviourContext, endpoint: EndpointMeta, pathValues: Record<string, string>): EngineResponse {
    const { id, parents } = this.split(endpoint, pathValues);
    if (id === undefined) throw new EmulatorError(400, 'invalid_request_error', 'This endpoint deletes nothing without an id.');
    const stored = ctx.store.find(id, ctx.scope, parents);
    if (stored === undefined) throw noSuch(this.label(this.returnTypes(endpoint)), id);
    this.behaviourOf(stored.typeName)?.beforeDelete?.(ctx, stored);
    ctx.store.remove(stored);
    for (const child of ctx.store.all()) {
      if (Object.values(child.parents).includes(id)) ctx.store.remove(child);
    }
    return { status: 200, body: { id, object: stored.data.object ?? this.model.objectOf(stored.typeName), deleted: true } };
  }

  private action(ctx: BehaviourContext, endpoint: EndpointMeta, pathValues: Record<string, string>, params: Params, paths: string[][]): EngineResponse {
    const types = this.returnTypes(endpoint);
    const name = actionName(endpoint.path);
    const target = endpoint.idParam === undefined ? undefined : this.target(ctx, endpoint, pathValues, false);
    const behaviour = target !== undefined ? this.behaviourOf(target.typeName) : types[0] === undefined ? undefined : this.behaviourOf(types[0]);
    const handler = behaviour?.actions?.[name];
    if (handler !== undefined) return this.answer(ctx, handler(ctx, target, params), paths);
    if (target !== undefined) {
      const status = statusAfterAction(name, this.statusValues(target.typeName));
      if (status !== undefined) target.data.status = status;
      return { status: 200, body: this.render(ctx, target, paths) };
    }
    const { parents } = this.split(endpoint, pathValues);
    this.checkParents(ctx, parents);
    if (endpoint.method === 'POST' && name.startsWith('delete')) {
      // A delete by parameters (`/v1/apps/secrets/delete`): the first match goes, answered deleted.
      const found = ctx.store.list(types, ctx.scope, parents).find((o) => !o.hidden && matchesFilters(this.model, o, params));
      if (found === undefined) throw new EmulatorError(404, 'invalid_request_error', `No ${this.label(types)} matches these parameters.`, 'resource_missing');
      const body = { ...this.render(ctx, found, paths), deleted: true };
      ctx.store.remove(found);
      return { status: 200, body };
    }
    if (endpoint.method === 'POST') {
      // A POST without an id that makes something (`create_from_calculation`): a create.
      const stored = this.createObject(ctx, this.chooseType(types, params), params, parents);
      return { status: 200, body: this.render(ctx, stored, paths) };
    }
    // A GET without an id that finds something (`/v1/apps/secrets/find`): the first match.
    const found = ctx.store.list(types, ctx.scope, parents).find((o) => !o.hidden && matchesFilters(this.model, o, params));
    if (found === undefined) throw new EmulatorError(404, 'invalid_request_error', `No ${this.label(types)} matches these parameters.`, 'resource_missing');
    return { status: 200, body: this.render(ctx, found, paths) };
  }

  private statusValues(typeName: string): string[] {
    const field = this.model.field(typeName, 'status');
    return field?.type.kind === 'enum' ? this.model.enumValues(field.type.name) : [];
  }
}

/** The last literal segment of a path template: `/v1/accounts/{account}/reject` -> `reject`. */
export function actionName(path: string): string {
  const literals = path.split('/').filter((s) => s !== '' && !s.startsWith('{'));
  return literals[literals.length - 1] ?? '';
}

const PAST_TENSE: Record<string, string> = { cancel: 'canceled', submit: 'submitted', pay: 'paid', void: 'voided', send: 'sent' };

/**
 * The status an action leaves an object in, when the object's status enum has the action's
 * past tense (`cancel` -> `canceled`, `close` -> `closed`); otherwise undefined (no change).
 */
export function statusAfterAction(action: string, statuses: readonly string[]): string | undefined {
  const past = PAST_TENSE[action] ?? (action.endsWith('e') ? `${action}d` : `${action}ed`);
  return statuses.includes(past) ? past : undefined;
}

/**
 * List filters by equality on top-level fields (`status=open`, `account=fca_...`,
 * `object=bank_account`). Params that name no field of the item, or carry a hash, do not filter.
 */
function matchesFilters(model: Model, obj: StoredObject, filters: Params): boolean {
  for (const [key, want] of Object.entries(filters)) {
    if (want === null || typeof want === 'object') continue;
    if (key !== 'object' && model.field(obj.typeName, key) === undefined) continue;
    let have = obj.data[key];
    if (isPlainObject(have) && typeof have.id === 'string') have = have.id;
    if (have === undefined || have === null || typeof have === 'object') return false;
    if (String(have) !== String(want)) return false;
  }
  return true;
}
