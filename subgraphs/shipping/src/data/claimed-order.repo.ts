import type { ClaimedOrderStore } from '@msa/events';
import type { ShippingTx } from './database';
import { lockOrder } from './shipment.repo';

/** The guest orders claimed by registered customers, kept for rows about them created after the claim. */
export const claimedOrders: ClaimedOrderStore<ShippingTx> = {
  lock: lockOrder,
  save: async (tx, { orderId, customerId, previousCustomerId }) => {
    await tx.claimedOrder.upsert({
      where: { orderId },
      create: { orderId, customerId, previousCustomerId },
      update: { customerId, previousCustomerId },
    });
  },
  find: (tx, orderId) =>
    tx.claimedOrder.findUnique({
      where: { orderId },
      select: { customerId: true, previousCustomerId: true },
    }),
};
