/**
 * The custom scalars of the graph (declared in schema/base.graphql). Each one passes Stripe's
 * value through unchanged on output; parsing checks what clients send.
 */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badUserInput } from '../shared/errors';

function literalToJs(node: ValueNode, variables?: Record<string, unknown> | null): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
      return Number(node.value);
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((v) => literalToJs(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literalToJs(f.value, variables)]));
    case Kind.VARIABLE:
      return variables ? variables[node.name.value] : undefined;
  }
}

function safeInteger(value: unknown, scalar: string): number {
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw badUserInput(`${scalar} must be an integer within ±2^53, got ${JSON.stringify(value)}`);
  return n;
}

/** Whatever number Stripe sent, unchanged: never an error on output (see docs/schema.md). */
function passNumber(value: unknown): unknown {
  return value;
}

const Timestamp = new GraphQLScalarType({
  name: 'Timestamp',
  serialize: passNumber,
  parseValue: (value) => safeInteger(value, 'Timestamp'),
  parseLiteral: (node) => safeInteger(literalToJs(node), 'Timestamp'),
});

const Long = new GraphQLScalarType({
  name: 'Long',
  serialize: passNumber,
  parseValue: (value) => safeInteger(value, 'Long'),
  parseLiteral: (node) => safeInteger(literalToJs(node), 'Long'),
});

function decimal(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return value;
  throw badUserInput(`Decimal must be a decimal string such as "12.345", got ${JSON.stringify(value)}`);
}

const Decimal = new GraphQLScalarType({
  name: 'Decimal',
  serialize: (value) => (typeof value === 'number' ? String(value) : value),
  parseValue: decimal,
  parseLiteral: (node) => decimal(literalToJs(node)),
});

function metadataMap(value: unknown): Record<string, string | null> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badUserInput('Metadata must be an object of string values');
  const out: Record<string, string | null> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === null)
      out[key] = null; // null unsets a key, as in Stripe
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[key] = String(v);
    else throw badUserInput(`Metadata value for ${key} must be a string`);
  }
  return out;
}

const Metadata = new GraphQLScalarType({
  name: 'Metadata',
  serialize: (value) => value,
  parseValue: metadataMap,
  parseLiteral: (node, variables) => metadataMap(literalToJs(node, variables)),
});

const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node, variables) => literalToJs(node, variables),
});

export const scalarResolvers = { Timestamp, Long, Decimal, Metadata, JSON: JSONScalar };
