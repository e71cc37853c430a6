import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { createLogger, installGracefulShutdown } from '@msa/subgraph-kit';
import { createCartSubgraph } from './app';
import { loadCartConfig } from './config';

const config = loadCartConfig();
const logger = createLogger('cart', config.LOG_LEVEL);
const subgraph = await createCartSubgraph({
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
});
installGracefulShutdown(subgraph.stop, logger);
