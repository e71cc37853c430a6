import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { createLogger, installGracefulShutdown } from '@msa/subgraph-kit';
import { createShippingSubgraph } from './app';
import { loadShippingConfig } from './config';

const config = loadShippingConfig();
const logger = createLogger('shipping', config.logLevel);
const app = await createShippingSubgraph({
  databaseUrl: config.databaseUrl,
  redisUrl: config.redisUrl,
  port: config.port,
  host: config.host,
  verifier: createAccessTokenVerifier(remoteKeys(config.jwksUrl)),
  routerUrl: config.routerUrl,
  ...(config.queuePrefix ? { queuePrefix: config.queuePrefix } : {}),
  logger,
  shipFromCountry: config.shipFromCountry,
  carrierStepDelayMs: config.carrierStepDelayMs,
  quoteTtlSeconds: config.quoteTtlSeconds,
  workerConcurrency: config.workerConcurrency,
});
installGracefulShutdown(() => app.stop(), logger);
