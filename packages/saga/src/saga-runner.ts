import type { SagaDefinition } from './definition';
import { stepNameOf, type StepRef } from './step';
import type { SagaState, SagaTransition, StepRecord } from './state';
import {
  continueCompensation,
  draftOf,
  failSaga,
  finish,
  invokeNextFrom,
  recordOf,
  recordSuccess,
  stepOf,
} from './transition';

/**
 * A pure state machine for sagas whose steps are asynchronous commands answered by events. Each function takes
 * the persisted state and returns the next state plus the actions to perform; it never performs them. A reply
 * that does not match what the saga waits for (a duplicate, or one for a step that is not running) changes
 * nothing, so redelivered messages are harmless.
 */
export function startSaga<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  input: TInput,
): SagaTransition<TInput, TCommand> {
  const steps: Record<string, StepRecord> = {};
  for (const step of definition.steps)
    steps[step.name] = { status: 'pending', compensationAttempts: 0, error: null };
  const state: SagaState<TInput> = {
    saga: definition.name,
    status: 'running',
    input,
    steps,
    completed: [],
    toCompensate: [],
    failureReason: null,
  };
  const draft = draftOf(definition, state);
  invokeNextFrom(draft, 0);
  return finish(draft);
}

/**
 * The owner reports a step done. While the saga runs, the next step that applies is invoked (or the saga
 * completes). A success that arrives after the saga failed is undone at once: the outcome stays failed and
 * nothing leaks. A background step's success is only recorded: the saga went on without it.
 */
export function onStepSucceeded<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
  ref: StepRef,
  reply: unknown,
): SagaTransition<TInput, TCommand> {
  const stepName = stepNameOf(ref);
  const draft = draftOf(definition, state);
  const record = recordOf(draft, stepName);
  // A step the watchdog gave up on may still answer: its success is undone below like any late success.
  if (record.status !== 'running' && record.status !== 'timed-out') return finish(draft);
  const step = stepOf(draft, stepName);
  recordSuccess(draft, step, reply);

  if (draft.state.status === 'compensating' || draft.state.status === 'failed') {
    draft.state.toCompensate.unshift(stepName);
    if (draft.state.status === 'failed') draft.state.status = 'compensating';
    continueCompensation(draft);
    return finish(draft);
  }
  if (draft.state.status === 'running' && !step.background)
    invokeNextFrom(draft, definition.steps.indexOf(step) + 1);
  return finish(draft);
}

/**
 * The owner reports a step failed: the saga fails with `reason` and the completed steps are compensated in
 * reverse. A failure reported after the saga already failed does not change the outcome; compensations that
 * waited for this step (it absorbs them) go ahead.
 */
export function onStepFailed<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
  ref: StepRef,
  reason: string,
): SagaTransition<TInput, TCommand> {
  const stepName = stepNameOf(ref);
  const draft = draftOf(definition, state);
  const record = recordOf(draft, stepName);
  if (record.status !== 'running') return finish(draft);
  record.status = 'failed';
  record.error = reason;
  if (draft.state.status === 'running') failSaga(draft, reason);
  else continueCompensation(draft);
  return finish(draft);
}
