import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@msa/testing';
import {
  createPaymentsTestDb,
  eventsFor,
  firstEvents,
  providerActivity,
  sendPaymentCommand,
  startPaymentsApp,
  type PaymentsTestApp,
  type PaymentsTestDb,
} from './support/payments-harness';

/**
 * With in-process retries switched off, a transient provider failure fails the job and the queue's own
 * backoff retries it with the same idempotency key: the durable path that also covers a crashed worker.
 */
describe('transient failures retried by the queue, and a restarted worker', () => {
  let testDb: PaymentsTestDb;
  let running: PaymentsTestApp | undefined;

  beforeAll(async () => {
    testDb = await createPaymentsTestDb();
  });

  afterAll(async () => {
    await running?.stop();
    await testDb?.close();
  });

  it('authorizes and captures tok_timeout through queue retries, charging and capturing once', async () => {
    running = await startPaymentsApp(testDb, { providerRetry: { attempts: 1 } });
    const orderId = `order-${randomUUID()}`;
    await sendPaymentCommand(testDb.db, 'payments.authorize', {
      orderId,
      customerId: randomUUID(),
      amount: 2_500,
      currency: 'EUR',
      paymentToken: 'tok_timeout',
    });
    await firstEvents(testDb.db, 'payment.authorized', orderId);
    await sendPaymentCommand(testDb.db, 'payments.capture', { orderId });
    await firstEvents(testDb.db, 'payment.captured', orderId);

    expect(await providerActivity(testDb.db, orderId)).toEqual({
      charges: 1,
      completed: { authorize: 1, capture: 1 },
      requests: { authorize: 2, capture: 2 },
    });
    await running.stop();
    running = undefined;
  });

  it('captures once after the worker was stopped between authorization and capture', async () => {
    running = await startPaymentsApp(testDb);
    const orderId = `order-${randomUUID()}`;
    await sendPaymentCommand(testDb.db, 'payments.authorize', {
      orderId,
      customerId: randomUUID(),
      amount: 7_000,
      currency: 'USD',
      paymentToken: 'tok_visa',
    });
    await firstEvents(testDb.db, 'payment.authorized', orderId);
    await running.stop();

    // The capture waits in the outbox while nothing runs, then twice (a saga re-sending after its own restart).
    await sendPaymentCommand(testDb.db, 'payments.capture', { orderId });
    await sendPaymentCommand(testDb.db, 'payments.capture', { orderId });
    running = await startPaymentsApp(testDb);
    await firstEvents(testDb.db, 'payment.captured', orderId);
    await eventually(async () => (await testDb.db.inboxMessage.count()) >= 3);

    expect(await eventsFor(testDb.db, 'payment.captured', orderId)).toHaveLength(1);
    expect(await providerActivity(testDb.db, orderId)).toMatchObject({
      charges: 1,
      completed: { authorize: 1, capture: 1 },
    });
    expect(await testDb.db.payment.findUniqueOrThrow({ where: { orderId } })).toMatchObject({
      status: 'CAPTURED',
      capturedAmount: 7_000,
    });
  });
});
