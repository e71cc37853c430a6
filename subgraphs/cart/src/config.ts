import { databaseUrlFor } from '@msa/prisma-toolkit';
import { baseSubgraphEnv, loadConfig } from '@msa/subgraph-kit';
import { subgraphPort } from '@msa/topology';
import { z } from 'zod';
import { DEFAULT_CART_LIMITS, DEFAULT_GUEST_CART_TTL_SECONDS } from './domain/cart';

const positiveInt = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .positive(`${name} must be at least 1`);

/** The cart's environment, on top of the settings every subgraph reads. */
export const cartEnv = baseSubgraphEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  CART_DATABASE_URL: z.string().url().optional(),
  QUEUE_PREFIX: z.string().min(1).optional(),
  CART_KEY_PREFIX: z.string().min(1).default('cart:'),
  GUEST_CART_TTL_SECONDS: positiveInt('GUEST_CART_TTL_SECONDS').default(DEFAULT_GUEST_CART_TTL_SECONDS),
  MAX_LINE_QUANTITY: positiveInt('MAX_LINE_QUANTITY').default(DEFAULT_CART_LIMITS.maxLineQuantity),
  MAX_CART_LINES: positiveInt('MAX_CART_LINES').default(DEFAULT_CART_LIMITS.maxLines),
});

export type CartConfig = z.infer<typeof cartEnv> & { PORT: number; CART_DATABASE_URL: string };

export function loadCartConfig(env: NodeJS.ProcessEnv = process.env): CartConfig {
  const config = loadConfig(cartEnv, env);
  return {
    ...config,
    PORT: config.PORT ?? subgraphPort('cart', env),
    CART_DATABASE_URL: config.CART_DATABASE_URL ?? databaseUrlFor('cart', env),
  };
}
