/**
 * Reading HTTP headers as Node hands them over (a string, a list of them, or nothing), the same
 * way for the gateway's own requests and for Stripe's answers.
 */

/** The first value of a header, trimmed; undefined when absent or blank. */
export function headerValue(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.trim() !== '' ? v.trim() : undefined;
}
