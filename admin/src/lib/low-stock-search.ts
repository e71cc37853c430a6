export interface SearchedProduct {
  id: string;
  name: string;
  variants: readonly {
    id: string;
    sku: string;
    title: string;
    stock?: {
      onHand: number;
      reserved: number;
      available: number;
      lowStockThreshold: number;
      lowStock: boolean;
    } | null;
  }[];
}

export interface LowStockRow {
  variantId: string;
  productId: string;
  productName: string;
  sku: string;
  title: string;
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number;
}

/** The low-stock variants of the products a search found, the emptiest first (as the low-stock list). */
export function lowStockRows(products: readonly SearchedProduct[]): LowStockRow[] {
  return products
    .flatMap((product) =>
      product.variants.flatMap((variant) =>
        variant.stock?.lowStock
          ? [
              {
                variantId: variant.id,
                productId: product.id,
                productName: product.name,
                sku: variant.sku,
                title: variant.title,
                onHand: variant.stock.onHand,
                reserved: variant.stock.reserved,
                available: variant.stock.available,
                lowStockThreshold: variant.stock.lowStockThreshold,
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => a.available - b.available || a.sku.localeCompare(b.sku));
}

/** A variant on the low-stock list as a row of the same shape as a search's. */
export function lowStockRowOf(entry: {
  variantId: string;
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number;
  variant: { sku: string; title: string; product: { id: string; name: string } };
}): LowStockRow {
  return {
    variantId: entry.variantId,
    productId: entry.variant.product.id,
    productName: entry.variant.product.name,
    sku: entry.variant.sku,
    title: entry.variant.title,
    onHand: entry.onHand,
    reserved: entry.reserved,
    available: entry.available,
    lowStockThreshold: entry.lowStockThreshold,
  };
}
