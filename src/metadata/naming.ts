/**
 * Naming rules of the generated schema. Pure functions: the generator, the runtime and the
 * tests all call these, so a name is decided in exactly one place.
 */

/** `onramp_session` -> `OnrampSession`; `financial_connections.account` -> `FinancialConnectionsAccount`. */
export function pascalCase(value: string): string {
  return value
    .split(/[._\-\s]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** GraphQL type name of a Stripe object value. */
export function typeNameForObject(object: string): string {
  return pascalCase(object);
}

/** `charges_enabled` -> `chargesEnabled`; keeps a leading digit legal by prefixing `_`. */
export function fieldName(stripeName: string): string {
  const pascal = pascalCase(stripeName);
  const camel = pascal.length > 0 ? pascal[0]!.toLowerCase() + pascal.slice(1) : pascal;
  return /^[0-9]/.test(camel) ? `_${camel}` : camel;
}

/** `Account` -> `account`, `FinancialConnectionsAccount` -> `financialConnectionsAccount`. */
export function lowerFirst(name: string): string {
  return name.length > 0 ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/**
 * Plural root field of a list: `account` -> `accounts`, `capability` -> `capabilities`,
 * `address` -> `addresses`. Stripe's object names are regular English nouns.
 */
export function plural(name: string): string {
  if (/[^aeiou]y$/i.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(name)) return `${name}es`;
  return `${name}s`;
}

/** `accounts` -> `account`, `capabilities` -> `capability`; names path params after their collection. */
export function singular(segment: string): string {
  if (/ies$/.test(segment)) return `${segment.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(segment)) return segment.slice(0, -2);
  if (/s$/.test(segment) && !/ss$/.test(segment)) return segment.slice(0, -1);
  return segment;
}

/**
 * GraphQL enum value name for a Stripe enum value: `active` -> `ACTIVE`, `en-US` -> `EN_US`,
 * `2fa` -> `_2FA`. GraphQL forbids `true`, `false` and `null` as enum values.
 */
export function enumValueName(value: string): string {
  let name = value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .toUpperCase();
  if (name === '') name = 'EMPTY';
  if (/^[0-9]/.test(name)) name = `_${name}`;
  if (name === 'TRUE' || name === 'FALSE' || name === 'NULL') name = `${name}_VALUE`;
  return name;
}

/** The member added to every output enum: what a value unknown to this schema serialises to. */
export const UNRECOGNIZED_ENUM_VALUE = 'UNRECOGNIZED';

/** Union of several object types, named by its members: `Customer | DeletedCustomer` -> `CustomerOrDeletedCustomer`. */
export function unionName(members: readonly string[]): string {
  return members.join('Or');
}
