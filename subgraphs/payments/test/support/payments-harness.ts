import { randomUUID } from 'node:crypto';
import {
  createQueue,
  sendCommand,
  type CommandName,
  type CommandPayloads,
  type EventName,
  type EventPayloads,
} from '@msa/events';
import type { Role } from '@msa/auth';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import {
  bootSubgraphHarness,
  eventually,
  openTestDatabase,
  outboxPayloads,
  type TestQueues,
  type TestKeys,
} from '@msa/testing';
import { createPaymentsSubgraph, type PaymentsSubgraphOptions } from '../../src/app';
import { database as paymentsDatabase, type PaymentsDb } from '../../src/data/database';
import { providerActivityFor } from '../../src/data/simulated-provider.repo';
import { createSimulatedCardProvider } from '../../src/provider/simulated-card-provider';
import { authorizePayment } from '../../src/services/authorize-payment';
import { capturePayment } from '../../src/services/capture-payment';
import type { PaymentDeps } from '../../src/services/payment-deps';

const MIGRATIONS = new URL('../../prisma/migrations', import.meta.url);

export const TEST_WEBHOOK_SECRET = 'whsec_test_0123456789abcdef';

export interface PaymentsTestDb {
  url: string;
  db: PaymentsDb;
  /** Services on this database with an instant provider and quick retries, for arranging state directly. */
  deps: PaymentDeps;
  close(): Promise<void>;
}

/** A throwaway payments database with the real migrations, and a client for it. */
export async function createPaymentsTestDb(): Promise<PaymentsTestDb> {
  const {
    url,
    client: db,
    close,
  } = await openTestDatabase('payments', MIGRATIONS, (databaseUrl) => paymentsDatabase.connect(databaseUrl));
  return {
    url,
    db,
    deps: {
      db,
      provider: createSimulatedCardProvider({ db, latencyMs: [0, 0] }),
      retryPolicy: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    },
    close,
  };
}

export interface PaymentsTestApp {
  app: RunningSubgraph;
  keys: TestKeys;
  /** The subgraph's queues, for a test that plays the other services. */
  queues: TestQueues;
  queuePrefix: string;
  /** Base URL of the HTTP server (no path). */
  baseUrl: string;
  tokenFor(role?: Role, userId?: string): Promise<string>;
  stop(): Promise<void>;
}

/** The whole subgraph in process on a free port, with queues under a prefix of its own. */
export async function startPaymentsApp(
  testDb: PaymentsTestDb,
  overrides: Partial<PaymentsSubgraphOptions> = {},
): Promise<PaymentsTestApp> {
  const booted = await bootSubgraphHarness({
    name: 'payments',
    databaseUrl: testDb.url,
    openQueue: createQueue,
    start: (common) =>
      createPaymentsSubgraph({
        ...common,
        logger: createLogger('payments-test', 'silent'),
        webhookSecret: TEST_WEBHOOK_SECRET,
        providerLatencyMs: [0, 0],
        providerRetry: { baseDelayMs: 5, maxDelayMs: 20 },
        ...overrides,
      }),
  });
  const { subgraph: app, keys, queues } = booted;
  return {
    app,
    keys,
    queues,
    queuePrefix: queues.prefix,
    baseUrl: `http://localhost:${app.port}`,
    tokenFor: (role, userId) => keys.tokenFor(role, userId),
    stop: booted.close,
  };
}

/**
 * Sends a command the way another service does: an outbox row that the relay moves to commands.payments.
 * Returns the message id.
 */
export function sendPaymentCommand<C extends CommandName>(
  db: PaymentsDb,
  name: C,
  payload: CommandPayloads[C],
): Promise<string> {
  return db.$transaction((tx) => sendCommand(tx, name, payload));
}

/** Payloads of the events this service wrote to its outbox for one order, oldest first. */
export function eventsFor<E extends EventName>(
  db: PaymentsDb,
  name: E,
  orderId: string,
): Promise<EventPayloads[E][]> {
  return outboxPayloads<EventPayloads[E]>(db, { kind: 'event', name, orderId });
}

/** Waits until at least one `name` event was written for the order; returns them all. */
export function firstEvents<E extends EventName>(
  db: PaymentsDb,
  name: E,
  orderId: string,
): Promise<EventPayloads[E][]> {
  return eventually(async () => {
    const events = await eventsFor(db, name, orderId);
    return events.length > 0 && events;
  });
}

export const providerActivity = providerActivityFor;

export interface ArrangedPayment {
  orderId: string;
  customerId: string;
  paymentId: string;
}

/** A payment authorized (and by default captured) through the services, without the queue. */
export async function arrangePayment(
  testDb: PaymentsTestDb,
  options: { amount?: number; token?: string; capture?: boolean; customerId?: string } = {},
): Promise<ArrangedPayment> {
  const orderId = `order-${randomUUID()}`;
  const customerId = options.customerId ?? randomUUID();
  const authorized = await authorizePayment(testDb.deps, {
    orderId,
    customerId,
    amount: options.amount ?? 10_000,
    currency: 'USD',
    paymentToken: options.token ?? 'tok_visa',
  });
  if (authorized.kind !== 'authorized') throw new Error(`Could not arrange a payment: ${authorized.kind}`);
  if (options.capture ?? true) await capturePayment(testDb.deps, { orderId });
  return { orderId, customerId, paymentId: authorized.payment.id };
}
