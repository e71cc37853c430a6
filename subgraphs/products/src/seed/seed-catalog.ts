import { encodePng } from '../domain/png-encoder';
import { iconCover } from '../domain/icon-cover';
import { colorFor } from '../domain/placeholder-image';
import type { CategoryRecord } from '../domain/records';
import { slugify } from '../domain/slug';
import { normalizeVariant, variantProblems, variantSetProblems } from '../domain/variant-rules';
import { CategoryRepo } from '../data/category.repo';
import { ImageRepo } from '../data/image.repo';
import type { ProductsDb } from '../data/database';
import { ProductRepo } from '../data/product.repo';
import type { ImageStorage } from '../storage/image-storage';
import { FIXTURE_CATEGORIES, FIXTURE_PRODUCTS, type FixtureProduct } from './catalog-fixture';
import { fixtureVariants } from './fixture-variants';
import { productIconPath } from './product-icons';

export const COVER_SIZE = 256;

export interface SeedCatalogOptions {
  db: ProductsDb;
  storage: ImageStorage;
  log: (line: string) => void;
}

/**
 * A 256x256 cover for each product: the icon of its kind (see PRODUCT_ICONS) on a colour of its own, so the
 * storefront shows headphones on the headphones. The same name always gives the same bytes.
 */
export function coverImageFor(productName: string): Buffer {
  return encodePng(
    COVER_SIZE,
    COVER_SIZE,
    iconCover(COVER_SIZE, colorFor(productName), productIconPath(productName)),
  );
}

async function seedCategories(
  repo: CategoryRepo,
  log: (line: string) => void,
): Promise<Map<string, CategoryRecord>> {
  const bySlug = new Map<string, CategoryRecord>();
  // Parents come first in the fixture, so every parent exists by the time its children are written.
  for (const fixture of FIXTURE_CATEGORIES) {
    const parentId = fixture.parent ? bySlug.get(fixture.parent)!.id : null;
    const values = { slug: fixture.slug, name: fixture.name, description: fixture.description, parentId };
    const existing = await repo.findBySlug(fixture.slug);
    // A write publishes category.changed (purging cached catalog answers): only write what differs.
    const unchanged =
      existing &&
      existing.name === values.name &&
      existing.description === values.description &&
      existing.parentId === values.parentId;
    bySlug.set(
      fixture.slug,
      unchanged ? existing : existing ? await repo.update(existing.id, values) : await repo.create(values),
    );
  }
  log(`categories: ${bySlug.size}/${FIXTURE_CATEGORIES.length}`);
  return bySlug;
}

function validatedVariants(product: FixtureProduct, slug: string) {
  const variants = fixtureVariants(product, slug).map((draft, index) => ({
    values: normalizeVariant(draft),
    field: [String(index)],
  }));
  const problems = [
    ...variants.flatMap((variant) => variantProblems(variant.values, variant.field)),
    ...variantSetProblems(variants),
  ];
  if (problems.length)
    throw new Error(
      `Seed product "${product.name}" is invalid: ${problems.map((p) => p.message).join('; ')}`,
    );
  return variants.map((variant) => variant.values);
}

/**
 * Idempotent: categories are upserted by slug, products created only when their slug is free (through the
 * same repository as the API, so each creation also writes its product and variant events to the outbox),
 * and a cover image is written for every product that lacks one or whose file went missing.
 */
export async function seedCatalog({ db, storage, log }: SeedCatalogOptions): Promise<void> {
  const categories = await seedCategories(new CategoryRepo(db), log);
  const products = new ProductRepo(db);
  const images = new ImageRepo(db);
  let created = 0;
  let covers = 0;
  for (const [index, fixture] of FIXTURE_PRODUCTS.entries()) {
    const slug = slugify(fixture.name);
    let product = await products.findBySlug(slug);
    if (!product) {
      const values = {
        slug,
        name: fixture.name,
        description: fixture.description,
        status: 'ACTIVE' as const,
        categoryId: categories.get(fixture.category)!.id,
      };
      product = await products.create(values, validatedVariants(fixture, slug));
      created += 1;
    }
    const storageKey = `products/${product.id}/cover.png`;
    const [cover] = (await images.findByProductIds([product.id])).filter(
      (image) => image.storageKey === storageKey,
    );
    if (!cover || !(await storage.get(storageKey))) {
      const png = coverImageFor(fixture.name);
      await storage.put(storageKey, png, 'image/png');
      if (!cover)
        await images.add(product.id, {
          storageKey,
          contentType: 'image/png',
          byteSize: png.length,
          alt: fixture.name,
        });
      covers += 1;
    }
    if ((index + 1) % 10 === 0 || index + 1 === FIXTURE_PRODUCTS.length)
      log(`products: ${index + 1}/${FIXTURE_PRODUCTS.length}`);
  }
  log(
    `products: ${created} created, ${FIXTURE_PRODUCTS.length - created} already present; cover images written: ${covers}`,
  );
}
