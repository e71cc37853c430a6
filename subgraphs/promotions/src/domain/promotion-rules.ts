import { z } from 'zod';

/**
 * The rules a promotion is made of, in the shape they are stored (JSON columns) and evaluated. Amounts are
 * minor units of the promotion's currency; percentages are basis points (1 % = 100) so that every
 * computation stays in integers.
 */

/** Lines an action applies to: lines of any listed product or of any listed category (or a descendant). */
export interface LineTarget {
  productIds: string[];
  categoryIds: string[];
}

export type Condition =
  | { kind: 'MIN_SUBTOTAL'; amount: number }
  | { kind: 'MIN_QUANTITY'; quantity: number }
  | { kind: 'PRODUCTS'; productIds: string[] }
  | { kind: 'CATEGORIES'; categoryIds: string[] }
  | { kind: 'FIRST_ORDER' };

export type Action =
  | { kind: 'ORDER_PERCENT_OFF'; basisPoints: number; maxAmount: number | null }
  | { kind: 'ORDER_AMOUNT_OFF'; amount: number }
  | { kind: 'LINES_PERCENT_OFF'; basisPoints: number; maxAmount: number | null; target: LineTarget }
  | { kind: 'LINES_AMOUNT_OFF'; amountPerUnit: number; maxAmount: number | null; target: LineTarget }
  | { kind: 'FREE_SHIPPING' }
  | {
      kind: 'BUY_X_GET_Y';
      buyQuantity: number;
      getQuantity: number;
      basisPoints: number;
      maxApplications: number | null;
      maxAmount: number | null;
      target: LineTarget;
    };

export type ConditionKind = Condition['kind'];
export type ActionKind = Action['kind'];

export const CONDITION_KINDS = [
  'MIN_SUBTOTAL',
  'MIN_QUANTITY',
  'PRODUCTS',
  'CATEGORIES',
  'FIRST_ORDER',
] as const satisfies readonly ConditionKind[];

export const ACTION_KINDS = [
  'ORDER_PERCENT_OFF',
  'ORDER_AMOUNT_OFF',
  'LINES_PERCENT_OFF',
  'LINES_AMOUNT_OFF',
  'FREE_SHIPPING',
  'BUY_X_GET_Y',
] as const satisfies readonly ActionKind[];

/** Everything the engine needs to know about one promotion. */
export interface PromotionRule {
  id: string;
  name: string;
  /** Upper-cased coupon code; null for an automatic promotion. */
  code: string | null;
  currency: string;
  conditions: Condition[];
  actions: Action[];
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  usageCount: number;
  stackable: boolean;
  /** Higher applies first within a stack and wins ties between equally good offers. */
  priority: number;
  active: boolean;
}

const ids = z.array(z.string().min(1));
const target = z.object({ productIds: ids, categoryIds: ids });
const amount = z.number().int().min(0);
const basisPoints = z.number().int().min(1).max(10_000);

const conditionSchema: z.ZodType<Condition> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('MIN_SUBTOTAL'), amount }),
  z.object({ kind: z.literal('MIN_QUANTITY'), quantity: z.number().int().min(1) }),
  z.object({ kind: z.literal('PRODUCTS'), productIds: ids }),
  z.object({ kind: z.literal('CATEGORIES'), categoryIds: ids }),
  z.object({ kind: z.literal('FIRST_ORDER') }),
]);

const actionSchema: z.ZodType<Action> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ORDER_PERCENT_OFF'), basisPoints, maxAmount: amount.nullable() }),
  z.object({ kind: z.literal('ORDER_AMOUNT_OFF'), amount }),
  z.object({ kind: z.literal('LINES_PERCENT_OFF'), basisPoints, maxAmount: amount.nullable(), target }),
  z.object({
    kind: z.literal('LINES_AMOUNT_OFF'),
    amountPerUnit: amount,
    maxAmount: amount.nullable(),
    target,
  }),
  z.object({ kind: z.literal('FREE_SHIPPING') }),
  z.object({
    kind: z.literal('BUY_X_GET_Y'),
    buyQuantity: z.number().int().min(1),
    getQuantity: z.number().int().min(1),
    basisPoints,
    maxApplications: z.number().int().min(1).nullable(),
    maxAmount: amount.nullable(),
    target,
  }),
]);

export class CorruptPromotionRulesError extends Error {
  constructor(promotionId: string, detail: string) {
    super(`Promotion ${promotionId} has rules this version cannot read: ${detail}`);
    this.name = 'CorruptPromotionRulesError';
  }
}

/** Reads the stored JSON back into rules; anything else is a bug or a bad manual edit, never silently ignored. */
export function parseRules(
  promotionId: string,
  conditions: unknown,
  actions: unknown,
): { conditions: Condition[]; actions: Action[] } {
  const parsedConditions = z.array(conditionSchema).safeParse(conditions);
  if (!parsedConditions.success)
    throw new CorruptPromotionRulesError(promotionId, parsedConditions.error.message);
  const parsedActions = z.array(actionSchema).safeParse(actions);
  if (!parsedActions.success) throw new CorruptPromotionRulesError(promotionId, parsedActions.error.message);
  return { conditions: parsedConditions.data, actions: parsedActions.data };
}
