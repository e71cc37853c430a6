import { Int } from 'type-graphql';
import { z } from 'zod';
import { unitCount } from '../../domain/cart-facts';
import { explain } from '../../domain/explanations';
import { defineConditionKind } from '../condition-kind';
import { mapCheck, quantity } from '../input-checks';

/** The cart holds at least `quantity` units. */
export interface MinQuantityCondition {
  kind: 'MIN_QUANTITY';
  quantity: number;
}

export const minQuantity = defineConditionKind({
  kind: 'MIN_QUANTITY',
  description: 'The cart holds at least a number of units.',
  stored: z.object({ kind: z.literal('MIN_QUANTITY'), quantity: z.number().int().min(1) }),
  input: {
    member: 'minQuantity',
    type: () => Int,
    description: 'Minimum number of units in the cart.',
    parse: (value: number) =>
      mapCheck(
        quantity(value, 'minQuantity'),
        (checked): MinQuantityCondition => ({
          kind: 'MIN_QUANTITY',
          quantity: checked,
        }),
      ),
    from: (condition: MinQuantityCondition) => condition.quantity,
  },
  output: (condition) => ({ minQuantity: condition.quantity }),
  check(condition, { cart }) {
    const units = unitCount(cart);
    if (units >= condition.quantity) return null;
    return explain(
      'MIN_QUANTITY_NOT_MET',
      `Add at least ${condition.quantity} items to use this offer (you have ${units}).`,
    );
  },
});
