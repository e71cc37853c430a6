import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { createLogger, installGracefulShutdown } from '@msa/subgraph-kit';
import { createProductsSubgraph } from './app';
import { loadProductsConfig } from './config';
import { createImageStorage } from './storage/create-image-storage';

const config = loadProductsConfig();
const logger = createLogger('products', config.logLevel);
const subgraph = await createProductsSubgraph({
  databaseUrl: config.databaseUrl,
  port: config.port,
  host: config.host,
  verifier: createAccessTokenVerifier(remoteKeys(config.jwksUrl)),
  // The relay reads QUEUE_PREFIX itself when set.
  redisUrl: config.redisUrl,
  storage: await createImageStorage(config.storage),
  publicBaseUrl: config.publicBaseUrl,
  maxImageBytes: config.maxImageBytes,
  logger,
});
installGracefulShutdown(() => subgraph.stop(), logger);
