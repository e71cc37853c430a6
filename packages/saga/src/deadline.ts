import type { SagaDefinition } from './definition';
import { resolveDeadline, type DeadlinePolicy } from './deadline-policy';
import type { SagaState, SagaTransition } from './state';
import {
  contextOf,
  continueCompensation,
  draftOf,
  failSaga,
  finish,
  recordOf,
  stepOf,
  type Draft,
} from './transition';

/**
 * What a saga is waiting for, each with how long it waits:
 * - `reply`: the owner's answer to a step's command (`attempt` counts the sends);
 * - `compensation`: the answer to an undo;
 * - `retry`: a held step waiting for retryStep (only when the step declares `heldForMs`).
 */
export type AwaitedAnswer =
  | { kind: 'reply'; step: string; attempt: number; withinMs: number }
  | { kind: 'compensation'; step: string; attempt: number; withinMs: number }
  | { kind: 'retry'; step: string; withinMs: number };

/** What the watchdog did about one overdue answer. */
export interface OverdueOutcome {
  step: string;
  /** resent: the command was sent again; gave-up: attempts exhausted, the saga fails; lapsed: a hold expired. */
  kind: 'resent' | 'gave-up' | 'lapsed';
  phase: AwaitedAnswer['kind'];
  /** The send that was made (resent) or the last one (gave-up); 0 for a lapsed hold. */
  attempt: number;
}

export interface OverdueTransition<TInput, TCommand> extends SagaTransition<TInput, TCommand> {
  outcomes: OverdueOutcome[];
}

/**
 * Everything the saga waits for now, in step order; empty once it failed, and once it completed but for the
 * replies of background steps still in flight.
 */
export function awaitedAnswers<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
  policy?: DeadlinePolicy,
): AwaitedAnswer[] {
  if (state.status === 'failed') return [];
  const awaited: AwaitedAnswer[] = [];
  for (const step of definition.steps) {
    const record = state.steps[step.name];
    if (!record) continue;
    if (state.status === 'completed' && !step.background) continue;
    const deadline = resolveDeadline(step, policy);
    if (record.status === 'running')
      awaited.push({
        kind: 'reply',
        step: step.name,
        attempt: record.attempts ?? 1,
        withinMs: deadline.replyWithinMs,
      });
    else if (record.status === 'compensating')
      awaited.push({
        kind: 'compensation',
        step: step.name,
        attempt: record.compensationAttempts,
        withinMs: deadline.replyWithinMs,
      });
    else if (record.status === 'failed' && state.status === 'running' && deadline.heldForMs !== null)
      awaited.push({ kind: 'retry', step: step.name, withinMs: deadline.heldForMs });
  }
  return awaited;
}

/**
 * What the saga waits for, independent of any policy: a held step counts whether or not its hold is bounded.
 * A completed saga can only be waiting for background steps, the only ones still running after it completed.
 */
function awaitKey<TInput>(state: SagaState<TInput>): string {
  if (state.status === 'failed') return '';
  return Object.entries(state.steps)
    .flatMap(([name, record]) => {
      if (record.status === 'running') return [`reply:${name}:${record.attempts ?? 1}`];
      if (state.status === 'completed') return [];
      if (record.status === 'compensating') return [`compensation:${name}:${record.compensationAttempts}`];
      if (record.status === 'failed' && state.status === 'running') return [`retry:${name}`];
      return [];
    })
    .join('|');
}

/**
 * Since when a saga that moved from `previous` (null: just started) to `next` at `now` has been waiting for
 * what it waits for now. While it waits for the same answers as before (an unrelated or duplicate event)
 * the time stays where it was, so redeliveries never postpone a deadline; a new wait starts at `now`; null
 * when nothing is awaited any more. Needs no policy, so it can be stored with every state.
 */
export function waitingSince<TInput>(
  previous: SagaState<TInput> | null,
  next: SagaState<TInput>,
  now: Date,
  current: Date | null,
): Date | null {
  const key = awaitKey(next);
  if (key === '') return null;
  if (previous && current && awaitKey(previous) === key) return current;
  return now;
}

/** When a saga waiting since `since` is overdue under `policy`; null when it waits for nothing bounded. */
export function deadlineOf<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
  since: Date | null,
  policy?: DeadlinePolicy,
): Date | null {
  const awaited = awaitedAnswers(definition, state, policy);
  if (since === null || awaited.length === 0) return null;
  return new Date(since.getTime() + Math.min(...awaited.map((answer) => answer.withinMs)));
}

/**
 * The saga's deadline passed without an answer. A step's command is sent again (the owners' handlers are
 * idempotent) until its attempts are exhausted; then the step is `timed-out` and the saga fails with the
 * step's timeout reason, compensating what completed. A background step's command is sent again every time
 * once the saga completed, never given up on: failing it then would undo what nothing waited for, while its
 * effect must still happen (`attempt` keeps counting, for the watchdog's logs). An undo is asked for again
 * every time and never abandoned (an earlier step must not be undone while a later one may still hold its
 * effect). A held step whose hold lapsed aborts the saga with the step's lapse reason.
 */
export function onDeadlinePassed<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
  policy?: DeadlinePolicy,
): OverdueTransition<TInput, TCommand> {
  const draft = draftOf(definition, state);
  const outcomes: OverdueOutcome[] = [];
  for (const awaited of awaitedAnswers(definition, state, policy)) {
    const outcome = handleOverdue(draft, awaited, policy);
    if (outcome) outcomes.push(outcome);
  }
  return { ...finish(draft), outcomes };
}

function handleOverdue<TInput, TCommand>(
  draft: Draft<TInput, TCommand>,
  awaited: AwaitedAnswer,
  policy: DeadlinePolicy | undefined,
): OverdueOutcome | null {
  const step = stepOf(draft, awaited.step);
  const record = recordOf(draft, awaited.step);
  const deadline = resolveDeadline(step, policy);
  const context = () => contextOf(draft.state);
  switch (awaited.kind) {
    case 'reply': {
      if (record.status !== 'running') return null;
      const sent = record.attempts ?? 1;
      // Nothing waits on a background step once the saga completed: it is asked for again and again.
      const endless = step.background === true && draft.state.status === 'completed';
      if (sent < deadline.attempts || endless) {
        record.attempts = sent + 1;
        draft.actions.push({
          type: 'invoke',
          step: step.name,
          command: step.invoke(context()),
          attempt: record.attempts,
        });
        return { step: step.name, kind: 'resent', phase: 'reply', attempt: record.attempts };
      }
      record.status = 'timed-out';
      record.error = deadline.timeoutReason;
      if (draft.state.status === 'running') failSaga(draft, deadline.timeoutReason);
      else continueCompensation(draft);
      return { step: step.name, kind: 'gave-up', phase: 'reply', attempt: sent };
    }
    case 'compensation': {
      if (record.status !== 'compensating') return null;
      const command = step.compensate(record.undo as never, context());
      if (command === null) throw new Error(`Step "${step.name}" is compensating with nothing to undo`);
      record.compensationAttempts += 1;
      draft.actions.push({
        type: 'compensate',
        step: step.name,
        undo: record.undo,
        command,
        attempt: record.compensationAttempts,
      });
      return { step: step.name, kind: 'resent', phase: 'compensation', attempt: record.compensationAttempts };
    }
    case 'retry': {
      if (draft.state.status !== 'running' || record.status !== 'failed') return null;
      failSaga(draft, deadline.lapseReason);
      return { step: step.name, kind: 'lapsed', phase: 'retry', attempt: 0 };
    }
  }
}

/** The shortest wait any answer of the saga may get under `policy`: sagas waiting less are never overdue. */
export function shortestWait<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  policy?: DeadlinePolicy,
): number {
  return Math.min(
    ...definition.steps.flatMap((step) => {
      const deadline = resolveDeadline(step, policy);
      return deadline.heldForMs === null
        ? [deadline.replyWithinMs]
        : [deadline.replyWithinMs, deadline.heldForMs];
    }),
  );
}
