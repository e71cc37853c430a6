import { userError, type UserError } from '@msa/subgraph-kit';
import type { Problem } from '../domain/checkout-problems';
import type { OrderRecord } from '../domain/order';

/** What an order mutation returns: the order (when there is one) and the expected failures. */
export interface OrderOutcome {
  order: OrderRecord | null;
  userErrors: UserError[];
}

export function succeeded(order: OrderRecord): OrderOutcome {
  return { order, userErrors: [] };
}

export function rejected(...problems: Problem[]): OrderOutcome {
  return {
    order: null,
    userErrors: problems.map((problem) => userError(problem.code, problem.message, problem.field)),
  };
}
