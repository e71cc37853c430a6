import { z } from 'zod';
import { explain } from '../../domain/explanations';
import { defineConditionKind } from '../condition-kind';
import { onlyTrue } from '../input-checks';

/** The customer has no confirmed order yet. */
export interface FirstOrderCondition {
  kind: 'FIRST_ORDER';
}

export const firstOrder = defineConditionKind({
  kind: 'FIRST_ORDER',
  description: 'The customer has no confirmed order yet.',
  stored: z.object({ kind: z.literal('FIRST_ORDER') }),
  input: {
    member: 'firstOrder',
    type: () => Boolean,
    description: "True: only for a customer's first order.",
    parse: (value: boolean) =>
      onlyTrue<FirstOrderCondition>(value, 'firstOrder', { kind: 'FIRST_ORDER' }, 'condition'),
    from: () => true,
  },
  output: () => ({}),
  check(_condition, { customer }) {
    if (customer.confirmedOrders === 0) return null;
    return explain('FIRST_ORDER_ONLY', 'This offer is only for your first order.');
  },
});
