import { Field, Float, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { capped, percentOf } from '../../domain/minor-units';
import { orderRemaining } from '../../domain/stack-state';
import { defineActionKind, moneyOrNull } from '../action-kind';
import { all, basisPoints, ok, optionalCap, percentFrom } from '../input-checks';

/** A percentage of the order (after line discounts), optionally capped. */
export interface OrderPercentOffAction {
  kind: 'ORDER_PERCENT_OFF';
  basisPoints: number;
  maxAmount: number | null;
}

@InputType('PromotionPercentOffInput', { description: 'A percentage off the whole order.' })
export class PromotionPercentOffInput {
  @Field(() => Float, { description: 'More than 0, at most 100, at most two decimals (12.5 is 12.5 %).' })
  percent!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The most it takes off, in minor units; omit for no cap.',
  })
  maxAmount?: number | null;
}

export const orderPercentOff = defineActionKind({
  kind: 'ORDER_PERCENT_OFF',
  description: 'A percentage of the order (after line discounts), optionally capped.',
  stored: z.object({
    kind: z.literal('ORDER_PERCENT_OFF'),
    basisPoints: z.number().int().min(1).max(10_000),
    maxAmount: z.number().int().min(0).nullable(),
  }),
  phase: 'ORDER',
  input: {
    member: 'orderPercentOff',
    type: () => PromotionPercentOffInput,
    description: 'A percentage off the order.',
    parse: ({ percent, maxAmount }: { percent: number; maxAmount?: number | null }) => {
      const checked = all<[number, number | null]>(basisPoints(percent), optionalCap(maxAmount));
      if (!checked.ok) return checked;
      const [points, cap] = checked.value;
      return ok<OrderPercentOffAction>({ kind: 'ORDER_PERCENT_OFF', basisPoints: points, maxAmount: cap });
    },
    from: (action: OrderPercentOffAction) => ({
      percent: percentFrom(action.basisPoints),
      maxAmount: action.maxAmount,
    }),
  },
  output: (action, currency) => ({
    percent: percentFrom(action.basisPoints),
    maxAmount: moneyOrNull(action.maxAmount, currency),
  }),
  apply(action, cart, state) {
    const amount = capped(percentOf(orderRemaining(cart, state), action.basisPoints), action.maxAmount);
    return { amount, lineShares: null, freeShipping: false };
  },
});
