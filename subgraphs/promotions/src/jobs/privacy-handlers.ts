import { privacyEventHandlers, type EventHandlers } from '@msa/events';
import { inTransaction, type PromotionsDb, type PromotionsTx } from '../data/database';
import { promotionsExportPart } from '../domain/privacy-export';

/**
 * Privacy requests for promotions. The export part is the coupons the customer entered and the discounts their
 * orders received. Deletion forgets the coupons on their cart, their usage counts and first-order history;
 * redemptions stay (promotion statistics) under the customer id, which no longer names anyone.
 */
export function promotionPrivacyHandlers(db: PromotionsDb): EventHandlers {
  return privacyEventHandlers<PromotionsTx>({
    service: 'promotions',
    transaction: (work) => inTransaction(db, work),
    exportPart: async (tx, userId) =>
      promotionsExportPart({
        coupons: await tx.cartCoupon.findMany({ where: { ownerId: userId }, orderBy: { appliedAt: 'asc' } }),
        redemptions: await tx.redemption.findMany({
          where: { customerId: userId },
          orderBy: { redeemedAt: 'asc' },
          include: { promotion: { select: { name: true } } },
        }),
      }),
    eraseUser: async (tx, userId) => {
      await tx.cartCoupon.deleteMany({ where: { ownerId: userId } });
      await tx.customerUsage.deleteMany({ where: { customerId: userId } });
      await tx.customerOrder.deleteMany({ where: { customerId: userId } });
      await tx.orderRedemption.updateMany({ where: { customerId: userId }, data: { customerId: null } });
    },
  });
}
