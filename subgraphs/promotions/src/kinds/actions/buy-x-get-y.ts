import { Field, Float, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { capped, percentOf } from '../../domain/minor-units';
import type { LineTarget } from '../../domain/promotion-rules';
import { lineResult } from '../../domain/stack-state';
import { matchesTarget } from '../../domain/cart-facts';
import { defineActionKind, moneyOrNull } from '../action-kind';
import { all, basisPoints, ok, optionalCap, percentFrom, quantity } from '../input-checks';
import {
  checkTarget,
  PromotionLineActionInput,
  storedTarget,
  targetFields,
  type TargetInput,
} from '../line-target';

/** For every X matching units bought, Y of the cheapest are discounted (free by default). */
export interface BuyXGetYAction {
  kind: 'BUY_X_GET_Y';
  buyQuantity: number;
  getQuantity: number;
  basisPoints: number;
  maxApplications: number | null;
  maxAmount: number | null;
  target: LineTarget;
}

@InputType('PromotionBuyXGetYInput', {
  description: 'Buy X matching units, get Y of the cheapest discounted.',
})
export class PromotionBuyXGetYInput extends PromotionLineActionInput {
  @Field(() => Int, { description: 'Units to buy (X), 1 to 1000.' })
  buyQuantity!: number;

  @Field(() => Int, { description: 'Units discounted for every X bought (Y), 1 to 1000.' })
  getQuantity!: number;

  @Field(() => Float, { nullable: true, description: 'Percentage off the Y units; omit for free (100).' })
  percent?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The most times it applies per order; omit for no limit.',
  })
  maxApplications?: number | null;
}

type BuyXGetYInput = TargetInput & {
  buyQuantity: number;
  getQuantity: number;
  percent?: number | null;
  maxApplications?: number | null;
  maxAmount?: number | null;
};

export const buyXGetY = defineActionKind({
  kind: 'BUY_X_GET_Y',
  description: 'For every X matching units bought, Y of the cheapest are discounted (free by default).',
  stored: z.object({
    kind: z.literal('BUY_X_GET_Y'),
    buyQuantity: z.number().int().min(1),
    getQuantity: z.number().int().min(1),
    basisPoints: z.number().int().min(1).max(10_000),
    maxApplications: z.number().int().min(1).nullable(),
    maxAmount: z.number().int().min(0).nullable(),
    target: storedTarget,
  }),
  phase: 'LINES',
  input: {
    member: 'buyXGetY',
    type: () => PromotionBuyXGetYInput,
    description: 'Buy X get Y.',
    parse: (spec: BuyXGetYInput) => {
      const applications =
        spec.maxApplications === null || spec.maxApplications === undefined
          ? ok(null)
          : quantity(spec.maxApplications, 'maxApplications');
      const checked = all<[number, number, number, number | null, number | null, LineTarget]>(
        quantity(spec.buyQuantity, 'buyQuantity'),
        quantity(spec.getQuantity, 'getQuantity'),
        basisPoints(spec.percent ?? 100),
        applications,
        optionalCap(spec.maxAmount),
        checkTarget(spec),
      );
      if (!checked.ok) return checked;
      const [buyQuantity, getQuantity, points, maxApplications, maxAmount, target] = checked.value;
      return ok<BuyXGetYAction>({
        kind: 'BUY_X_GET_Y',
        buyQuantity,
        getQuantity,
        basisPoints: points,
        maxApplications,
        maxAmount,
        target,
      });
    },
    from: (action: BuyXGetYAction): BuyXGetYInput => ({
      buyQuantity: action.buyQuantity,
      getQuantity: action.getQuantity,
      percent: percentFrom(action.basisPoints),
      maxApplications: action.maxApplications,
      maxAmount: action.maxAmount,
      ...targetFields(action.target),
    }),
  },
  output: (action, currency) => ({
    percent: percentFrom(action.basisPoints),
    maxAmount: moneyOrNull(action.maxAmount, currency),
    ...targetFields(action.target),
    buyQuantity: action.buyQuantity,
    getQuantity: action.getQuantity,
    maxApplications: action.maxApplications,
  }),
  /**
   * The matching units are ranked by price, most expensive first; each complete group of X + Y units makes Y
   * units discounted, and the discounted units are the cheapest ones (the usual shop rule: the customer pays
   * for the dearer items). `maxApplications` caps the number of groups.
   */
  apply(action, cart, state) {
    const units = cart.lines.flatMap((line, index) =>
      matchesTarget(line, action.target)
        ? Array.from({ length: line.quantity }, () => ({ index, price: line.unitPrice }))
        : [],
    );
    units.sort((a, b) => b.price - a.price || a.index - b.index);
    const groups = capped(
      Math.floor(units.length / (action.buyQuantity + action.getQuantity)),
      action.maxApplications,
    );
    const discounted = units.slice(units.length - groups * action.getQuantity);
    const perLine = cart.lines.map(() => 0);
    for (const unit of discounted) perLine[unit.index]! += percentOf(unit.price, action.basisPoints);
    const shares = perLine.map((amount, index) => Math.min(amount, state.lineRemaining[index]!));
    return lineResult(cart, shares, action.maxAmount);
  },
});
