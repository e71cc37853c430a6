/** Runs async tasks with at most `max` of them started and not yet settled; the rest wait their turn in order. */
export interface WorkLimiter {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks started and not yet settled. */
  readonly active: number;
  /** Tasks waiting for a turn. */
  readonly waiting: number;
}

export function createWorkLimiter(max: number): WorkLimiter {
  if (!Number.isInteger(max) || max < 1) throw new Error(`max must be a positive integer, got ${max}`);
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    active--;
    queue.shift()?.();
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= max) await new Promise<void>((resolve) => queue.push(resolve));
      // A woken task takes over the slot of the one that released it: `active` stays at most `max`.
      active++;
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
