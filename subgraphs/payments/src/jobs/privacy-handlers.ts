import { privacyEventHandlers, type EventHandlers } from '@msa/events';
import { inTransaction, type PaymentsDb, type PaymentsTx } from '../data/database';
import { paymentsExportPart } from '../domain/privacy-export';

/**
 * Privacy requests for payments: the export part is every payment of the customer with its refunds; deletion
 * keeps amounts and the refund ledger (accounting) but removes the card's brand and last digits.
 */
export function paymentPrivacyHandlers(db: PaymentsDb): EventHandlers {
  return privacyEventHandlers<PaymentsTx>({
    service: 'payments',
    transaction: (work) => inTransaction(db, work),
    exportPart: async (tx, userId) =>
      paymentsExportPart(
        await tx.payment.findMany({
          where: { customerId: userId },
          orderBy: { createdAt: 'asc' },
          include: { refunds: { orderBy: { createdAt: 'asc' } } },
        }),
      ),
    eraseUser: async (tx, userId) => {
      await tx.payment.updateMany({
        where: { customerId: userId },
        data: { cardBrand: null, cardLast4: null },
      });
    },
  });
}
