import { userError, type UserError } from '@msa/subgraph-kit';
import type { Problem } from '../domain/checkout-problems';
import type { ReturnRecord } from '../domain/return';

/** What a return mutation returns: the return (when there is one) and the expected failures. */
export interface ReturnOutcome {
  entry: ReturnRecord | null;
  userErrors: UserError[];
}

export function returnSucceeded(entry: ReturnRecord): ReturnOutcome {
  return { entry, userErrors: [] };
}

export function returnRejected(...problems: Problem[]): ReturnOutcome {
  return {
    entry: null,
    userErrors: problems.map((problem) => userError(problem.code, problem.message, problem.field)),
  };
}
