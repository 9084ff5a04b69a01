/**
 * The GraphQL operations being served, so that shutdown can stop taking new ones, let those
 * running finish for a while, and then cancel what is left rather than wait without end.
 */
export class InFlight {
  private readonly active = new Set<AbortController>();
  private idle: Array<() => void> = [];
  private stopping = false;

  /** True once a drain has begun: not ready, new connections refused, keep-alive ended. */
  get draining(): boolean {
    return this.stopping;
  }

  get size(): number {
    return this.active.size;
  }

  /** Registers an operation's controller; call the answer when the operation is over. */
  track(controller: AbortController): () => void {
    this.active.add(controller);
    return () => {
      this.active.delete(controller);
      if (this.active.size === 0) for (const wake of this.idle.splice(0)) wake();
    };
  }

  /**
   * Waits up to `timeoutMs` for the running operations to finish, then cancels the rest (their
   * upstream requests end and they answer REQUEST_CANCELLED). Answers how many were cancelled.
   */
  async drain(timeoutMs: number): Promise<number> {
    this.stopping = true;
    if (this.active.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.idle.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const left = [...this.active];
    for (const controller of left) controller.abort(new Error('The gateway is shutting down'));
    return left.length;
  }
}
