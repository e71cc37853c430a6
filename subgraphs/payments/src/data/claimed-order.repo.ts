import { claimedOrderTable } from '@msa/events';
import type { PaymentsTx } from './database';

/** The guest orders claimed by registered customers, kept for rows about them created after the claim. */
export const claimedOrders = claimedOrderTable<PaymentsTx>(
  (tx) => tx.claimedOrder,
  async (tx, orderId) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`payments:claim:${orderId}`}, 0))`;
  },
);
