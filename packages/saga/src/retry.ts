import type { SagaDefinition } from './definition';
import { onStepFailed } from './saga-runner';
import { stepNameOf, type StepRef } from './step';
import type { SagaState, SagaTransition } from './state';
import { draftOf, finish, invokeStep, recordOf, stepOf } from './transition';

/**
 * The owner reports a failure that the caller may retry (a declined card the customer can replace): the step
 * is marked failed but the saga keeps running and holds what the completed steps did. It waits for
 * `retryStep` (the step runs again, maybe with a changed input) or `abortSaga` (the completed steps are
 * compensated as after any failure). A failure reported after the saga stopped running is an ordinary one.
 */
export function onStepHeld<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
  ref: StepRef,
  reason: string,
): SagaTransition<TInput, TCommand> {
  const stepName = stepNameOf(ref);
  if (state.status !== 'running') return onStepFailed(definition, state, stepName, reason);
  const draft = draftOf(definition, state);
  const record = recordOf(draft, stepName);
  if (record.status !== 'running') return finish(draft);
  record.status = 'failed';
  record.error = reason;
  draft.actions.push({ type: 'hold', step: stepName, reason });
  return finish(draft);
}

/** The step a running saga is held at (failed, waiting for retryStep or abortSaga); null when there is none. */
export function heldStep<TInput>(state: SagaState<TInput>): string | null {
  if (state.status !== 'running') return null;
  for (const [name, record] of Object.entries(state.steps)) if (record.status === 'failed') return name;
  return null;
}

/**
 * Runs a held step again, with `input` replacing the saga's input (a new payment token). Anything else (the
 * step is not held, the saga was aborted meanwhile) changes nothing, so a repeated retry sends one command.
 */
export function retryStep<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
  ref: StepRef,
  input: TInput = state.input,
): SagaTransition<TInput, TCommand> {
  const stepName = stepNameOf(ref);
  const draft = draftOf(definition, state);
  if (heldStep(draft.state) !== stepName) return finish(draft);
  const record = recordOf(draft, stepName);
  record.error = null;
  draft.state.input = structuredClone(input);
  invokeStep(draft, stepOf(draft, stepName));
  return finish(draft);
}
