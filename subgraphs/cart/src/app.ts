import 'reflect-metadata';
import type { AccessTokenVerifier } from '@msa/auth';
import { startEventWorker, startOutboxRelay } from '@msa/events';
import {
  createLogger,
  DEFAULT_CURRENCY,
  startSubgraphServer,
  type Logger,
  type RunningSubgraph,
} from '@msa/subgraph-kit';
import { Redis } from 'ioredis';
import { CartMergeRepo } from './data/cart-merge.repo';
import { CartStore } from './data/cart.store';
import { CustomerCartRepo } from './data/customer-cart.repo';
import { createPrismaClient, pingDatabase } from './data/database';
import { VariantSnapshotRepo } from './data/variant-snapshot.repo';
import { DEFAULT_CART_LIMITS, DEFAULT_GUEST_CART_TTL_SECONDS } from './domain/cart';
import { cartEventHandlers } from './jobs/cart-event-handlers';
import { cartPrivacyHandlers } from './jobs/privacy-handlers';
import type { CartContext } from './schema/cart-context';
import type { CartDeps } from './services/cart-deps';
import { CartMergeService } from './services/cart-merge.service';
import { CartService } from './services/cart.service';
import { buildCartSchema } from './schema';

export interface CartSubgraphOptions {
  databaseUrl: string;
  redisUrl: string;
  port: number;
  verifier: AccessTokenVerifier;
  /** BullMQ key prefix, so tests and environments sharing a Redis do not consume each other's events. */
  queuePrefix?: string;
  logger?: Logger;
  host?: string;
  /** Prefix of the cart keys in Redis; default `cart:`. */
  keyPrefix?: string;
  /** Inactivity after which a guest cart expires; default 7 days. */
  guestCartTtlSeconds?: number;
  /** Largest quantity of one line; default 20. */
  maxLineQuantity?: number;
  /** Largest number of lines in one cart; default 50. */
  maxCartLines?: number;
}

/** Boots the cart subgraph: GraphQL server, Redis cart store, Postgres write-through and its event worker. */
export async function createCartSubgraph(options: CartSubgraphOptions): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger('cart');
  const prisma = createPrismaClient(options.databaseUrl);
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 3 });
  redis.on('error', (error) => logger.warn({ err: error }, 'cart redis connection error'));

  const deps: CartDeps = {
    prisma,
    customerCarts: new CustomerCartRepo(prisma),
    merges: new CartMergeRepo(prisma),
    variants: new VariantSnapshotRepo(prisma),
    store: new CartStore(redis, {
      keyPrefix: options.keyPrefix ?? 'cart:',
      ttlSeconds: options.guestCartTtlSeconds ?? DEFAULT_GUEST_CART_TTL_SECONDS,
    }),
    limits: {
      maxLineQuantity: options.maxLineQuantity ?? DEFAULT_CART_LIMITS.maxLineQuantity,
      maxLines: options.maxCartLines ?? DEFAULT_CART_LIMITS.maxLines,
    },
    defaultCurrency: DEFAULT_CURRENCY,
    logger,
  };
  const carts = new CartService(deps);
  const cartMerges = new CartMergeService(deps);

  const schema = await buildCartSchema();

  const worker = startEventWorker(
    'cart',
    { ...cartEventHandlers(deps), ...cartPrivacyHandlers(deps) },
    {
      redisUrl: options.redisUrl,
      ...(options.queuePrefix ? { prefix: options.queuePrefix } : {}),
      concurrency: 4,
      logger,
    },
  );

  // Publishes the cart's part of data exports.
  const relay = startOutboxRelay({
    databaseUrl: options.databaseUrl,
    redisUrl: options.redisUrl,
    ...(options.queuePrefix ? { prefix: options.queuePrefix } : {}),
    logger,
  });
  const closeAll = async () => {
    await worker.stop();
    await relay.stop();
    redis.disconnect();
    await prisma.$disconnect();
  };

  try {
    return await startSubgraphServer<CartContext>({
      name: 'cart',
      schema,
      verifier: options.verifier,
      redisUrl: options.redisUrl,
      logger,
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      healthChecks: {
        database: () => pingDatabase(prisma),
        redis: () => redis.ping(),
      },
      extendContext: (base) => ({ ...base, carts, cartMerges }),
      onStop: closeAll,
    });
  } catch (error) {
    await closeAll();
    throw error;
  }
}
