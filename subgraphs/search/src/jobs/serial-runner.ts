/**
 * Runs one task at a time. A request made while the task runs gets the run that starts right after it
 * (shared by every request made meanwhile), so a caller always gets a run that began after its request: a
 * burst of wake-ups costs two runs, not one each.
 */
export interface SerialRunner<T> {
  run(): Promise<T>;
  /** Resolves once nothing runs or waits to run. */
  idle(): Promise<void>;
}

export function serialRunner<T>(task: () => Promise<T>): SerialRunner<T> {
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
