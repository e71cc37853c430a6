import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { loadMediaConfig, loadProductsConfig } from '../src/config';
import { database as productsDatabase } from '../src/data/database';
import { seedCatalog } from '../src/seed/seed-catalog';
import { seedExtraProducts } from '../src/seed/seed-extra-products';
import { createImageStorage } from '../src/storage/create-image-storage';

export interface SeedOptions {
  databaseUrl: string;
  log: (line: string) => void;
  /** A folder for the cover images; when absent, the store MEDIA_STORAGE selects (MEDIA_DIR by default). */
  mediaDir?: string;
  /**
   * Generated ACTIVE products to add after the demo catalog, for benchmarks (no images); SEED_EXTRA_PRODUCTS
   * when absent, default 0. Always the same products for the same number.
   */
  extraProducts?: number;
}

const MAX_EXTRA_PRODUCTS = 1_000_000;

const extraProductsEnv = z.object({
  SEED_EXTRA_PRODUCTS: z.coerce
    .number({ error: 'SEED_EXTRA_PRODUCTS must be a number' })
    .int('SEED_EXTRA_PRODUCTS must be a whole number')
    .min(0, 'SEED_EXTRA_PRODUCTS must not be negative')
    .max(MAX_EXTRA_PRODUCTS, `SEED_EXTRA_PRODUCTS must be at most ${MAX_EXTRA_PRODUCTS}`)
    .default(0),
});

/** How many extra products SEED_EXTRA_PRODUCTS asks for, validated. */
export function extraProductsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const parsed = extraProductsEnv.safeParse({ SEED_EXTRA_PRODUCTS: env.SEED_EXTRA_PRODUCTS || undefined });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data.SEED_EXTRA_PRODUCTS;
}

/** Seeds the demo catalog (and any extra generated products) into a migrated products database. Safe to run again. */
export async function seed(options: SeedOptions): Promise<void> {
  // An explicit folder wins; otherwise the store MEDIA_STORAGE selects, as the running service uses.
  const storage = await createImageStorage(
    options.mediaDir ? { kind: 'local', dir: options.mediaDir } : loadMediaConfig().storage,
  );
  const extra = options.extraProducts ?? extraProductsFromEnv();
  if (!Number.isInteger(extra) || extra < 0 || extra > MAX_EXTRA_PRODUCTS) {
    throw new Error(`extraProducts must be a whole number from 0 to ${MAX_EXTRA_PRODUCTS}; got ${extra}`);
  }
  const db = productsDatabase.connect(options.databaseUrl);
  try {
    await seedCatalog({ db, storage, log: options.log });
    if (extra > 0) await seedExtraProducts({ db, count: extra, log: options.log });
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await seed({
    databaseUrl: loadProductsConfig().databaseUrl,
    log: (line) => process.stdout.write(`${line}\n`),
  });
}
