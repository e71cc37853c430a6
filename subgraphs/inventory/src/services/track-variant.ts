import { DUPLICATE_MESSAGE, inTransactionOnce, type InventoryDb } from '../data/database';
import { ensureStockLevel } from '../data/stock-level.repo';

/**
 * product.variant.changed: makes a new variant known with nothing on hand, so a checkout for it fails as
 * OUT_OF_STOCK rather than UNKNOWN_VARIANT. Existing stock is never touched. Returns true when it was new.
 */
export async function trackVariant(
  db: InventoryDb,
  variantId: string,
  options: { messageId?: string } = {},
): Promise<boolean> {
  const created = await inTransactionOnce(db, options.messageId, (tx) => ensureStockLevel(tx, variantId));
  return created !== DUPLICATE_MESSAGE && created;
}
