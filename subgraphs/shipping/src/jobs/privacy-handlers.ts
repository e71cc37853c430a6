import { privacyEventHandlers, type EventHandlers } from '@msa/events';
import { inTransaction, type ShippingDb, type ShippingTx } from '../data/database';
import { ERASED_CITY, shippingExportPart } from '../domain/privacy-export';

/**
 * Privacy requests for shipping: the export part is the customer's shipments; deletion keeps them (carrier
 * costs, tracking) but removes the destination city, the only part of the address shipping kept.
 */
export function shippingPrivacyHandlers(db: ShippingDb): EventHandlers {
  return privacyEventHandlers<ShippingTx>({
    service: 'shipping',
    transaction: (work) => inTransaction(db, work),
    exportPart: async (tx, userId) =>
      shippingExportPart(
        await tx.shipment.findMany({
          where: { customerId: userId },
          orderBy: { createdAt: 'asc' },
          include: { events: { orderBy: { sequence: 'asc' } } },
        }),
      ),
    eraseUser: async (tx, userId) => {
      await tx.shipment.updateMany({ where: { customerId: userId }, data: { destinationCity: ERASED_CITY } });
    },
  });
}
