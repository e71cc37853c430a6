import { fileURLToPath } from 'node:url';
import { databaseUrlFor } from '@msa/prisma-toolkit';
import { baseSubgraphEnv, loadConfig } from '@msa/subgraph-kit';
import { subgraphPort } from '@msa/topology';
import { z } from 'zod';

export const DEFAULT_MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const DEFAULT_PUBLIC_BASE_URL = 'http://localhost:4000';
/** <repo root>/.data/media, wherever the checkout lives. */
export const DEFAULT_MEDIA_DIR = fileURLToPath(new URL('../../../.data/media', import.meta.url));

/** Where product images are kept and how clients reach them; read by the server and by the seed. */
export const mediaEnv = z.object({
  MEDIA_DIR: z.string().min(1).default(DEFAULT_MEDIA_DIR),
  PUBLIC_BASE_URL: z.string().url().default(DEFAULT_PUBLIC_BASE_URL),
});

export const productsEnv = baseSubgraphEnv.extend(mediaEnv.shape).extend({
  PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  PRODUCTS_DATABASE_URL: z.string().url().optional(),
  MAX_IMAGE_BYTES: z.coerce.number().int().positive().default(DEFAULT_MAX_IMAGE_BYTES),
});

export interface ProductsConfig {
  nodeEnv: string;
  host: string;
  port: number;
  logLevel: z.infer<typeof baseSubgraphEnv>['LOG_LEVEL'];
  databaseUrl: string;
  jwksUrl: string;
  redisUrl: string;
  mediaDir: string;
  publicBaseUrl: string;
  maxImageBytes: number;
}

export function loadProductsConfig(env: NodeJS.ProcessEnv = process.env): ProductsConfig {
  const parsed = loadConfig(productsEnv, env);
  return {
    nodeEnv: parsed.NODE_ENV,
    host: parsed.HOST,
    port: parsed.PORT ?? subgraphPort('products', {}),
    logLevel: parsed.LOG_LEVEL,
    // PRODUCTS_DATABASE_URL wins; otherwise msa_products on the server of DATABASE_URL.
    databaseUrl: databaseUrlFor('products', env),
    jwksUrl: parsed.JWKS_URL,
    redisUrl: parsed.REDIS_URL,
    mediaDir: parsed.MEDIA_DIR,
    publicBaseUrl: parsed.PUBLIC_BASE_URL,
    maxImageBytes: parsed.MAX_IMAGE_BYTES,
  };
}

export function loadMediaConfig(env: NodeJS.ProcessEnv = process.env): {
  mediaDir: string;
  publicBaseUrl: string;
} {
  const parsed = loadConfig(mediaEnv, env);
  return { mediaDir: parsed.MEDIA_DIR, publicBaseUrl: parsed.PUBLIC_BASE_URL };
}
