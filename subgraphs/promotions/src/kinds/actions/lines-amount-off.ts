import { money } from '@msa/subgraph-kit';
import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import type { LineTarget } from '../../domain/promotion-rules';
import { lineResult, onMatchingLines } from '../../domain/stack-state';
import { defineActionKind, moneyOrNull } from '../action-kind';
import { all, amount, ok, optionalCap } from '../input-checks';
import {
  checkTarget,
  PromotionLineActionInput,
  storedTarget,
  targetFields,
  type TargetInput,
} from '../line-target';

/** A fixed amount off each matching unit, optionally capped. */
export interface LinesAmountOffAction {
  kind: 'LINES_AMOUNT_OFF';
  amountPerUnit: number;
  maxAmount: number | null;
  target: LineTarget;
}

@InputType('PromotionLinesAmountOffInput', { description: 'A fixed amount off each matching unit.' })
export class PromotionLinesAmountOffInput extends PromotionLineActionInput {
  @Field(() => Int, { description: 'Minor units off each unit (never below the unit price).' })
  amountPerUnit!: number;
}

export const linesAmountOff = defineActionKind({
  kind: 'LINES_AMOUNT_OFF',
  description: 'A fixed amount off each matching unit, optionally capped.',
  stored: z.object({
    kind: z.literal('LINES_AMOUNT_OFF'),
    amountPerUnit: z.number().int().min(0),
    maxAmount: z.number().int().min(0).nullable(),
    target: storedTarget,
  }),
  phase: 'LINES',
  input: {
    member: 'linesAmountOff',
    type: () => PromotionLinesAmountOffInput,
    description: 'A fixed amount off each matching unit.',
    parse: (spec: TargetInput & { amountPerUnit: number; maxAmount?: number | null }) => {
      const checked = all<[number, number | null, LineTarget]>(
        amount(spec.amountPerUnit, 'amountPerUnit'),
        optionalCap(spec.maxAmount),
        checkTarget(spec),
      );
      if (!checked.ok) return checked;
      const [amountPerUnit, maxAmount, target] = checked.value;
      return ok<LinesAmountOffAction>({ kind: 'LINES_AMOUNT_OFF', amountPerUnit, maxAmount, target });
    },
    from: (action: LinesAmountOffAction) => ({
      amountPerUnit: action.amountPerUnit,
      maxAmount: action.maxAmount,
      ...targetFields(action.target),
    }),
  },
  output: (action, currency) => ({
    amount: money(action.amountPerUnit, currency),
    maxAmount: moneyOrNull(action.maxAmount, currency),
    ...targetFields(action.target),
  }),
  apply(action, cart, state) {
    const shares = onMatchingLines(
      cart,
      state,
      action.target,
      (index) => action.amountPerUnit * cart.lines[index]!.quantity,
    );
    return lineResult(cart, shares, action.maxAmount);
  },
});
