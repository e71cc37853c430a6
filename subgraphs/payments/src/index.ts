import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { createLogger, installGracefulShutdown } from '@msa/subgraph-kit';
import { createPaymentsSubgraph } from './app';
import { loadPaymentsConfig } from './config';

const config = loadPaymentsConfig();
const logger = createLogger('payments', config.logLevel);
const app = await createPaymentsSubgraph({
  databaseUrl: config.databaseUrl,
  redisUrl: config.redisUrl,
  port: config.port,
  host: config.host,
  verifier: createAccessTokenVerifier(remoteKeys(config.jwksUrl)),
  ...(config.queuePrefix ? { queuePrefix: config.queuePrefix } : {}),
  logger,
  webhookSecret: config.webhookSecret,
  webhookToleranceSeconds: config.webhookToleranceSeconds,
  providerLatencyMs: config.providerLatencyMs,
  providerRetry: config.providerRetry,
  workerConcurrency: config.workerConcurrency,
  faultPoints: config.faultPoints,
});
installGracefulShutdown(() => app.stop(), logger);
