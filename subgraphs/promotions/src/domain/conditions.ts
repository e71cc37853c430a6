import type { ConditionContext } from '../kinds/condition-kind';
import { conditionKinds, type Condition } from '../kinds/registry';
import type { Explanation } from './explanations';

export type { ConditionContext } from '../kinds/condition-kind';

/** Null when the condition holds, or why it does not (each kind's `check`, in src/kinds/conditions/). */
export function checkCondition(condition: Condition, context: ConditionContext): Explanation | null {
  return conditionKinds.of(condition).check(condition as never, context);
}

/** The first condition (in the promotion's order) that does not hold, or null when all do. */
export function firstUnmetCondition(
  conditions: readonly Condition[],
  context: ConditionContext,
): Explanation | null {
  for (const condition of conditions) {
    const problem = checkCondition(condition, context);
    if (problem) return problem;
  }
  return null;
}
