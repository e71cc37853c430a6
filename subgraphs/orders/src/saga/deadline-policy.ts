import type { DeadlinePolicy, StepDeadline } from '@msa/saga';
import { authorizePayment } from './steps/authorize-payment';

/** What a deployment changes about the deadlines declared with the saga steps. */
export interface SagaDeadlineSettings {
  /** How long a declined order waits in PAYMENT_FAILED for retryPayment before it is cancelled. */
  paymentRetryWindowMs?: number;
  /** Replaces every step's reply deadline (tests use tiny ones). */
  replyWithinMs?: number;
  /** Replaces every step's number of sends. */
  attempts?: number;
  /** Replaces the deadlines of single steps by name (applied last). */
  steps?: Readonly<Record<string, StepDeadline>>;
}

function every(settings: SagaDeadlineSettings): StepDeadline {
  return {
    ...(settings.replyWithinMs !== undefined ? { replyWithinMs: settings.replyWithinMs } : {}),
    ...(settings.attempts !== undefined ? { attempts: settings.attempts } : {}),
  };
}

/** The checkout saga's deadlines: the steps' own, with this deployment's payment retry window. */
export function checkoutDeadlinePolicy(settings: SagaDeadlineSettings): DeadlinePolicy {
  const window =
    settings.paymentRetryWindowMs !== undefined ? { heldForMs: settings.paymentRetryWindowMs } : {};
  return {
    every: every(settings),
    steps: {
      ...settings.steps,
      [authorizePayment.name]: { ...window, ...settings.steps?.[authorizePayment.name] },
    },
  };
}

/** The return saga's deadlines: the steps' own, with the deployment's overrides for every step. */
export function returnDeadlinePolicy(settings: SagaDeadlineSettings): DeadlinePolicy {
  return { every: every(settings), steps: { ...settings.steps } };
}
