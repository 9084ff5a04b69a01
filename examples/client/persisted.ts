/**
 * Running typed documents by their persisted hash: the request carries only the document's id
 * (`documentId`), never its text, so it works against a gateway that runs trusted documents only
 * (GATEWAY_TRUSTED_DOCUMENTS_MODE=only with examples/client/gql/persisted-documents.json).
 * Uses the platform's fetch, so it runs in browsers, React Native and Node alike.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A generated document: the client preset embeds its manifest id as `__meta__.hash`. */
type PersistedDocument<TResult, TVariables> = TypedDocumentNode<TResult, TVariables> & { __meta__?: { hash?: string } };

export interface GraphQLFailure {
  message: string;
  extensions?: { code?: string };
}

/** An answer with errors, kept whole so a page can show each code. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly GraphQLFailure[],
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
}

export function documentIdOf(document: object): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (hash === undefined) throw new Error('This document has no persisted hash; run `npm run codegen`');
  return hash;
}

/** Runs one typed operation by its id; `headers` carries Authorization and Stripe-Account. */
export async function runPersisted<TResult, TVariables>(
  endpoint: string,
  document: PersistedDocument<TResult, TVariables>,
  variables: TVariables,
  headers: Record<string, string> = {},
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ documentId: documentIdOf(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult | null; errors?: GraphQLFailure[] };
  if (body.errors?.length) throw new GraphQLRequestError(response.status, body.errors);
  return body.data as TResult;
}
