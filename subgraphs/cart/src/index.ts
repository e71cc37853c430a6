import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { runSubgraph } from '@msa/subgraph-kit';
import { createCartSubgraph } from './app';
import { loadCartConfig } from './config';

const config = loadCartConfig();
await runSubgraph('cart', config.LOG_LEVEL, (logger) =>
  createCartSubgraph({
    databaseUrl: config.CART_DATABASE_URL,
    redisUrl: config.REDIS_URL,
    port: config.PORT,
    host: config.HOST,
    verifier: createAccessTokenVerifier(remoteKeys(config.JWKS_URL)),
    logger,
    keyPrefix: config.CART_KEY_PREFIX,
    guestCartTtlSeconds: config.GUEST_CART_TTL_SECONDS,
    maxLineQuantity: config.MAX_LINE_QUANTITY,
    maxCartLines: config.MAX_CART_LINES,
    ...(config.QUEUE_PREFIX ? { queuePrefix: config.QUEUE_PREFIX } : {}),
  }),
);
