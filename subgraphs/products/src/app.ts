import 'reflect-metadata';
import { createLogger, defineSubgraph, type RunningSubgraph, type SubgraphOptions } from '@msa/subgraph-kit';
import { DEFAULT_MAX_IMAGE_BYTES } from './config';
import { database } from './data/database';
import { mountProductRoutes } from './http/product-routes';
import type { ProductsContext } from './schema/context';
import { buildProductsSchema } from './schema';
import { createCatalog } from './services/catalog';
import type { ImageStorage } from './storage/image-storage';
import { createLocalDiskImageStorage } from './storage/local-disk-image-storage';

export interface ProductsSubgraphOptions extends Omit<SubgraphOptions, 'redisUrl'> {
  /** Local image folder; ignored when `storage` is given. */
  mediaDir?: string;
  /** Where images are stored (see createImageStorage); files under `mediaDir` when absent. */
  storage?: ImageStorage;
  publicBaseUrl: string;
  maxImageBytes?: number;
  /**
   * Where the outbox relay publishes product events (BullMQ). Without it no relay runs here and events wait in
   * the outbox for one that does.
   */
  redisUrl?: string;
  /** Sees the SQL of every statement; for diagnostics and tests that count queries. */
  onQuery?: (sql: string) => void;
  /** Cache-Control headers from the schema's @cacheControl hints, for the router's response cache; default on. */
  cacheHints?: boolean;
}

/**
 * The products subgraph: catalog GraphQL API, image upload and image serving on one port, plus the outbox
 * relay that publishes its events. stop() ends all of them.
 */
export async function createProductsSubgraph(options: ProductsSubgraphOptions): Promise<RunningSubgraph> {
  if (!options.storage && !options.mediaDir) throw new Error('products needs `storage` or `mediaDir`');
  const runtime = {
    name: 'products',
    ...options,
    logger: options.logger ?? createLogger('products', 'silent'),
    // Products consumes no queues: only the relay publishes its events.
    queueConnection: false,
  };
  return defineSubgraph<ProductsContext>(runtime, async (kit) => {
    const { logger } = kit;
    const db = kit.connectDatabase(database, { ...(options.onQuery && { onQuery: options.onQuery }) });
    const storage = options.storage ?? createLocalDiskImageStorage(options.mediaDir!);
    const catalog = createCatalog({ db, storage, publicBaseUrl: options.publicBaseUrl, logger });
    return {
      schema: await buildProductsSchema(),
      cacheHints: options.cacheHints ?? true,
      context: (base) => ({ ...base, catalog }),
      routes: (app) =>
        mountProductRoutes(app, {
          images: catalog.images,
          storage,
          verifier: options.verifier,
          maxImageBytes: options.maxImageBytes ?? DEFAULT_MAX_IMAGE_BYTES,
          logger,
        }),
    };
  });
}
