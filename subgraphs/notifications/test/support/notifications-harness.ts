import { randomUUID } from 'node:crypto';
import { createQueue, eventQueueName, type EventName, type EventPayloads } from '@msa/events';
import type { Role } from '@msa/auth';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import {
  bootSubgraphHarness,
  graphqlEndpoint,
  TestQueues,
  type BootedSubgraph,
  type TestDatabase,
  type TestKeys,
} from '@msa/testing';
import pg from 'pg';
import { createNotificationsSubgraph, type NotificationsSubgraphOptions } from '../../src/app';
import { startDirectoryEndpoint, type DirectoryEndpoint } from './directory-endpoint';

export interface TestUser {
  userId: string;
  token: string;
  email: string;
  name: string;
}

export type HarnessOptions = Partial<
  Pick<NotificationsSubgraphOptions, 'deliveryRetry' | 'adminNotificationEmail' | 'providers'>
>;

/**
 * One notifications subgraph on a throwaway database and real Redis under a unique prefix, with a stand-in
 * for the users service and router. Events are put on events.notifications exactly where the producers'
 * outbox relays would put them.
 */
export class NotificationsHarness {
  keys!: TestKeys;
  directory!: DirectoryEndpoint;
  db!: TestDatabase;
  pool!: pg.Pool;
  // The relay's job options (retries with backoff) apply, as in production.
  readonly queues = new TestQueues('notifications', createQueue);
  readonly prefix = this.queues.prefix;
  readonly connection = this.queues.connection;
  private booted!: BootedSubgraph<RunningSubgraph, pg.Pool, DirectoryEndpoint>;

  static async start(options: HarnessOptions = {}): Promise<NotificationsHarness> {
    const harness = new NotificationsHarness();
    const booted = await bootSubgraphHarness({
      name: 'notifications',
      migrations: new URL('../../prisma/migrations', import.meta.url),
      queues: harness.queues,
      client: (url) => new pg.Pool({ connectionString: url, max: 2 }),
      standIn: (keys) => startDirectoryEndpoint(keys),
      start: (common, { standIn: directory }) =>
        createNotificationsSubgraph({
          ...common,
          host: '127.0.0.1',
          routerUrl: directory.graphqlUrl,
          usersBaseUrl: directory.baseUrl,
          internalServiceSecret: directory.secret,
          deliveryRetry: { attempts: 3, backoffMs: 100, ...options.deliveryRetry },
          logger: createLogger(
            'notifications-test',
            process.env.NOTIFICATIONS_TEST_LOG === 'debug' ? 'debug' : 'silent',
          ),
          ...(options.adminNotificationEmail
            ? { adminNotificationEmail: options.adminNotificationEmail }
            : {}),
          ...(options.providers ? { providers: options.providers } : {}),
        }),
    });
    const { keys, database: db, client: pool, standIn: directory } = booted;
    Object.assign(harness, { booted, keys, db, pool, directory });
    return harness;
  }

  get url(): string {
    return this.booted.subgraph.url;
  }

  /** A user the directory knows, with an access token. */
  async user(
    role: Role = 'CUSTOMER',
    details: { name?: string; phone?: string | null; email?: string | null } = {},
  ): Promise<TestUser> {
    const userId = randomUUID();
    const name = details.name ?? `User ${userId.slice(0, 4)}`;
    const email = details.email === undefined ? `${userId}@example.com` : details.email;
    this.directory.putUser({ id: userId, name, email, role, phone: details.phone ?? null });
    return { userId, token: await this.keys.tokenFor(role, userId), email: email ?? '', name };
  }

  /** An order the directory knows, numbered like the orders service numbers them. */
  order(
    customer: TestUser,
    number = `MSA-${100_000 + Math.floor(Math.random() * 899_999)}`,
  ): { orderId: string; number: string } {
    const orderId = randomUUID();
    this.directory.putOrder({ id: orderId, number, customerId: customer.userId });
    return { orderId, number };
  }

  /** Publishes an event the way the producer's outbox relay does: the message id is the job id. */
  publish<E extends EventName>(
    name: E,
    payload: EventPayloads[E],
    id: string = randomUUID(),
    jobId: string = id,
  ): Promise<string> {
    return this.queues.publish(eventQueueName('notifications'), name, payload, { id, jobId });
  }

  jobState(jobId: string): Promise<string> {
    return this.queues.jobState(eventQueueName('notifications'), jobId);
  }

  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string) {
    return graphqlEndpoint(this.url).gql<T>(query, variables, token);
  }

  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string) {
    return graphqlEndpoint(this.url).data<T>(query, variables, token);
  }

  close(): Promise<void> {
    return this.booted.close();
  }
}
