import { pathToFileURL } from 'node:url';
import { loadMediaConfig, loadProductsConfig } from '../src/config';
import { createPrismaClient } from '../src/data/prisma-client';
import { seedCatalog } from '../src/seed/seed-catalog';
import { createLocalDiskImageStorage } from '../src/storage/local-disk-image-storage';

export interface SeedOptions {
  databaseUrl: string;
  log: (line: string) => void;
  /** Where cover images go; MEDIA_DIR (default <repo root>/.data/media) when absent. */
  mediaDir?: string;
}

/** Seeds the demo catalog into a migrated products database. Safe to run again. */
export async function seed(options: SeedOptions): Promise<void> {
  const mediaDir = options.mediaDir ?? loadMediaConfig().mediaDir;
  const db = createPrismaClient(options.databaseUrl);
  try {
    await seedCatalog({ db, storage: createLocalDiskImageStorage(mediaDir), log: options.log });
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
