import type { ClaimedOrderStore } from '@msa/events';
import type { PaymentsTx } from './database';

/** The guest orders claimed by registered customers, kept for rows about them created after the claim. */
export const claimedOrders: ClaimedOrderStore<PaymentsTx> = {
  lock: async (tx, orderId) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`payments:claim:${orderId}`}, 0))`;
  },
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
