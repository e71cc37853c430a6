/**
 * Deadlines of a step, declared with the step and overridable per deployment (a payment retry window from
 * the environment, tiny deadlines in tests). The watchdog of the service that runs the saga reads them.
 */
export interface StepDeadline {
  /** How long the saga waits for a reply to the step's command (or its compensation's) before asking again. */
  replyWithinMs?: number;
  /** How many times the step's command is sent in all before the saga gives up on the step. */
  attempts?: number;
  /** The saga's failure reason when it gives up on the step; default STEP_TIMED_OUT. */
  timeoutReason?: string;
  /** How long the step stays held after a retryable failure (see onStepHeld); unset: until retried or aborted. */
  heldForMs?: number;
  /** The saga's failure reason when a hold lapses; default HOLD_EXPIRED. */
  lapseReason?: string;
}

export interface ResolvedStepDeadline {
  replyWithinMs: number;
  attempts: number;
  timeoutReason: string;
  heldForMs: number | null;
  lapseReason: string;
}

/** What a deployment changes: `every` applies to all steps, `steps` to one step by name (and wins). */
export interface DeadlinePolicy {
  every?: StepDeadline;
  steps?: Readonly<Record<string, StepDeadline>>;
}

export const DEFAULT_REPLY_WITHIN_MS = 60_000;
export const DEFAULT_STEP_ATTEMPTS = 3;
export const STEP_TIMED_OUT = 'STEP_TIMED_OUT';
export const HOLD_EXPIRED = 'HOLD_EXPIRED';

/** The step's own deadline, then the policy's `every`, then its entry for the step. */
export function resolveDeadline(
  step: { name: string; deadline?: StepDeadline },
  policy: DeadlinePolicy = {},
): ResolvedStepDeadline {
  const merged: StepDeadline = { ...step.deadline, ...policy.every, ...policy.steps?.[step.name] };
  const attempts = merged.attempts ?? DEFAULT_STEP_ATTEMPTS;
  const replyWithinMs = merged.replyWithinMs ?? DEFAULT_REPLY_WITHIN_MS;
  if (!Number.isInteger(attempts) || attempts < 1)
    throw new RangeError(`Step "${step.name}" must be sent at least once; got attempts ${attempts}`);
  if (!(replyWithinMs > 0))
    throw new RangeError(`Step "${step.name}" needs a positive replyWithinMs; got ${replyWithinMs}`);
  return {
    replyWithinMs,
    attempts,
    timeoutReason: merged.timeoutReason ?? STEP_TIMED_OUT,
    heldForMs: merged.heldForMs ?? null,
    lapseReason: merged.lapseReason ?? HOLD_EXPIRED,
  };
}
