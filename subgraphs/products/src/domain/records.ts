/** The catalog's records as the rest of the service sees them, independent of the database client. */
export const PRODUCT_STATUSES = ['DRAFT', 'ACTIVE', 'ARCHIVED'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export interface VariantOption {
  name: string;
  value: string;
}

export interface CategoryRecord {
  id: string;
  slug: string;
  name: string;
  description: string;
  parentId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProductRecord {
  id: string;
  slug: string;
  name: string;
  description: string;
  status: ProductStatus;
  categoryId: string | null;
  minPrice: number | null;
  maxPrice: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface VariantRecord {
  id: string;
  productId: string;
  sku: string;
  title: string;
  options: VariantOption[];
  price: number;
  compareAtPrice: number | null;
  weightGrams: number;
  position: number;
  removedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ImageRecord {
  id: string;
  productId: string;
  storageKey: string;
  contentType: string;
  byteSize: number;
  alt: string;
  position: number;
  createdAt: Date;
}
