import type { SagaStep } from './step';

/** A saga: its steps in the order they run, read top to bottom like a recipe. */
export interface SagaDefinition<TInput, TCommand> {
  readonly name: string;
  readonly steps: readonly SagaStep<TInput, TCommand>[];
}

/**
 * Declares a saga and checks its shape once, at load time: step names must be unique, and a step may only
 * absorb steps that run before it.
 */
export function defineSaga<TInput, TCommand>(
  name: string,
  steps: readonly SagaStep<TInput, TCommand>[],
): SagaDefinition<TInput, TCommand> {
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.name)) throw new Error(`Saga "${name}" has two steps named "${step.name}"`);
    for (const absorbed of step.absorbs ?? []) {
      if (!seen.has(absorbed))
        throw new Error(
          `Step "${step.name}" of saga "${name}" absorbs "${absorbed}", which does not run before it`,
        );
    }
    seen.add(step.name);
  }
  return { name, steps };
}

export function stepIndex<TInput, TCommand>(
  definition: SagaDefinition<TInput, TCommand>,
  stepName: string,
): number {
  const index = definition.steps.findIndex((step) => step.name === stepName);
  if (index < 0) throw new Error(`Saga "${definition.name}" has no step "${stepName}"`);
  return index;
}
