import type { PromotionRule } from './promotion-rules';

export const PROMOTION_STATUSES = ['ACTIVE', 'SCHEDULED', 'EXPIRED', 'EXHAUSTED', 'INACTIVE'] as const;
export type PromotionStatus = (typeof PROMOTION_STATUSES)[number];

/** Where a promotion stands for an admin at `now`; switched off wins over everything, then the window, then usage. */
export function promotionStatus(promotion: PromotionRule, now: Date): PromotionStatus {
  if (!promotion.active) return 'INACTIVE';
  if (promotion.endsAt && now >= promotion.endsAt) return 'EXPIRED';
  if (promotion.startsAt && now < promotion.startsAt) return 'SCHEDULED';
  if (promotion.usageLimit !== null && promotion.usageCount >= promotion.usageLimit) return 'EXHAUSTED';
  return 'ACTIVE';
}
