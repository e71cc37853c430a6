import type { ShippingQuote } from '../__generated__/prisma/client';
import { isUuid, type ShippingDb, type ShippingTx } from './database';

export type ShippingQuoteRecord = ShippingQuote;
export type NewShippingQuote = Omit<ShippingQuote, 'createdAt'>;

export async function saveQuotes(db: ShippingDb, quotes: NewShippingQuote[]): Promise<void> {
  if (quotes.length) await db.shippingQuote.createMany({ data: quotes });
}

export function findQuote(db: ShippingDb | ShippingTx, id: string): Promise<ShippingQuoteRecord | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  return db.shippingQuote.findUnique({ where: { id } });
}

/** Removes quotes that expired before `cutoff`; returns how many. */
export async function deleteQuotesExpiredBefore(db: ShippingDb, cutoff: Date): Promise<number> {
  const { count } = await db.shippingQuote.deleteMany({ where: { expiresAt: { lt: cutoff } } });
  return count;
}
