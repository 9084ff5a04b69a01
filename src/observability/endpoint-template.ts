/**
 * Upstream paths as the endpoint templates they were filled from (`/v1/accounts/{account}`), so
 * metrics are labelled by endpoint, never by object id: a label per id would grow without end.
 */
import type { RestMetadata } from '../metadata/types';

export type TemplateOf = (path: string) => string;

/** What a path that matches no endpoint of the metadata is reported as. */
export const UNKNOWN_ENDPOINT = 'other';

interface Node {
  literal: Map<string, Node>;
  param?: Node;
  /** The template that ends here. */
  template?: string;
}

const newNode = (): Node => ({ literal: new Map() });

/**
 * A matcher over every endpoint path of the metadata: a tree of path segments where a literal
 * segment is preferred to a `{param}` one (`/v1/accounts/search` over `/v1/accounts/{account}`).
 * Matching costs one step per segment of the path.
 */
export function endpointTemplates(metadata: RestMetadata): TemplateOf {
  const root = newNode();
  for (const resource of Object.values(metadata.resources)) {
    for (const endpoint of resource.endpoints) {
      let node = root;
      for (const segment of endpoint.path.split('/')) {
        if (/^\{[^}]+\}$/.test(segment)) node = node.param ??= newNode();
        else {
          let next = node.literal.get(segment);
          if (!next) node.literal.set(segment, (next = newNode()));
          node = next;
        }
      }
      node.template = endpoint.path;
    }
  }
  return (path) => match(root, path.split('/'), 0) ?? UNKNOWN_ENDPOINT;
}

function match(node: Node, segments: readonly string[], at: number): string | undefined {
  if (at === segments.length) return node.template;
  const segment = segments[at]!;
  const literal = node.literal.get(segment);
  const viaLiteral = literal ? match(literal, segments, at + 1) : undefined;
  if (viaLiteral !== undefined) return viaLiteral;
  return node.param && segment !== '' ? match(node.param, segments, at + 1) : undefined;
}
