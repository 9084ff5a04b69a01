/**
 * Small checks on values of unknown shape (parsed JSON, Stripe answers), shared by every layer.
 * Nothing here imports from the rest of src/.
 */

/** A plain JSON object: not null, not an array. */
/** A connected account's id as Stripe writes it (`acct_` and letters or digits): the one check of it. */
export function isAccountId(value: string): boolean {
  return /^acct_[A-Za-z0-9]+$/.test(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What was thrown, as an Error (anything else is wrapped, with its text as the message). */
export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
