import type { SagaDefinition } from './definition';
import { stepNameOf, type StepRef } from './step';
import type { SagaState, SagaTransition } from './state';
import { continueCompensation, draftOf, failSaga, finish, recordOf, stepOf, contextOf } from './transition';

/** The compensation of a step is done; the next one (in reverse order) starts, or the saga ends failed. */
export function onCompensationSucceeded<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
  ref: StepRef,
): SagaTransition<TInput, TCommand> {
  const stepName = stepNameOf(ref);
  const draft = draftOf(definition, state);
  const record = recordOf(draft, stepName);
  if (record.status !== 'compensating') return finish(draft);
  record.status = 'compensated';
  record.error = null;
  continueCompensation(draft);
  return finish(draft);
}

/**
 * A compensation failed. It is retried, never skipped: an earlier step must not be undone while a later one
 * still holds its effect. The caller decides how long to wait before performing the retry.
 */
export function onCompensationFailed<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
  ref: StepRef,
  reason: string,
): SagaTransition<TInput, TCommand> {
  const stepName = stepNameOf(ref);
  const draft = draftOf(definition, state);
  const record = recordOf(draft, stepName);
  if (record.status !== 'compensating') return finish(draft);
  record.compensationAttempts += 1;
  record.error = reason;
  const command = stepOf(draft, stepName).compensate(record.undo as never, contextOf(draft.state));
  if (command === null)
    throw new Error(
      `Step "${stepName}" produced a compensation before and none now: compensate must be pure`,
    );
  draft.actions.push({
    type: 'compensate',
    step: stepName,
    undo: record.undo,
    command,
    attempt: record.compensationAttempts,
  });
  return finish(draft);
}

/**
 * Stops a running saga, or unwinds a completed one (a cancellation after the fact), compensating every
 * completed step in reverse. A step still in flight is undone when its late success arrives.
 */
export function abortSaga<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
  reason: string,
): SagaTransition<TInput, TCommand> {
  const draft = draftOf(definition, state);
  if (draft.state.status === 'running' || draft.state.status === 'completed') failSaga(draft, reason);
  return finish(draft);
}

/**
 * The effect of a completed step was undone outside the saga (a reservation expired): its compensation must
 * not run any more. Does not fail the saga by itself; report the failure of the waiting step for that.
 */
export function onStepUndone<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
  ref: StepRef,
): SagaTransition<TInput, TCommand> {
  const stepName = stepNameOf(ref);
  const draft = draftOf(definition, state);
  const record = recordOf(draft, stepName);
  if (record.status === 'succeeded') {
    record.status = 'settled';
    draft.state.toCompensate = draft.state.toCompensate.filter((name) => name !== stepName);
    // A compensation may have been waiting on it (its absorber still in flight): nothing is left to wait for.
    if (draft.state.status === 'compensating') continueCompensation(draft);
  } else if (record.status === 'compensating') {
    record.status = 'compensated';
    continueCompensation(draft);
  }
  return finish(draft);
}
