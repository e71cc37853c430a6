import type { EventPayloads } from '@msa/events';

/** The catalog columns a product.changed event sets; events from before the path existed carry the category id only. */
export interface CatalogFacts {
  productId: string;
  status: string;
  slug: string | null;
  name: string | null;
  description: string | null;
  categoryIds: string[];
  categoryPath: string[];
}

export function catalogFactsOf(payload: EventPayloads['product.changed']): CatalogFacts {
  const leafOnly = payload.categoryId ? [payload.categoryId] : [];
  return {
    productId: payload.productId,
    status: payload.status,
    slug: payload.slug ?? null,
    name: payload.name ?? null,
    description: payload.description ?? null,
    categoryIds: payload.categoryIds ?? leafOnly,
    categoryPath: payload.categoryPath ?? [],
  };
}
