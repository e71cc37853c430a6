import { backoffDelayMs, shouldRetry, type RetryPolicy } from '../domain/retry-backoff';
import { isTransientProviderError } from './card-provider';

export interface RetryDependencies {
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onRetry?: (attempt: number, delayMs: number, error: Error) => void;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls the provider, retrying transient failures (timeouts, provider unavailable) with exponential backoff.
 * Declines are answers and come back at once. When the tries are used up the transient error is rethrown:
 * a command handler lets the queue retry it later with the same idempotency key.
 */
export async function withProviderRetry<T>(
  policy: RetryPolicy,
  call: () => Promise<T>,
  deps: RetryDependencies = {},
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (!isTransientProviderError(error) || !shouldRetry(policy, attempt)) throw error;
      const delayMs = backoffDelayMs(policy, attempt, (deps.random ?? Math.random)());
      deps.onRetry?.(attempt, delayMs, error);
      await (deps.sleep ?? wait)(delayMs);
    }
  }
}
