import { Field, Float, InputType } from 'type-graphql';
import { z } from 'zod';
import type { LineTarget } from '../../domain/promotion-rules';
import { allocate, capped, percentOf } from '../../domain/minor-units';
import { nothing, onMatchingLines, sum } from '../../domain/stack-state';
import { defineActionKind, moneyOrNull } from '../action-kind';
import { all, basisPoints, ok, optionalCap, percentFrom } from '../input-checks';
import {
  checkTarget,
  PromotionLineActionInput,
  storedTarget,
  targetFields,
  type TargetInput,
} from '../line-target';

/** A percentage of the matching lines, optionally capped. */
export interface LinesPercentOffAction {
  kind: 'LINES_PERCENT_OFF';
  basisPoints: number;
  maxAmount: number | null;
  target: LineTarget;
}

@InputType('PromotionLinesPercentOffInput', { description: 'A percentage off the matching lines.' })
export class PromotionLinesPercentOffInput extends PromotionLineActionInput {
  @Field(() => Float, { description: 'More than 0, at most 100, at most two decimals.' })
  percent!: number;
}

export const linesPercentOff = defineActionKind({
  kind: 'LINES_PERCENT_OFF',
  description: 'A percentage of the matching lines, optionally capped.',
  stored: z.object({
    kind: z.literal('LINES_PERCENT_OFF'),
    basisPoints: z.number().int().min(1).max(10_000),
    maxAmount: z.number().int().min(0).nullable(),
    target: storedTarget,
  }),
  phase: 'LINES',
  input: {
    member: 'linesPercentOff',
    type: () => PromotionLinesPercentOffInput,
    description: 'A percentage off matching lines.',
    parse: (spec: TargetInput & { percent: number; maxAmount?: number | null }) => {
      const checked = all<[number, number | null, LineTarget]>(
        basisPoints(spec.percent),
        optionalCap(spec.maxAmount),
        checkTarget(spec),
      );
      if (!checked.ok) return checked;
      const [points, maxAmount, target] = checked.value;
      return ok<LinesPercentOffAction>({ kind: 'LINES_PERCENT_OFF', basisPoints: points, maxAmount, target });
    },
    from: (action: LinesPercentOffAction) => ({
      percent: percentFrom(action.basisPoints),
      maxAmount: action.maxAmount,
      ...targetFields(action.target),
    }),
  },
  output: (action, currency) => ({
    percent: percentFrom(action.basisPoints),
    maxAmount: moneyOrNull(action.maxAmount, currency),
    ...targetFields(action.target),
  }),
  apply(action, cart, state) {
    const bases = onMatchingLines(cart, state, action.target, (index) => state.lineRemaining[index]!);
    // One percentage of the matching lines' sum, then split back: per-line rounding would lose cents.
    const amount = capped(percentOf(sum(bases), action.basisPoints), action.maxAmount);
    return amount === 0
      ? nothing(cart)
      : { amount, lineShares: allocate(amount, bases), freeShipping: false };
  },
});
