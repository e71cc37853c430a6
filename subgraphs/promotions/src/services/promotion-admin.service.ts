import {
  draftFromDefinition,
  validatePromotionDraft,
  type InputProblem,
  type PromotionDraft,
} from '../domain/promotion-input';
import { inTransaction, isUniqueViolation, type PromotionsDb } from '../data/database';
import {
  findPromotion,
  insertPromotion,
  lockPromotion,
  setPromotionActive,
  writePromotion,
  type PromotionRecord,
} from '../data/promotion.repo';
import { promotionStats, type PromotionStatsRow } from '../data/redemption.repo';

export type AdminOutcome = { promotion: PromotionRecord | null; problems: InputProblem[] };

const CODE_TAKEN: InputProblem = {
  code: 'CODE_TAKEN',
  message: 'Another promotion already uses this code.',
  field: ['input', 'code'],
};
const NOT_FOUND: InputProblem = {
  code: 'PROMOTION_NOT_FOUND',
  message: 'There is no promotion with this id.',
  field: ['id'],
};

/** An update: only the fields given change (null clears an optional one); `active` switches it on or off. */
export type PromotionPatch = Partial<PromotionDraft> & { active?: boolean };

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export async function createPromotion(db: PromotionsDb, draft: PromotionDraft): Promise<AdminOutcome> {
  const validated = validatePromotionDraft(draft);
  if (!validated.ok) return { promotion: null, problems: validated.problems };
  try {
    return { promotion: await insertPromotion(db, validated.value), problems: [] };
  } catch (error) {
    if (isUniqueViolation(error)) return { promotion: null, problems: [CODE_TAKEN] };
    throw error;
  }
}

/**
 * Merges the patch into the stored promotion and validates the whole again. The row stays locked meanwhile,
 * so a usage limit is never set below the uses redemptions hold at that moment.
 */
export async function updatePromotion(
  db: PromotionsDb,
  id: string,
  patch: PromotionPatch,
): Promise<AdminOutcome> {
  const { active, ...changes } = definedOnly(patch);
  try {
    return await inTransaction(db, async (tx): Promise<AdminOutcome> => {
      const current = await lockPromotion(tx, id);
      if (!current) return { promotion: null, problems: [NOT_FOUND] };
      const validated = validatePromotionDraft({ ...draftFromDefinition(current), ...changes });
      if (!validated.ok) return { promotion: current, problems: validated.problems };
      const limit = validated.value.usageLimit;
      if (limit !== null && limit < current.usageCount) {
        const problem = {
          code: 'USAGE_LIMIT_BELOW_USAGE',
          message: `usageLimit cannot be below the ${current.usageCount} uses already redeemed.`,
          field: ['input', 'usageLimit'],
        };
        return { promotion: current, problems: [problem] };
      }
      const written = await writePromotion(tx, id, validated.value, active ?? current.active);
      return { promotion: written, problems: [] };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { promotion: await findPromotion(db, id), problems: [CODE_TAKEN] };
    throw error;
  }
}

/** Switches a promotion off: carts stop showing it and redemptions of it fail from now on. */
export async function deactivatePromotion(db: PromotionsDb, id: string): Promise<AdminOutcome> {
  const promotion = await setPromotionActive(db, id, false);
  return promotion ? { promotion, problems: [] } : { promotion: null, problems: [NOT_FOUND] };
}

export interface PromotionStats extends PromotionStatsRow {
  promotion: PromotionRecord;
}

export async function statsOf(db: PromotionsDb, id: string): Promise<PromotionStats | null> {
  const promotion = await findPromotion(db, id);
  if (!promotion) return null;
  return { promotion, ...(await promotionStats(db, id)) };
}
