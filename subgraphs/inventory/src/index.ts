import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { createLogger, installGracefulShutdown } from '@msa/subgraph-kit';
import { createInventorySubgraph } from './app';
import { loadInventoryConfig } from './config';

const config = loadInventoryConfig();
const logger = createLogger('inventory', config.logLevel);
const app = await createInventorySubgraph({
  databaseUrl: config.databaseUrl,
  redisUrl: config.redisUrl,
  port: config.port,
  host: config.host,
  verifier: createAccessTokenVerifier(remoteKeys(config.jwksUrl)),
  ...(config.queuePrefix ? { queuePrefix: config.queuePrefix } : {}),
  logger,
  reservationSweepIntervalMs: config.reservationSweepIntervalMs,
  workerConcurrency: config.workerConcurrency,
});
installGracefulShutdown(() => app.stop(), logger);
