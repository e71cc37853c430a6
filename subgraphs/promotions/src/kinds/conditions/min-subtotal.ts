import { formatMoney, money } from '@msa/subgraph-kit';
import { Int } from 'type-graphql';
import { z } from 'zod';
import { explain } from '../../domain/explanations';
import { defineConditionKind } from '../condition-kind';
import { amount, mapCheck } from '../input-checks';

/** The cart subtotal is at least `amount` (minor units of the promotion's currency). */
export interface MinSubtotalCondition {
  kind: 'MIN_SUBTOTAL';
  amount: number;
}

export const minSubtotal = defineConditionKind({
  kind: 'MIN_SUBTOTAL',
  description: 'The cart subtotal is at least an amount.',
  stored: z.object({ kind: z.literal('MIN_SUBTOTAL'), amount: z.number().int().min(0) }),
  input: {
    member: 'minSubtotal',
    type: () => Int,
    description: 'Minimum cart subtotal, in minor units.',
    parse: (value: number) =>
      mapCheck(
        amount(value, 'minSubtotal'),
        (checked): MinSubtotalCondition => ({
          kind: 'MIN_SUBTOTAL',
          amount: checked,
        }),
      ),
    from: (condition: MinSubtotalCondition) => condition.amount,
  },
  output: (condition, currency) => ({ minSubtotal: money(condition.amount, currency) }),
  check(condition, { cart, currency }) {
    if (cart.subtotal >= condition.amount) return null;
    const missing = formatMoney(condition.amount - cart.subtotal, currency);
    return explain(
      'MIN_SUBTOTAL_NOT_MET',
      `Spend at least ${formatMoney(condition.amount, currency)} to use this offer (${missing} to go).`,
    );
  },
});
