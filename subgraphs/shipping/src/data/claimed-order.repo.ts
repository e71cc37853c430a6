import { claimedOrderTable } from '@msa/events';
import type { ShippingTx } from './database';
import { lockOrder } from './shipment.repo';

/** The guest orders claimed by registered customers, kept for rows about them created after the claim. */
export const claimedOrders = claimedOrderTable<ShippingTx>((tx) => tx.claimedOrder, lockOrder);
