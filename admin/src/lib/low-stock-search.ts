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
