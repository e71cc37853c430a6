import 'reflect-metadata';
import { startCommandWorker, startEventWorker } from '@msa/events';
import {
  DEFAULT_LISTEN_HOST,
  defineSubgraph,
  type RunningSubgraph,
  type SubgraphOptions,
} from '@msa/subgraph-kit';
import { database } from './data/database';
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

export interface PaymentsSubgraphOptions extends SubgraphOptions {
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
  return defineSubgraph<PaymentsContext>({ name: 'payments', ...options }, async (kit) => {
    const { logger } = kit;
    const db = kit.connectDatabase(database);
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

    kit.use(
      startCommandWorker('payments', paymentCommandHandlers(deps), {
        ...kit.workerOptions,
        concurrency: options.workerConcurrency ?? 5,
      }),
      'command worker',
    );
    kit.use(
      startEventWorker(
        'payments',
        { ...paymentPrivacyHandlers(db), ...paymentClaimHandlers(db) },
        kit.workerOptions,
      ),
      'event worker',
    );
    return {
      schema: await buildPaymentsSchema(),
      context: (base) => ({ ...base, deps }),
      routes: (app) =>
        mountPaymentsWebhook(app, {
          db,
          secret: options.webhookSecret ?? DEV_WEBHOOK_SECRET,
          listenHost: options.host ?? DEFAULT_LISTEN_HOST,
          toleranceSeconds: options.webhookToleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
          logger,
        }),
    };
  });
}
