import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { createLogger, installGracefulShutdown } from '@msa/subgraph-kit';
import { createOrdersSubgraph } from './app';
import { loadOrdersConfig } from './config';

const config = loadOrdersConfig();
const logger = createLogger('orders', config.logLevel);
const subgraph = await createOrdersSubgraph({
  databaseUrl: config.databaseUrl,
  redisUrl: config.redisUrl,
  port: config.port,
  host: config.host,
  verifier: createAccessTokenVerifier(remoteKeys(config.jwksUrl)),
  routerUrl: config.routerUrl,
  reservationTtlSeconds: config.reservationTtlSeconds,
  checkoutSettleTimeoutMs: config.checkoutSettleTimeoutMs,
  returnWindowDays: config.returnWindowDays,
  watchdog: {
    intervalMs: config.sagaWatchdogIntervalMs,
    paymentRetryWindowMs: config.paymentRetryWindowSeconds * 1000,
    ...(config.sagaReplyWithinMs ? { replyWithinMs: config.sagaReplyWithinMs } : {}),
    ...(config.sagaStepAttempts ? { attempts: config.sagaStepAttempts } : {}),
  },
  ...(config.queuePrefix ? { queuePrefix: config.queuePrefix } : {}),
  ...(config.trustedProxies ? { trustedProxies: config.trustedProxies } : {}),
  logger,
});
installGracefulShutdown(() => subgraph.stop(), logger);
