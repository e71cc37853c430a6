/** The state of one client's sliding window at the moment a request was refused. */
export interface WindowState {
  limit: number;
  windowMs: number;
  cost: number;
  /** Points spent in the previous fixed window. */
  previous: number;
  /** Points spent so far in the current fixed window. */
  current: number;
  /** Milliseconds since the current fixed window began. */
  elapsedMs: number;
}

/**
 * Points counted against a client under the sliding-window approximation: the previous window's spend,
 * weighted by how much of it still overlaps the last `windowMs`, plus the current window's spend.
 */
export function weightedSpend(
  state: Pick<WindowState, 'windowMs' | 'previous' | 'current' | 'elapsedMs'>,
): number {
  return (state.previous * (state.windowMs - state.elapsedMs)) / state.windowMs + state.current;
}

/**
 * Whole seconds until a request of `cost` points would fit. While the current window's own spend leaves
 * room, the wait is for the previous window's weight to fade; otherwise the current window must roll over
 * and then fade in turn. A cost above the whole limit never fits: the answer is then one full window.
 */
export function retryAfterSeconds(state: WindowState): number {
  const { limit, windowMs, cost, previous, current, elapsedMs } = state;
  const untilRollover = windowMs - elapsedMs;
  let waitMs: number;
  if (cost > limit) {
    waitMs = windowMs;
  } else if (current + cost <= limit) {
    waitMs = previous > 0 ? untilRollover - ((limit - cost - current) * windowMs) / previous : 0;
  } else {
    waitMs = untilRollover + (current > 0 ? windowMs - ((limit - cost) * windowMs) / current : 0);
  }
  return Math.max(1, Math.ceil(waitMs / 1000));
}
