/** Where a delivery stands. */
export const DELIVERY_STATUSES = ['PENDING', 'RETRYING', 'SENT', 'FAILED', 'SKIPPED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export type AttemptOutcome = 'SENT' | 'FAILED' | 'SKIPPED';

/** What one attempt at a delivery came to. */
export type AttemptResult =
  | { outcome: 'SENT'; providerMessageId: string }
  /** Nothing to send: the recipient opted out meanwhile, has no address for the channel, or is gone. */
  | { outcome: 'SKIPPED'; reason: string }
  /** `permanent` failures (a rejected address, a dead device token) are not retried. */
  | { outcome: 'FAILED'; reason: string; permanent: boolean };

export interface AttemptVerdict {
  status: DeliveryStatus;
  /** Try again later (the job is failed so that the queue retries it with backoff). */
  retry: boolean;
}

/** The delivery's status after an attempt; transient failures retry until the attempts run out. */
export function verdictAfter(
  result: AttemptResult,
  attemptNumber: number,
  maxAttempts: number,
): AttemptVerdict {
  switch (result.outcome) {
    case 'SENT':
      return { status: 'SENT', retry: false };
    case 'SKIPPED':
      return { status: 'SKIPPED', retry: false };
    case 'FAILED':
      if (result.permanent || attemptNumber >= maxAttempts) return { status: 'FAILED', retry: false };
      return { status: 'RETRYING', retry: true };
  }
}

/** A delivery in one of these states will not be attempted again by its job. */
export function isSettled(status: DeliveryStatus): boolean {
  return status === 'SENT' || status === 'SKIPPED' || status === 'FAILED';
}
