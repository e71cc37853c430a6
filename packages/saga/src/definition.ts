import { checkReplies } from './reply-routes';
import { stepNameOf, type SagaStep, type StepRef } from './step';

/** A saga: its steps in the order they run, read top to bottom like a recipe. */
export interface SagaDefinition<TInput, TCommand> {
  readonly name: string;
  readonly steps: readonly SagaStep<TInput, TCommand>[];
}

/**
 * Declares a saga and checks its shape once, at load time: step names must be unique, and a step may only
 * absorb steps that run before it, and no event may answer two steps.
 */
export function defineSaga<TInput, TCommand>(
  name: string,
  steps: readonly SagaStep<TInput, TCommand>[],
): SagaDefinition<TInput, TCommand> {
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.name)) throw new Error(`Saga "${name}" has two steps named "${step.name}"`);
    for (const { name: absorbed } of step.absorbs ?? []) {
      if (!seen.has(absorbed))
        throw new Error(
          `Step "${step.name}" of saga "${name}" absorbs "${absorbed}", which does not run before it`,
        );
    }
    seen.add(step.name);
  }
  checkReplies(name, steps);
  return { name, steps };
}

export function stepIndex<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  step: StepRef,
): number {
  const name = stepNameOf(step);
  const index = definition.steps.findIndex((candidate) => candidate.name === name);
  if (index < 0) throw new Error(`Saga "${definition.name}" has no step "${name}"`);
  return index;
}
