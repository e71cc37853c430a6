/**
 * The persisted state of one saga run. Plain JSON, so a service can store it in its database in the same
 * transaction as the commands it sends, and resume after a restart from exactly where it stopped.
 */
export type SagaStatus = 'running' | 'completed' | 'compensating' | 'failed';

/**
 * - `running`: its command was sent and the reply is awaited.
 * - `settled`: it succeeded, but its effect no longer needs undoing by this saga (undone outside it, such as an
 *   expired reservation, or taken over by a later step that absorbs it).
 * - `skipped`: its `when` said it does not apply to this run.
 * - `timed-out`: no reply came after every attempt, so the saga gave up on it. A late success is undone at
 *   once (the saga has failed meanwhile); a late failure changes nothing.
 */
export type StepStatus =
  | 'pending'
  | 'running'
  | 'succeeded'
  | 'failed'
  | 'compensating'
  | 'compensated'
  | 'settled'
  | 'skipped'
  | 'timed-out';

export interface StepRecord {
  status: StepStatus;
  output?: unknown;
  undo?: unknown;
  compensationAttempts: number;
  /**
   * How many times the step's command was sent for its current run (a retryStep starts again at 1); absent
   * in states persisted before the watchdog, which counts them as 1.
   */
  attempts?: number;
  /** The last failure of the step or of its compensation. */
  error: string | null;
}

export interface SagaState<TInput> {
  /** Name of the definition this state belongs to. */
  saga: string;
  status: SagaStatus;
  input: TInput;
  steps: Record<string, StepRecord>;
  /** Steps in the order they succeeded; compensation walks this backwards. */
  completed: string[];
  /** Steps still waiting for their compensation, next first. */
  toCompensate: string[];
  /** Why the saga failed or was aborted. */
  failureReason: string | null;
}

/** What the caller must do after a transition, in order. */
export type SagaAction<TCommand> =
  /** `attempt` is absent on the first send and counts the sends when the watchdog asks again. */
  | { type: 'invoke'; step: string; command: TCommand; attempt?: number }
  | { type: 'compensate'; step: string; undo: unknown; command: TCommand; attempt: number }
  | { type: 'complete'; outputs: Record<string, unknown> }
  | { type: 'fail'; reason: string }
  /** A step failed in a way the caller may retry (see onStepHeld): nothing is undone, the saga waits. */
  | { type: 'hold'; step: string; reason: string };

export interface SagaTransition<TInput, TCommand> {
  state: SagaState<TInput>;
  actions: SagaAction<TCommand>[];
}
