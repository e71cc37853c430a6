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
  // A finishing task hands its slot straight to the next in line (`active` does not change), so a caller
  // arriving between the release and the woken task's start cannot take the slot as well.
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= max) await new Promise<void>((resolve) => queue.push(resolve));
      else active++;
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
