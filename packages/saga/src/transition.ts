import { stepIndex, type SagaDefinition } from './definition';
import type { SagaAction, SagaState, SagaTransition, StepRecord } from './state';
import type { SagaStep, StepContext } from './step';

/**
 * Shared plumbing of the transition functions: every transition works on a copy, so callers can keep the
 * previous state (and the functions stay pure).
 */
export interface Draft<TInput, TCommand> {
  definition: SagaDefinition<TInput, TCommand>;
  state: SagaState<TInput>;
  actions: SagaAction<TCommand>[];
}

export function draftOf<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  state: SagaState<TInput>,
): Draft<TInput, TCommand> {
  if (state.saga !== definition.name) {
    throw new Error(`State of saga "${state.saga}" cannot be driven by definition "${definition.name}"`);
  }
  return { definition, state: structuredClone(state), actions: [] };
}

export function recordOf<TInput, TCommand>(draft: Draft<TInput, TCommand>, stepName: string): StepRecord {
  const record = draft.state.steps[stepName];
  if (!record) throw new Error(`Saga "${draft.definition.name}" has no step "${stepName}"`);
  return record;
}

export function stepOf<TInput, TCommand>(
  draft: Draft<TInput, TCommand>,
  stepName: string,
): SagaStep<TInput, TCommand> {
  return draft.definition.steps[stepIndex(draft.definition, stepName)]!;
}

export function contextOf<TInput>(state: SagaState<TInput>): StepContext<TInput> {
  const outputs: Record<string, unknown> = {};
  for (const name of state.completed) outputs[name] = state.steps[name]?.output;
  return { input: state.input, outputs };
}

export function invokeStep<TInput, TCommand>(
  draft: Draft<TInput, TCommand>,
  step: SagaStep<TInput, TCommand>,
): void {
  const record = recordOf(draft, step.name);
  record.status = 'running';
  record.attempts = 1;
  draft.actions.push({ type: 'invoke', step: step.name, command: step.invoke(contextOf(draft.state)) });
}

/**
 * Invokes the first step from `index` on that applies to this run, marking the ones that do not as skipped;
 * completes the saga when none is left. A background step is invoked on the way and not waited for.
 */
export function invokeNextFrom<TInput, TCommand>(draft: Draft<TInput, TCommand>, index: number): void {
  for (const step of draft.definition.steps.slice(index)) {
    if (step.when && !step.when(contextOf(draft.state))) {
      recordOf(draft, step.name).status = 'skipped';
      continue;
    }
    const reply = step.doneAhead?.(contextOf(draft.state)) ?? null;
    if (reply !== null) {
      recordSuccess(draft, step, reply);
      continue;
    }
    invokeStep(draft, step);
    if (step.background) continue;
    return;
  }
  draft.state.status = 'completed';
  draft.actions.push({ type: 'complete', outputs: { ...contextOf(draft.state).outputs } });
}

/**
 * Records a step's success reply: its output and undo, its place among the completed steps, and the steps it
 * absorbs settled. Also how a step done ahead (see SagaStep.doneAhead) succeeds without a command.
 */
export function recordSuccess<TInput, TCommand>(
  draft: Draft<TInput, TCommand>,
  step: SagaStep<TInput, TCommand>,
  reply: unknown,
): void {
  const { output, undo } = step.result(reply as never, contextOf(draft.state));
  Object.assign(recordOf(draft, step.name), { status: 'succeeded', output, undo });
  draft.state.completed.push(step.name);
  settleAbsorbed(draft, step.name);
}

/** Steps that take over `stepName`'s effect when they succeed (see SagaStep.absorbs). */
function absorbersOf<TInput, TCommand>(draft: Draft<TInput, TCommand>, stepName: string): string[] {
  return draft.definition.steps
    .filter((step) => step.absorbs?.some((absorbed) => absorbed.name === stepName))
    .map((step) => step.name);
}

/**
 * Marks the steps `stepName` absorbs as settled once it succeeded: its own compensation now undoes their
 * effect too, so theirs must never run (also when the success arrives after the saga failed).
 */
export function settleAbsorbed<TInput, TCommand>(draft: Draft<TInput, TCommand>, stepName: string): void {
  for (const { name: absorbed } of stepOf(draft, stepName).absorbs ?? []) {
    const record = recordOf(draft, absorbed);
    if (record.status !== 'succeeded') continue;
    record.status = 'settled';
    draft.state.toCompensate = draft.state.toCompensate.filter((name) => name !== absorbed);
  }
}

/**
 * Starts the next compensation, skipping steps with nothing to undo. One at a time, so the undo of a later step
 * always finishes before the undo of an earlier one starts. A step whose absorber is still in flight waits for
 * the absorber's outcome, which decides how its effect is undone (a captured payment is refunded, not voided).
 */
export function continueCompensation<TInput, TCommand>(draft: Draft<TInput, TCommand>): void {
  const { state } = draft;
  if (Object.values(state.steps).some((record) => record.status === 'compensating')) return;
  while (state.toCompensate.length > 0) {
    const name = state.toCompensate[0]!;
    const record = recordOf(draft, name);
    if (record.status !== 'succeeded') {
      state.toCompensate.shift();
      continue;
    }
    if (absorbersOf(draft, name).some((absorber) => recordOf(draft, absorber).status === 'running')) return;
    state.toCompensate.shift();
    const command = stepOf(draft, name).compensate(record.undo as never, contextOf(state));
    if (command === null) {
      record.status = 'compensated';
      continue;
    }
    record.status = 'compensating';
    record.compensationAttempts = 1;
    draft.actions.push({ type: 'compensate', step: name, undo: record.undo, command, attempt: 1 });
    return;
  }
  if (state.status === 'compensating') state.status = 'failed';
}

/** Turns the saga toward failure: the outcome is announced first, then completed steps are undone in reverse. */
export function failSaga<TInput, TCommand>(draft: Draft<TInput, TCommand>, reason: string): void {
  draft.state.status = 'compensating';
  draft.state.failureReason = reason;
  draft.state.toCompensate = [...draft.state.completed].reverse();
  draft.actions.push({ type: 'fail', reason });
  continueCompensation(draft);
}

export function finish<TInput, TCommand>(draft: Draft<TInput, TCommand>): SagaTransition<TInput, TCommand> {
  return { state: draft.state, actions: draft.actions };
}
