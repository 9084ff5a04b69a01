/**
 * At most `limit` tasks running at once; the others wait their turn, first come first served.
 * The capped floor's REST caller uses it to obey the gateway's per-key in-flight limit
 * (`STRIPE_MAX_IN_FLIGHT`), so the nested operation's comparison is fair.
 */
export type Limited = <T>(task: () => Promise<T>) => Promise<T>;

export function limitConcurrency(limit: number): Limited {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`limit must be an integer >= 1, got ${limit}`);
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return async (task) => {
    // A freed slot passes straight to the next waiter, so `running` never exceeds the limit.
    if (running < limit) running += 1;
    else await new Promise<void>((r) => waiting.push(r));
    try {
      return await task();
    } finally {
      release();
    }
  };
}
