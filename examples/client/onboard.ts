/**
 * A typed client for frontend teams: the operations in examples/*.graphql, typed by
 * graphql-codegen's client preset (examples/client/gql, `npm run codegen`). Variables and
 * results are checked by the compiler: a misspelt field or a missing variable does not build.
 *
 *   npx tsx examples/client/onboard.ts        (against a gateway on 127.0.0.1:4000)
 */
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { fetch } from 'undici';
import { AddExternalAccountDocument, CreateAccountDocument, ReadAccountDocument } from './gql/graphql';

/** Runs one typed operation; the result type follows from the document. */
export async function run<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  apiKey?: string,
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  return body.data as TResult;
}

/**
 * Creates a connected account, adds the bank account payouts go to, then reads it back with
 * everything nested. `externalAccount` is a @oneOf input: the compiler accepts exactly one of
 * `token`, `bankAccount`, `card` or `cardToken`.
 */
export async function onboard(
  endpoint: string,
  email: string,
  apiKey?: string,
): Promise<{ id: string; email: string | null | undefined; persons: number; bankLast4: string | null | undefined; externalAccounts: number }> {
  const created = await run(endpoint, CreateAccountDocument, { input: { type: 'CUSTOM', country: 'US', email } }, apiKey);
  // Every field that calls Stripe is nullable in the graph (a failure nulls only itself), so
  // the types make the client say what a missing result means.
  if (!created.createAccount) throw new Error('createAccount returned no account');
  const id = created.createAccount.id;
  const bankAccount = {
    country: 'US',
    currency: 'usd',
    accountHolderName: 'New Seller',
    accountHolderType: 'INDIVIDUAL',
    routingNumber: '110000000',
    accountNumber: '000123456789',
  } as const;
  const added = await run(endpoint, AddExternalAccountDocument, { account: id, input: { externalAccount: { bankAccount } } }, apiKey);
  const bank = added.createExternalAccount?.__typename === 'BankAccount' ? added.createExternalAccount : undefined;
  const read = await run(endpoint, ReadAccountDocument, { id }, apiKey);
  return {
    id,
    email: read.account?.email,
    persons: read.account?.persons?.nodes.length ?? 0,
    bankLast4: bank?.last4,
    externalAccounts: read.account?.externalAccounts?.nodes.length ?? 0,
  };
}

async function main(): Promise<void> {
  const result = await onboard(process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql', 'new-seller@example.com');
  console.log(result);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
