/**
 * The shape of the generated REST metadata (`schema/generated/metadata.json`).
 *
 * This is the one contract between the schema generator (which writes it from the `stripe`
 * package's definitions plus our preview definitions) and everything that reads it: the
 * resolvers, the Stripe data source and the emulator. No other per-resource table exists.
 */

/** A reference to the type of a value, as Stripe sends it over the wire. */
export type TypeRef =
  | { kind: 'scalar'; name: ScalarName; open?: OpenShape }
  /** An object type by its GraphQL name (a top-level resource or a nested type). */
  | { kind: 'object'; name: string }
  /** A union of object types by its GraphQL name (see `RestMetadata.unions`). */
  | { kind: 'union'; name: string }
  /** An enum by its GraphQL name (see `RestMetadata.enums`). */
  | { kind: 'enum'; name: string }
  | { kind: 'list'; of: TypeRef }
  /** A Stripe list object (`{object: 'list', data, has_more, url}`) embedded in a parent. */
  | { kind: 'apiList'; of: TypeRef };

/**
 * Why an output is `JSON` (docs/schema.md lists them): a free-form map (`{[key: string]: ...}`,
 * `Record`), a union of unlike shapes, or a value the SDK types as `any`/`unknown`.
 */
type OpenShape = 'map' | 'union' | 'any';

/**
 * Scalars of the graph. `Long` is an integer that may pass 2^31 (amounts, counts); `Float` a
 * fractional number; `Timestamp` Unix seconds; `Decimal` an exact decimal string; `Metadata` a
 * string-to-string map; `JSON` any value whose shape Stripe leaves open (free-form maps).
 */
export type ScalarName = 'String' | 'Boolean' | 'Int' | 'Long' | 'Float' | 'ID' | 'Timestamp' | 'Decimal' | 'Metadata' | 'JSON';

export interface FieldMeta {
  /** GraphQL name (camelCase). */
  name: string;
  /** The wire name Stripe uses. */
  stripe: string;
  type: TypeRef;
  /** False only when Stripe declares the field always present and never null. */
  nullable: boolean;
  /**
   * Set when the field is an expandable reference: Stripe sends an id string unless the field
   * is expanded. The GraphQL type then has two fields: `<name>Id: ID` and `<name>` (the object).
   */
  expandable?: boolean;
  /**
   * With `expandable`: Stripe sends only the id and cannot expand it (a person's `account`);
   * the graph loads the object by id. From schema/sources/references.ts.
   */
  idOnly?: boolean;
  description?: string;
  /** The reason, when the `stripe` package marks the field `@deprecated`. */
  deprecated?: string;
  /**
   * Stripe sends a map keyed by currency (`{usd: 1200, eur: 300}`); the graph lists its entries,
   * each `{currency, value}` on the wire of the entry type (`CurrencyAmount`), so `type` is that
   * list. The one field resolver turns the map into the entries.
   */
  keyedBy?: 'currency';
  /**
   * Stripe sends an object the SDK declares with no fields (`PaymentMethod.affirm: {}`); its
   * being there is the information. The graph's field is `Boolean` (true when Stripe sent it);
   * the field resolver answers that, and the emulator keeps Stripe's `{}`.
   */
  presence?: true;
}

export interface ObjectTypeMeta {
  /** GraphQL type name. */
  name: string;
  /** The Stripe `object` value for top-level objects (`account`), absent for nested types. */
  object?: string;
  /** Set on deleted variants (`DeletedAccount`): Stripe sends `{id, object, deleted: true}`. */
  deleted?: boolean;
  /** Domain file it is emitted into (Connect, Issuing, ...). */
  domain: string;
  fields: FieldMeta[];
  description?: string;
}

export interface EnumMeta {
  name: string;
  /** GraphQL value name -> Stripe value. */
  values: Record<string, string>;
}

export interface UnionMeta {
  name: string;
  /** Member GraphQL type names; each member is a top-level object with a distinct `object`. */
  members: string[];
}

/** How an endpoint acts, as far as the graph is concerned. */
export type OperationKind =
  /** GET one object by id (or a singleton such as `/v1/account`). */
  | 'retrieve'
  /** GET a Stripe list. */
  | 'list'
  /** GET a search result (`page`, `next_page`). */
  | 'search'
  /** POST to a collection: makes a new object. */
  | 'create'
  /** POST to an object's own path: changes it. */
  | 'update'
  /** DELETE an object: answers `{id, object, deleted: true}`. */
  | 'delete'
  /** Any other POST (reject, cancel, ...), or a GET that computes something (find, preview). */
  | 'action';

export interface EndpointMeta {
  /** The SDK's method name (`listPersons`), or ours for preview resources. */
  name: string;
  method: 'GET' | 'POST' | 'DELETE';
  /**
   * Path template. Each param is named after the collection segment before it, singular:
   * `/v1/accounts/{account}/persons/{person}`, `/v1/accounts/{account}/reject`.
   */
  path: string;
  /** Path params in order of appearance. */
  pathParams: string[];
  /** The path param holding the id of the object the endpoint acts on (retrieve, update, delete, action). */
  idParam?: string;
  kind: OperationKind;
  /** What it answers with: the object's GraphQL type (for lists, the item type) or a union. */
  returns: TypeRef;
  /** Input type name (see `RestMetadata.inputs`) of its parameters, when it takes any. */
  params?: string;
  /** Stripe-Version needed (preview resources), appended to the pinned version. */
  previewVersion?: string;
  /**
   * Where the graph exposes it: a root field (`Query.accounts`, `Mutation.createPerson`) or a
   * relation field on the parent type (`Account.persons`). Absent when the graph does not
   * expose it directly (a referenced object's retrieve, used only by the loaders).
   */
  graphql?: { parent: string; field: string };
  /** The SDK method's documentation, when it has any. */
  description?: string;
  /** The reason, when the SDK marks the method `@deprecated`. */
  deprecated?: string;
}

export interface ResourceMeta {
  /** GraphQL type name of the object: `Account`, `FinancialConnectionsAccount`. */
  typeName: string;
  /** Stripe's `object` value. */
  object: string;
  /** Id prefix (`acct`), when known; used by `node(id:)` and the emulator. */
  idPrefix?: string;
  domain: string;
  /** True for resources named in the seed document; false for objects only referenced by them. */
  seed: boolean;
  /** True for resources from our hand-written preview definitions. */
  preview: boolean;
  endpoints: EndpointMeta[];
  /**
   * The parent resource for nested collections (`persons` under `accounts`): the path param of
   * the parent and its type. Absent for top-level resources.
   */
  parent?: { typeName: string; pathParam: string };
}

export interface InputFieldMeta {
  name: string;
  stripe: string;
  type: InputTypeRef;
  required: boolean;
  /** Stripe accepts an empty string to unset the field (`Emptyable<T>` in the SDK). */
  emptyable: boolean;
  description?: string;
  /** The reason, when the `stripe` package marks the parameter `@deprecated`. */
  deprecated?: string;
  /**
   * The one value Stripe accepts (`object: 'bank_account'` in a member of a `@oneOf` input):
   * the graph leaves the field out, since the member's name already says it, and sends this.
   */
  constant?: string;
}

export type InputTypeRef =
  ScalarInputRef | { kind: 'input'; name: string } | { kind: 'enum'; name: string } | { kind: 'list'; of: InputTypeRef } | UnionInputRef;

/**
 * A parameter Stripe takes in several shapes (`number | {gt, gte, lt, lte}`, `string | {...}`).
 * The graph types it with the input type `name`: a range (`TimestampRange`, sent as the hash) or
 * a `@oneOf` input (`InputTypeMeta.oneOf`) whose one given field is sent as the whole value.
 * The emulator checks what arrives against `members`, the SDK's own union, as Stripe does.
 */
export interface UnionInputRef {
  kind: 'union';
  name: string;
  members: InputTypeRef[];
}

/**
 * A scalar parameter. The graph sees only `name`; the other fields tell the emulator what
 * Stripe accepts beyond what the GraphQL type says:
 */
export interface ScalarInputRef {
  kind: 'scalar';
  name: ScalarName;
  /** Integers: the range Stripe's documentation gives (`between 1 and 31`), inclusive. */
  min?: number;
  max?: number;
  /**
   * JSON: a hash the SDK declares with no properties at all (`features: {}`); it takes no keys.
   * The graph leaves such a parameter out: form encoding sends nothing for an empty hash.
   */
  emptyHash?: true;
}

export interface InputTypeMeta {
  name: string;
  domain: string;
  fields: InputFieldMeta[];
  /**
   * A GraphQL `@oneOf` input standing for a union parameter (see `UnionInputRef`): exactly one
   * field is given, and its value is what Stripe receives. Its fields have no Stripe name of
   * their own (`stripe` repeats the member's).
   */
  oneOf?: true;
}

/**
 * A parent -> children edge of the graph that no path nests: children come from a top-level list
 * filtered by the parent's id (`/v1/financial_connections/transactions?account=fca_...`).
 * Edges that paths nest (`/v1/accounts/{account}/persons`) need no entry: the list endpoint
 * with `ResourceMeta.parent` says it.
 */
export interface FilterRelationMeta {
  /** Parent GraphQL type and the connection field added to it. */
  parent: string;
  field: string;
  /** Child resource type; its list endpoint is used. */
  child: string;
  /** Stripe list parameter that takes the parent's id. */
  filter: string;
}

export interface RestMetadata {
  /** Stripe API version the definitions describe (`2026-10-28.endive`). */
  apiVersion: string;
  /** Version of the `stripe` package they were read from. */
  stripePackageVersion: string;
  /** Top-level resources by GraphQL type name. */
  resources: Record<string, ResourceMeta>;
  /** Every object type, top-level and nested, by GraphQL name. */
  types: Record<string, ObjectTypeMeta>;
  enums: Record<string, EnumMeta>;
  unions: Record<string, UnionMeta>;
  inputs: Record<string, InputTypeMeta>;
  relations: FilterRelationMeta[];
}
