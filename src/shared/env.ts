/**
 * Reading environment variables, the same way for the gateway's settings (src/config.ts) and the
 * data source's (src/datasources/config.ts): blank is unset, and a malformed number is a message
 * naming the variable.
 */

/** The variable's value, trimmed; undefined when unset or blank. */
export function envValue(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** A whole number from `min` to `max` written in decimal digits, or (a string) the problem with it. */
export function parseEnvInteger(name: string, raw: string, min: number, max = Number.MAX_SAFE_INTEGER): number | string {
  const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (Number.isSafeInteger(value) && value >= min && value <= max) return value;
  const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
  return `${name} must be ${range}, got ${JSON.stringify(raw)}`;
}
