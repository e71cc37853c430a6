import type { z } from 'zod';
import { actionKinds, conditionKinds, type Action, type Condition } from '../kinds/registry';

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

export type { Action, Condition } from '../kinds/registry';

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
  return {
    conditions: parseList(promotionId, 'conditions', conditions, conditionKinds) as Condition[],
    actions: parseList(promotionId, 'actions', actions, actionKinds) as Action[],
  };
}

/** Each entry is read with the stored shape of its kind. */
function parseList(
  promotionId: string,
  what: string,
  stored: unknown,
  kinds: { named(name: string): { stored: z.ZodType } | undefined },
): unknown[] {
  if (!Array.isArray(stored)) throw new CorruptPromotionRulesError(promotionId, `${what} is not a list`);
  return stored.map((entry: unknown, index) => {
    const name = typeof entry === 'object' && entry !== null && 'kind' in entry ? entry.kind : undefined;
    const kind = typeof name === 'string' ? kinds.named(name) : undefined;
    if (!kind) throw new CorruptPromotionRulesError(promotionId, `${what}[${index}] has no known kind`);
    const parsed = kind.stored.safeParse(entry);
    if (!parsed.success)
      throw new CorruptPromotionRulesError(promotionId, `${what}[${index}]: ${parsed.error.message}`);
    return parsed.data;
  });
}
