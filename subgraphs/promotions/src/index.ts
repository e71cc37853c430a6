import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { createLogger, installGracefulShutdown } from '@msa/subgraph-kit';
import { createPromotionsSubgraph } from './app';
import { loadPromotionsConfig } from './config';

const config = loadPromotionsConfig();
const logger = createLogger('promotions', config.logLevel);
const subgraph = await createPromotionsSubgraph({
  databaseUrl: config.databaseUrl,
  redisUrl: config.redisUrl,
  port: config.port,
  host: config.host,
  verifier: createAccessTokenVerifier(remoteKeys(config.jwksUrl)),
  routerUrl: config.routerUrl,
  workerConcurrency: config.workerConcurrency,
  maxCouponsPerCart: config.maxCouponsPerCart,
  cartCouponRetentionDays: config.cartCouponRetentionDays,
  ...(config.queuePrefix ? { queuePrefix: config.queuePrefix } : {}),
  logger,
});
installGracefulShutdown(() => subgraph.stop(), logger);
