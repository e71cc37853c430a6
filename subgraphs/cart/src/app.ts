import 'reflect-metadata';
import { startEventWorker } from '@msa/events';
import {
  DEFAULT_CURRENCY,
  defineSubgraph,
  type RunningSubgraph,
  type SubgraphOptions,
} from '@msa/subgraph-kit';
import { CartMergeRepo } from './data/cart-merge.repo';
import { CartStore } from './data/cart.store';
import { CustomerCartRepo } from './data/customer-cart.repo';
import { database } from './data/database';
import { VariantSnapshotRepo } from './data/variant-snapshot.repo';
import { DEFAULT_CART_LIMITS, DEFAULT_GUEST_CART_TTL_SECONDS } from './domain/cart';
import { cartEventHandlers } from './jobs/cart-event-handlers';
import { cartPrivacyHandlers } from './jobs/privacy-handlers';
import type { CartContext } from './schema/cart-context';
import type { CartDeps } from './services/cart-deps';
import { CartMergeService } from './services/cart-merge.service';
import { CartService } from './services/cart.service';
import { buildCartSchema } from './schema';

export interface CartSubgraphOptions extends SubgraphOptions {
  /** Prefix of the cart keys in Redis; default `cart:`. */
  keyPrefix?: string;
  /** Inactivity after which a guest cart expires; default 7 days. */
  guestCartTtlSeconds?: number;
  /** Largest quantity of one line; default 20. */
  maxLineQuantity?: number;
  /** Largest number of lines in one cart; default 50. */
  maxCartLines?: number;
}

/**
 * Boots the cart subgraph: GraphQL server, Redis cart store, Postgres write-through, its event worker and the
 * outbox relay that publishes the cart's part of data exports.
 */
export async function createCartSubgraph(options: CartSubgraphOptions): Promise<RunningSubgraph> {
  return defineSubgraph<CartContext>({ name: 'cart', ...options }, async (kit) => {
    const { logger } = kit;
    const prisma = kit.connectDatabase(database);
    const redis = kit.redisClient('cart redis');

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
    kit.use(
      startEventWorker(
        'cart',
        { ...cartEventHandlers(deps), ...cartPrivacyHandlers(deps) },
        { ...kit.workerOptions, concurrency: 4 },
      ),
      'event worker',
    );
    return {
      schema: await buildCartSchema(),
      context: (base) => ({ ...base, carts, cartMerges }),
    };
  });
}
