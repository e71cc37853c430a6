import { privacyEventHandlers, type EventHandlers } from '@msa/events';
import { inTransaction, type SearchDb, type SearchTx } from '../data/database';
import { searchExportPart } from '../domain/privacy-export';

/**
 * Privacy requests for search. The export part is the customer's search history, product views and the
 * purchases recommendations learn from. Deletion removes the views and detaches the searches and purchases
 * from the customer: the analytics and the co-purchase counts stay, anonymous.
 */
export function searchPrivacyHandlers(db: SearchDb): EventHandlers {
  return privacyEventHandlers<SearchTx>({
    service: 'search',
    transaction: (work) => inTransaction(db, work),
    exportPart: async (tx, userId) =>
      searchExportPart({
        searches: await tx.searchQueryLog.findMany({
          where: { userId },
          orderBy: { createdAt: 'asc' },
          include: { clicks: { orderBy: { clickedAt: 'asc' } } },
        }),
        views: await tx.productView.findMany({ where: { userId }, orderBy: { lastViewedAt: 'asc' } }),
        purchases: await tx.orderPurchase.findMany({
          where: { customerId: userId },
          orderBy: { placedAt: 'asc' },
        }),
      }),
    eraseUser: async (tx, userId) => {
      await tx.productView.deleteMany({ where: { userId } });
      await tx.searchQueryLog.updateMany({ where: { userId }, data: { userId: null } });
      await tx.orderPurchase.updateMany({ where: { customerId: userId }, data: { customerId: null } });
    },
  });
}
