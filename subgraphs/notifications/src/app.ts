import 'reflect-metadata';
import { createServiceTokenClient, internalServiceSecret } from '@msa/auth';
import {
  defineSubgraph,
  type RunningSubgraph,
  type SubgraphContext,
  type SubgraphOptions,
} from '@msa/subgraph-kit';
import { createCapturedEmailTransport } from './channels/captured-email.transport';
import type { EmailTransport } from './channels/email-transport';
import type { PushProvider } from './channels/push-provider';
import { createSimulatedPushProvider, createSimulatedSmsProvider } from './channels/simulated-providers';
import type { SmsProvider } from './channels/sms-provider';
import { createSmtpEmailTransport } from './channels/smtp-email.transport';
import { createDirectoryClient } from './clients/directory.client';
import { DEFAULT_EMAIL_FROM } from './config';
import { database, type NotificationsDb } from './data/database';
import type { DeliveryLogStore } from './data/delivery-log';
import { createMongoDeliveryLog } from './data/mongo-delivery-log';
import { createPostgresDeliveryLog } from './data/postgres-delivery-log.repo';
import {
  createDeliveryQueue,
  DEFAULT_DELIVERY_RETRY,
  startDeliveryWorker,
  type DeliveryRetryPolicy,
} from './jobs/delivery-queue';
import { startNotificationEventWorker } from './jobs/notification-events.job';
import { notificationPrivacyHandlers } from './jobs/privacy-handlers';
import { createNotificationFeed } from './live/notification-feed';
import type { NotificationsContext } from './schema/context';
import { createNotificationsServices } from './services/notifications-services';
import { buildNotificationsSchema } from './schema';

export interface NotificationsSubgraphOptions extends SubgraphOptions {
  /** Where recipients' contact data and order numbers are read, as this service. */
  routerUrl: string;
  /** Deadline of one read through the router; default 5000 ms. */
  routerReadTimeoutMs?: number;
  /** The users service, which issues this service's access tokens (POST /internal/service-token). */
  usersBaseUrl: string;
  /** Exchanged for service tokens; default from INTERNAL_SERVICE_SECRET. */
  internalServiceSecret?: string;
  /** Send email over SMTP; without it emails are captured and shown by Query.capturedEmails. */
  smtpUrl?: string;
  /** Sender of every email; default "MSA-Grok Commerce <no-reply@msa-grok.local>". */
  emailFrom?: string;
  /** Keep the delivery log in MongoDB instead of Postgres. */
  mongodbUrl?: string;
  /** Overrides the MongoDB database named in mongodbUrl. */
  mongodbDatabase?: string;
  /** Also email admin alerts (low stock) to this address. */
  adminNotificationEmail?: string;
  /** Attempts and backoff per delivery; default 5 attempts from 2 s. */
  deliveryRetry?: Partial<DeliveryRetryPolicy>;
  /** Replaces a channel's provider (the simulated SMS and push providers, the email transport). */
  providers?: { email?: EmailTransport; sms?: SmsProvider; push?: PushProvider };
  /** How long a recipient's contact data is reused; default 60 s. */
  contactCacheTtlMs?: number;
}

async function openDeliveryLog(
  options: NotificationsSubgraphOptions,
  db: NotificationsDb,
): Promise<DeliveryLogStore> {
  if (!options.mongodbUrl) return createPostgresDeliveryLog(db);
  return createMongoDeliveryLog({
    url: options.mongodbUrl,
    ...(options.mongodbDatabase ? { databaseName: options.mongodbDatabase } : {}),
  });
}

/**
 * The notifications subgraph with everything it runs in process: the GraphQL server (HTTP and graphql-ws on
 * /graphql), the worker consuming domain events and the worker sending deliveries.
 */
export async function createNotificationsSubgraph(
  options: NotificationsSubgraphOptions,
): Promise<RunningSubgraph> {
  return defineSubgraph<NotificationsContext>({ name: 'notifications', ...options }, async (kit) => {
    const { logger, prefix } = kit;
    const retry: DeliveryRetryPolicy = { ...DEFAULT_DELIVERY_RETRY, ...options.deliveryRetry };
    const db = kit.connectDatabase(database);
    const log = await openDeliveryLog(options, db);
    kit.defer(() => log.close(), 'delivery log');
    const feed = createNotificationFeed(options.redisUrl, `${prefix}:`, logger);
    kit.defer(() => feed.close(), 'notification feed');
    const queue = createDeliveryQueue(kit.queueConnection, prefix, retry);
    kit.defer(() => queue.close(), 'delivery queue');
    const email =
      options.providers?.email ??
      (options.smtpUrl
        ? createSmtpEmailTransport({
            smtpUrl: options.smtpUrl,
            from: options.emailFrom ?? DEFAULT_EMAIL_FROM,
          })
        : createCapturedEmailTransport(db));
    kit.defer(() => email.close(), 'email transport');
    const services = createNotificationsServices({
      db,
      log,
      directory: createDirectoryClient({
        routerUrl: options.routerUrl,
        ...(options.routerReadTimeoutMs !== undefined ? { timeoutMs: options.routerReadTimeoutMs } : {}),
        tokens: createServiceTokenClient({
          usersBaseUrl: options.usersBaseUrl,
          secret: options.internalServiceSecret ?? internalServiceSecret(),
          service: 'notifications',
        }),
        ...(options.contactCacheTtlMs !== undefined ? { cacheTtlMs: options.contactCacheTtlMs } : {}),
      }),
      feed,
      queue,
      providers: {
        email,
        sms: options.providers?.sms ?? createSimulatedSmsProvider(db),
        push: options.providers?.push ?? createSimulatedPushProvider(db),
      },
      adminMailbox: options.adminNotificationEmail ?? null,
      logger,
    });
    const schema = await buildNotificationsSchema(feed);

    kit.use(startDeliveryWorker(services.deliveries, kit.workerOptions), 'delivery worker');
    kit.use(
      startNotificationEventWorker(
        services.intake,
        { ...kit.workerOptions, concurrency: 4 },
        notificationPrivacyHandlers(db, log),
      ),
      'event worker',
    );
    const contextFor = (base: SubgraphContext): NotificationsContext => ({ ...base, services });
    return {
      schema,
      ...(log.kind === 'mongodb' ? { healthChecks: { deliveryLog: () => log.ping() } } : {}),
      context: contextFor,
      subscriptionContext: contextFor,
    };
  });
}
