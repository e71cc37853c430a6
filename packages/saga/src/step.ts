import type { StepDeadline } from './deadline-policy';
import type { StepReplies } from './reply-routes';

/** A step named by its declaration (`authorizePayment`) or, in specs, by its name. */
export type StepRef = string | { readonly name: string };

export function stepNameOf(step: StepRef): string {
  return typeof step === 'string' ? step : step.name;
}

/** What a step's functions see: the saga input and the outputs of the steps completed before it. */
export interface StepContext<TInput> {
  input: TInput;
  /** Outputs of completed steps, by step name. */
  outputs: Readonly<Record<string, unknown>>;
}

/**
 * The result of a step, Medusa style: what later steps may use (`output`) kept apart from what this step's
 * compensation needs (`undo`), so compensations never depend on data they did not ask for.
 */
export interface StepResponse<TOutput, TUndo> {
  output: TOutput;
  undo: TUndo;
}

export function stepResponse<TOutput, TUndo>(output: TOutput, undo: TUndo): StepResponse<TOutput, TUndo> {
  return { output, undo };
}

/**
 * One step of a saga whose work is done elsewhere: `invoke` builds the command that asks the owning service to
 * do it, `result` reads the owner's success reply, `compensate` builds the command that undoes it. All three are
 * pure; returning `null` from `compensate` means there is nothing to undo.
 *
 * Methods (not function properties) on purpose: a step with a concrete reply type still fits a saga's list of
 * steps.
 */
export interface SagaStep<TInput, TCommand, TReply = unknown, TOutput = unknown, TUndo = unknown> {
  /** Unique within its saga, verb-noun (`reserve-inventory`). */
  readonly name: string;
  /** One line saying what the step does. */
  readonly description: string;
  /**
   * Earlier steps whose effect this one takes over when it succeeds (committing a reservation turns it into a
   * sale): their compensations are no longer run, because this step's compensation undoes the combined effect.
   */
  readonly absorbs?: readonly { readonly name: string }[];
  /**
   * The events that answer this step: which one means it succeeded, failed (and why), was compensated; the
   * saga's reply routing and the events its owner subscribes to are derived from these (see replies.ts).
   */
  readonly replies?: StepReplies;
  /**
   * Whether the step applies to this run (an order without discounts redeems no promotions). A step whose
   * `when` returns false is `skipped`: never invoked, never compensated. Decided when the step is reached.
   */
  when?(context: StepContext<TInput>): boolean;
  /**
   * How long the saga waits for this step's replies, how often it asks again, and how long it stays held after
   * a retryable failure (see deadline.ts). Unset members take the defaults there.
   */
  readonly deadline?: StepDeadline;
  /**
   * Nothing waits on this step: it is invoked when it is reached and the saga moves straight on to the next
   * step (or completes, when no blocking step is left), while its reply is still awaited and recorded. Its
   * success settles the steps it absorbs as usual; a saga undone meanwhile waits for its outcome before
   * undoing what it absorbs, and an absorbed step's effect lost before it lands (`undone` with `abortsWith`)
   * unwinds the completed saga. Once the saga completed, the watchdog asks for it again whenever it is
   * overdue and never gives up on it, so a command that is never acknowledged keeps being sent (and shows up
   * as resent) instead of being lost.
   */
  readonly background?: boolean;
  /**
   * The step's work was already done by an earlier step (a payment captured as it was authorized): returns
   * the success reply `result` reads, read from the earlier steps' outputs, or null to invoke the step as
   * usual. A step done ahead succeeds when it is reached, without a command: it absorbs and is compensated as
   * if it had run.
   */
  doneAhead?(context: StepContext<TInput>): TReply | null;
  invoke(context: StepContext<TInput>): TCommand;
  result(reply: TReply, context: StepContext<TInput>): StepResponse<TOutput, TUndo>;
  compensate(undo: TUndo, context: StepContext<TInput>): TCommand | null;
}

/** Declares a step with its types inferred from the functions. */
export function defineStep<TInput, TCommand, TReply, TOutput, TUndo>(
  step: SagaStep<TInput, TCommand, TReply, TOutput, TUndo>,
): SagaStep<TInput, TCommand, TReply, TOutput, TUndo> {
  return step;
}
