import type { Logger } from '@msa/subgraph-kit';
import { CategoryRepo } from '../data/category.repo';
import { ImageRepo } from '../data/image.repo';
import { ProductRelationsRepo } from '../data/product-relations.repo';
import type { ProductsDb } from '../data/database';
import { ProductRepo } from '../data/product.repo';
import { VariantRepo } from '../data/variant.repo';
import type { ImageStorage } from '../storage/image-storage';
import { CatalogLoaders } from './catalog-loaders';
import { CategoryService } from './category.service';
import { ProductAdminService } from './product-admin.service';
import { ProductImageService } from './product-image.service';
import { ProductQueryService } from './product-query.service';
import { VariantAdminService } from './variant-admin.service';

/** Every service of the catalog, wired once per process and shared by GraphQL resolvers and HTTP routes. */
export interface Catalog {
  queries: ProductQueryService;
  categories: CategoryService;
  productAdmin: ProductAdminService;
  variantAdmin: VariantAdminService;
  images: ProductImageService;
  loaders: CatalogLoaders;
}

export interface CatalogDependencies {
  db: ProductsDb;
  storage: ImageStorage;
  publicBaseUrl: string;
  logger: Logger;
}

export function createCatalog({ db, storage, publicBaseUrl, logger }: CatalogDependencies): Catalog {
  const products = new ProductRepo(db);
  const variants = new VariantRepo(db);
  const categories = new CategoryRepo(db);
  const images = new ImageRepo(db);
  return {
    queries: new ProductQueryService(products, categories, variants),
    categories: new CategoryService(categories),
    productAdmin: new ProductAdminService(products, variants, categories),
    variantAdmin: new VariantAdminService(products, variants),
    images: new ProductImageService(products, images, storage, publicBaseUrl, logger),
    loaders: new CatalogLoaders({ products, variants, categories, relations: new ProductRelationsRepo(db) }),
  };
}
