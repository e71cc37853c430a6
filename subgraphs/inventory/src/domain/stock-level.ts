/** Threshold of a variant nobody set one for; the column default in the migration says the same. */
export const DEFAULT_LOW_STOCK_THRESHOLD = 5;

/** The numbers that make up a variant's stock; available is derived, never stored. */
export interface StockNumbers {
  onHand: number;
  reserved: number;
}

export interface StockSnapshot extends StockNumbers {
  lowStockThreshold: number;
}

/** Units that can still be promised to a new order. */
export function availableOf(stock: StockNumbers): number {
  return stock.onHand - stock.reserved;
}

export function isInStock(stock: StockNumbers): boolean {
  return availableOf(stock) > 0;
}

/** A variant is low on stock once what is left to sell is at or below its threshold. */
export function isLowStock(stock: StockSnapshot): boolean {
  return availableOf(stock) <= stock.lowStockThreshold;
}

/**
 * inventory.low_stock fires on the transition into low stock only, so a variant that keeps selling below its
 * threshold alerts once instead of on every sale; it can alert again after a restock lifts it above.
 */
export function enteredLowStock(before: StockSnapshot, after: StockSnapshot): boolean {
  return !isLowStock(before) && isLowStock(after);
}

/** The state before a change, recovered from the state after it (what a conditional UPDATE … RETURNING gives). */
export function revertDelta<S extends StockNumbers>(stock: S, delta: StockNumbers): S {
  return { ...stock, onHand: stock.onHand - delta.onHand, reserved: stock.reserved - delta.reserved };
}

/** What a variant without a stock row looks like: nothing on hand, nothing reserved. */
export function emptyStock(variantId: string): StockSnapshot & { variantId: string } {
  return { variantId, onHand: 0, reserved: 0, lowStockThreshold: DEFAULT_LOW_STOCK_THRESHOLD };
}
