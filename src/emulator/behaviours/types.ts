/**
 * The hooks a hand-written behaviour may give, keyed by Stripe `object` value. The generic
 * engine calls them at fixed points; everything else stays generic.
 */

import type { Model, StripeObject } from '../model';
import type { Params } from '../params';
import type { StoredObject, Store } from '../store';

export interface CreateOptions {
  /** Connect scope; defaults to the request's. */
  scope?: string;
  /** Keep the object out of lists. */
  hidden?: boolean;
  /** Use this id instead of a new one (capabilities are named, not numbered). */
  id?: string;
}

export interface BehaviourContext {
  readonly model: Model;
  readonly store: Store;
  /** The request's Connect scope (PLATFORM_SCOPE or a connected account id). */
  readonly scope: string;
  /** Path params of the request by name. */
  readonly pathValues: Readonly<Record<string, string>>;
  /** Unix seconds. */
  now(): number;
  /** Creates and stores an object of a type; that type's own create hooks run too. */
  create(typeName: string, params: Params, parents?: Record<string, string>, options?: CreateOptions): StoredObject;
  /** An object by `object` value and id in the request's scope (any parents). */
  find(object: string, id: string): StoredObject | undefined;
  /** Objects of an `object` value created under a parent id (persons of an account). */
  children(object: string, parentId: string): StoredObject[];
  /** The GraphQL type of an `object` value; throws when the metadata lacks it. */
  typeFor(object: string): string;
}

/** What an action answers: a stored object (rendered, expandable) or a computed one. */
export type ActionResult = StoredObject | { computed: StripeObject };

type ActionHandler = (ctx: BehaviourContext, target: StoredObject | undefined, params: Params) => ActionResult;

export interface Behaviour {
  /** For a create that answers a union (external accounts): do these params make this type? */
  claims?(params: Params): boolean;
  /** Checks and fills a new object before it is stored; throw an EmulatorError to refuse. */
  beforeCreate?(ctx: BehaviourContext, obj: StripeObject, params: Params, parents: Record<string, string>): void;
  /** Runs once the object is stored (to make children such as capabilities). */
  afterCreate?(ctx: BehaviourContext, stored: StoredObject, params: Params): void;
  /**
   * Objects Stripe treats as always there, named rather than created (every capability of an
   * account exists, unrequested, until asked for): an update to an unknown id makes it first.
   */
  existsImplicitly?(ctx: BehaviourContext, id: string): boolean;
  /** Checks an update before any param is merged; throw an EmulatorError to refuse. */
  beforeUpdate?(ctx: BehaviourContext, stored: StoredObject, params: Params): void;
  /** Runs after the generic merge of update params. */
  afterUpdate?(ctx: BehaviourContext, stored: StoredObject, params: Params): void;
  /** Checks a delete before it happens. */
  beforeDelete?(ctx: BehaviourContext, stored: StoredObject): void;
  /** Answers a GET without an id (`/v1/account`, computed quotes) instead of the generic singleton. */
  retrieveWithoutId?(ctx: BehaviourContext, params: Params): ActionResult;
  /** Actions by the last literal path segment (`reject`, `cancel`). */
  actions?: Record<string, ActionHandler>;
}

export type BehaviourRegistry = Readonly<Record<string, Behaviour>>;

export function isStored(result: ActionResult): result is StoredObject {
  return 'key' in result && 'data' in result;
}
