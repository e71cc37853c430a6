import { privacyEventHandlers, type EventHandlers } from '@msa/events';
import { inTransaction, type ReviewsDb, type ReviewsTx } from '../data/database';
import { reviewsExportPart } from '../domain/privacy-export';

/**
 * Privacy requests for reviews. The export part is what the customer wrote and voted. On deletion the reviews
 * stay with the product (ratings do not move) under the author id, which users has anonymised ("Deleted
 * account"), and the purchases this service kept to verify the customer's reviews are forgotten.
 */
export function reviewPrivacyHandlers(db: ReviewsDb): EventHandlers {
  return privacyEventHandlers<ReviewsTx>({
    service: 'reviews',
    transaction: (work) => inTransaction(db, work),
    exportPart: async (tx, userId) =>
      reviewsExportPart(
        await tx.review.findMany({ where: { authorId: userId }, orderBy: { createdAt: 'asc' } }),
        await tx.helpfulVote.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
      ),
    eraseUser: async (tx, userId) => {
      await tx.purchaseOrder.deleteMany({ where: { customerId: userId } });
    },
  });
}
