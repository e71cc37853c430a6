import { abortSaga, onCompensationFailed, onCompensationSucceeded, onStepUndone } from './compensation';
import type { SagaDefinition } from './definition';
import { replyRoutes, type ReplyEvent } from './reply-routes';
import { onStepHeld } from './retry';
import { onStepFailed, onStepSucceeded } from './saga-runner';
import type { SagaState, SagaTransition } from './state';

/**
 * What a reply means for a saga, applied through the runner functions above. An event that answers none of
 * its steps, like a reply for a step that is not waiting, changes nothing.
 */
export function applyReply<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
  event: ReplyEvent,
): SagaTransition<TInput, TCommand> {
  const route = replyRoutes(definition).get(event.name);
  if (!route) return { state, actions: [] };
  const step = route.step;
  const replies = definition.steps.find((candidate) => candidate.name === step)!.replies!;
  const payload = event.payload as never;
  switch (route.role) {
    case 'succeeded':
      return onStepSucceeded(definition, state, step, event.payload);
    case 'failed':
      return onStepFailed(definition, state, step, replies.failed!.reason(payload));
    case 'held':
      return onStepHeld(definition, state, step, replies.held!.reason(payload));
    case 'compensated':
      return onCompensationSucceeded(definition, state, step);
    case 'compensationFailed': {
      const { reason, maxAttempts } = replies.compensationFailed!;
      const attempts = state.steps[step]?.compensationAttempts ?? 0;
      if (maxAttempts !== undefined && attempts >= maxAttempts) return { state, actions: [] };
      return onCompensationFailed(definition, state, step, reason(payload));
    }
    case 'undone':
      return applyUndone(definition, state, step, replies.undone!.abortsWith);
  }
}

/**
 * The step's effect is gone. With `abortsWith`, an undo the running saga did not ask for (it never asks for
 * one while the step is in flight or its effect still needed) aborts the saga; a step still in flight is
 * compensated when its late success arrives. A completed saga still needs the effect while a background step
 * that absorbs it is in flight (a hold expiring before the commit that turns it into a sale): it is unwound.
 */
function applyUndone<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
  step: string,
  abortsWith: string | undefined,
): SagaTransition<TInput, TCommand> {
  const status = state.steps[step]?.status;
  const wasNeeded =
    (state.status === 'running' && (status === 'succeeded' || status === 'running')) ||
    (state.status === 'completed' && status === 'succeeded' && awaitedByBackground(definition, state, step));
  const undone = onStepUndone(definition, state, step);
  if (abortsWith === undefined || !wasNeeded) return undone;
  const aborted = abortSaga(definition, undone.state, abortsWith);
  return { state: aborted.state, actions: [...undone.actions, ...aborted.actions] };
}

/** Whether a background step still in flight absorbs `step`, i.e. will take its effect over. */
function awaitedByBackground<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
  step: string,
): boolean {
  return definition.steps.some(
    (candidate) =>
      candidate.background === true &&
      state.steps[candidate.name]?.status === 'running' &&
      (candidate.absorbs ?? []).some((absorbed) => absorbed.name === step),
  );
}
