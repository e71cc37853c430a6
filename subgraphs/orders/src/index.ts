import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { runSubgraph } from '@msa/subgraph-kit';
import { createOrdersSubgraph } from './app';
import { loadOrdersConfig } from './config';

const config = loadOrdersConfig();
await runSubgraph('orders', config.logLevel, (logger) =>
  createOrdersSubgraph({
    ...config,
    watchdog: {
      intervalMs: config.sagaWatchdogIntervalMs,
      paymentRetryWindowMs: config.paymentRetryWindowSeconds * 1000,
      ...(config.sagaReplyWithinMs ? { replyWithinMs: config.sagaReplyWithinMs } : {}),
      ...(config.sagaStepAttempts ? { attempts: config.sagaStepAttempts } : {}),
    },
    verifier: createAccessTokenVerifier(remoteKeys(config.jwksUrl)),
    logger,
  }),
);
