import { money } from '@msa/subgraph-kit';
import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { orderRemaining } from '../../domain/stack-state';
import { defineActionKind } from '../action-kind';
import { amount, mapCheck } from '../input-checks';

/** A fixed amount off the order. */
export interface OrderAmountOffAction {
  kind: 'ORDER_AMOUNT_OFF';
  amount: number;
}

@InputType('PromotionAmountOffInput', { description: 'A fixed amount off the whole order.' })
export class PromotionAmountOffInput {
  @Field(() => Int, { description: 'Minor units of the promotion currency.' })
  amount!: number;
}

export const orderAmountOff = defineActionKind({
  kind: 'ORDER_AMOUNT_OFF',
  description: 'A fixed amount off the order.',
  stored: z.object({ kind: z.literal('ORDER_AMOUNT_OFF'), amount: z.number().int().min(0) }),
  phase: 'ORDER',
  input: {
    member: 'orderAmountOff',
    type: () => PromotionAmountOffInput,
    description: 'A fixed amount off the order.',
    parse: (value: { amount: number }) =>
      mapCheck(
        amount(value.amount, 'amount'),
        (checked): OrderAmountOffAction => ({
          kind: 'ORDER_AMOUNT_OFF',
          amount: checked,
        }),
      ),
    from: (action: OrderAmountOffAction) => ({ amount: action.amount }),
  },
  output: (action, currency) => ({ amount: money(action.amount, currency) }),
  apply(action, cart, state) {
    return {
      amount: Math.min(action.amount, orderRemaining(cart, state)),
      lineShares: null,
      freeShipping: false,
    };
  },
});
