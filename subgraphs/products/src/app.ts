import 'reflect-metadata';
import type { AccessTokenVerifier } from '@msa/auth';
import { createLogger, startSubgraphServer, type Logger, type RunningSubgraph } from '@msa/subgraph-kit';
import { DEFAULT_MAX_IMAGE_BYTES } from './config';
import { createPrismaClient } from './data/prisma-client';
import { mountProductRoutes } from './http/product-routes';
import type { ProductsContext } from './schema/context';
import { buildProductsSchema } from './schema/build-schema';
import { createCatalog } from './services/catalog';
import { createLocalDiskImageStorage } from './storage/local-disk-image-storage';

export interface ProductsSubgraphOptions {
  databaseUrl: string;
  port: number;
  verifier: AccessTokenVerifier;
  mediaDir: string;
  publicBaseUrl: string;
  maxImageBytes?: number;
  logger?: Logger;
  host?: string;
  /** Sees the SQL of every statement; for diagnostics and tests that count queries. */
  onQuery?: (sql: string) => void;
}

/** The products subgraph: catalog GraphQL API, image upload and image serving, on one port. */
export async function createProductsSubgraph(options: ProductsSubgraphOptions): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger('products', 'silent');
  const db = createPrismaClient(options.databaseUrl, {
    ...(options.onQuery && { onQuery: options.onQuery }),
  });
  const storage = createLocalDiskImageStorage(options.mediaDir);
  const catalog = createCatalog({ db, storage, publicBaseUrl: options.publicBaseUrl, logger });
  try {
    return await startSubgraphServer<ProductsContext>({
      name: 'products',
      schema: await buildProductsSchema(),
      verifier: options.verifier,
      logger,
      port: options.port,
      ...(options.host && { host: options.host }),
      healthChecks: { database: () => db.$queryRaw`SELECT 1` },
      extendContext: (base) => ({ ...base, catalog }),
      routes: (app) =>
        mountProductRoutes(app, {
          images: catalog.images,
          storage,
          verifier: options.verifier,
          maxImageBytes: options.maxImageBytes ?? DEFAULT_MAX_IMAGE_BYTES,
          logger,
        }),
      onStop: () => db.$disconnect(),
    });
  } catch (error) {
    await db.$disconnect();
    throw error;
  }
}
