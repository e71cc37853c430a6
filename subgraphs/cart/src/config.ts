import { loadSubgraphConfig, subgraphEnv, wholeNumberEnv } from '@msa/subgraph-kit';
import { z } from 'zod';
import { DEFAULT_CART_LIMITS, DEFAULT_GUEST_CART_TTL_SECONDS } from './domain/cart';

/** The cart's environment, on top of the settings every subgraph reads. */
export const cartEnv = subgraphEnv('cart').extend({
  CART_KEY_PREFIX: z.string().min(1).default('cart:'),
  GUEST_CART_TTL_SECONDS: wholeNumberEnv({ min: 1 }, DEFAULT_GUEST_CART_TTL_SECONDS),
  MAX_LINE_QUANTITY: wholeNumberEnv({ min: 1 }, DEFAULT_CART_LIMITS.maxLineQuantity),
  MAX_CART_LINES: wholeNumberEnv({ min: 1 }, DEFAULT_CART_LIMITS.maxLines),
});

export function loadCartConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadSubgraphConfig('cart', cartEnv, env);
  return {
    ...config,
    keyPrefix: config.env.CART_KEY_PREFIX,
    guestCartTtlSeconds: config.env.GUEST_CART_TTL_SECONDS,
    maxLineQuantity: config.env.MAX_LINE_QUANTITY,
    maxCartLines: config.env.MAX_CART_LINES,
  };
}
