/**
 * Runs one task at a time. A request that arrives while the task runs gets the run that starts right after
 * it (shared by every request that arrived meanwhile), so a caller always gets a run that began after its
 * request: a flush after an insert sees that insert, and a burst of wake-ups costs two runs, not one each.
 */
export interface CoalescingRunner<T> {
  run(): Promise<T>;
  /** Resolves once nothing runs or waits to run. */
  idle(): Promise<void>;
}

export function coalescingRunner<T>(task: () => Promise<T>): CoalescingRunner<T> {
  let current: Promise<T> | null = null;
  let next: Promise<T> | null = null;

  const run = (): Promise<T> => {
    if (!current) {
      current = task().finally(() => {
        current = null;
      });
      return current;
    }
    next ??= current
      .catch(() => undefined)
      .then(() => {
        next = null;
        return run();
      });
    return next;
  };

  return {
    run,
    async idle() {
      while (current || next) await (next ?? current)!.catch(() => undefined);
    },
  };
}
