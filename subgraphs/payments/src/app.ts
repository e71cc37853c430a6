import 'reflect-metadata';
import type { AccessTokenVerifier } from '@msa/auth';
import {
  closeConnection,
  createQueueConnection,
  startCommandWorker,
  startOutboxRelay,
  startEventWorker,
} from '@msa/events';
import {
  createLogger,
  DEFAULT_LISTEN_HOST,
  startSubgraphServer,
  type Logger,
  type RunningSubgraph,
} from '@msa/subgraph-kit';
import { createPaymentsDb, pingDatabase } from './data/database';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './domain/retry-backoff';
import { DEFAULT_WEBHOOK_TOLERANCE_SECONDS } from './domain/webhook-signature';
import { paymentClaimHandlers } from './jobs/order-claim-handler';
import { paymentPrivacyHandlers } from './jobs/privacy-handlers';
import { paymentCommandHandlers } from './jobs/payment-commands';
import type { CardProvider } from './provider/card-provider';
import { createSimulatedCardProvider, DEFAULT_PROVIDER_LATENCY_MS } from './provider/simulated-card-provider';
import type { PaymentsContext } from './schema/context';
import { buildPaymentsSchema } from './schema';
import type { PaymentDeps } from './services/payment-deps';
import type { FaultPoint } from './domain/fault-points';
import { crashAtPoints } from './fault-injection';
import { DEV_WEBHOOK_SECRET } from './webhooks/webhook-secret';
import { mountPaymentsWebhook } from './webhooks/payments-webhook.route';

export { PAYMENTS_WEBHOOK_PATH } from './webhooks/payments-webhook.route';
export { signWebhookPayload, WEBHOOK_SIGNATURE_HEADER } from './domain/webhook-signature';
export { DEV_WEBHOOK_SECRET } from './webhooks/webhook-secret';
export { simulatedProviderActivity, type ProviderActivity } from './provider/simulated-provider-activity';

export interface PaymentsSubgraphOptions {
  databaseUrl: string;
  redisUrl: string;
  /** 0 picks a free port. */
  port: number;
  verifier: AccessTokenVerifier;
  /** BullMQ key prefix, so parallel test runs and environments sharing a Redis do not collide. */
  queuePrefix?: string;
  logger?: Logger;
  host?: string;
  /** Secret of the webhook signatures; defaults to a development secret (config refuses that in production). */
  webhookSecret?: string;
  /** How old (or how far in the future) a webhook timestamp may be; default 300 s. */
  webhookToleranceSeconds?: number;
  /** Random latency of each simulated provider call, [min, max] ms; default [20, 120]. Use [0, 0] in tests. */
  providerLatencyMs?: readonly [number, number];
  /** In-process retries of transient provider failures; default 3 tries from 100 ms. */
  providerRetry?: Partial<RetryPolicy>;
  /** A real provider adapter; defaults to the simulated card provider. */
  cardProvider?: CardProvider;
  /** Commands processed in parallel; default 5. */
  workerConcurrency?: number;
  /** Test-only crash points (FAULT_INJECT): the process kills itself there. Never set in production. */
  faultPoints?: readonly FaultPoint[];
}

/**
 * The payments subgraph with everything it runs in process: GraphQL server with the signed webhook route,
 * the outbox relay and the commands.payments worker. stop() ends all of them.
 */
export async function createPaymentsSubgraph(options: PaymentsSubgraphOptions): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger('payments');
  const db = createPaymentsDb(options.databaseUrl);
  const connection = createQueueConnection(options.redisUrl);
  connection.on('error', (error) => logger.warn({ err: error }, 'payments redis connection error'));
  const prefix = options.queuePrefix ? { prefix: options.queuePrefix } : {};
  const deps: PaymentDeps = {
    db,
    provider:
      options.cardProvider ??
      createSimulatedCardProvider({
        db,
        latencyMs: options.providerLatencyMs ?? DEFAULT_PROVIDER_LATENCY_MS,
      }),
    retryPolicy: { ...DEFAULT_RETRY_POLICY, ...options.providerRetry },
    logger,
  };
  const crashAt = crashAtPoints(options.faultPoints ?? [], logger);
  if (crashAt) deps.crashAt = crashAt;

  const relay = startOutboxRelay({
    databaseUrl: options.databaseUrl,
    redisUrl: options.redisUrl,
    ...prefix,
    logger,
  });
  const commands = startCommandWorker('payments', paymentCommandHandlers(deps), {
    connection,
    ...prefix,
    concurrency: options.workerConcurrency ?? 5,
    logger,
  });

  const privacy = startEventWorker(
    'payments',
    { ...paymentPrivacyHandlers(db), ...paymentClaimHandlers(db) },
    { connection, ...prefix, logger },
  );

  const stopBackground = async () => {
    await privacy.stop();
    await commands.stop();
    await relay.stop();
    await closeConnection(connection);
    await db.$disconnect();
  };

  try {
    return await startSubgraphServer<PaymentsContext>({
      name: 'payments',
      schema: await buildPaymentsSchema(),
      verifier: options.verifier,
      redisUrl: options.redisUrl,
      logger,
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      healthChecks: {
        database: () => pingDatabase(db),
        redis: () => connection.ping(),
      },
      extendContext: (base) => ({ ...base, deps }),
      routes: (app) =>
        mountPaymentsWebhook(app, {
          db,
          secret: options.webhookSecret ?? DEV_WEBHOOK_SECRET,
          listenHost: options.host ?? DEFAULT_LISTEN_HOST,
          toleranceSeconds: options.webhookToleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
          logger,
        }),
      onStop: stopBackground,
    });
  } catch (error) {
    await stopBackground();
    throw error;
  }
}
