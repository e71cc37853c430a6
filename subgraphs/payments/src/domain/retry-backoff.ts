/** How a transient provider failure is retried in process before the command queue takes over. */
export interface RetryPolicy {
  /** Tries in all, the first included; 1 disables in-process retries. */
  attempts: number;
  /** Wait before the second try; doubles for each further try. */
  baseDelayMs: number;
  /** Upper bound of one wait. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  attempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 2_000,
});

/**
 * The wait after failed try number `attempt` (1-based): exponential, capped, with "full jitter" scaled by
 * `random` in [0, 1) so that many workers retrying at once do not hit the provider in lockstep. The wait is
 * never below half the exponential step, so a retry is never immediate.
 */
export function backoffDelayMs(policy: RetryPolicy, attempt: number, random: number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * random);
}

export function shouldRetry(policy: RetryPolicy, attempt: number): boolean {
  return attempt < policy.attempts;
}
