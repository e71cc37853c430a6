import { randomUUID } from 'node:crypto';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandQueueName, listDeadLetters, type CommandEnvelope } from '@msa/events';
import { eventually, jobOutcome } from '@msa/testing';
import {
  arrangePayment,
  createPaymentsTestDb,
  eventsFor,
  firstEvents,
  providerActivity,
  sendPaymentCommand,
  startPaymentsApp,
  type PaymentsTestApp,
  type PaymentsTestDb,
} from './support/payments-harness';

describe('payment commands through the real queue', () => {
  let testDb: PaymentsTestDb;
  let running: PaymentsTestApp;
  let connection: Redis;
  let commands: Queue;

  beforeAll(async () => {
    testDb = await createPaymentsTestDb();
    running = await startPaymentsApp(testDb);
    connection = running.queues.connection;
    commands = running.queues.queue(commandQueueName('payments'));
  });

  afterAll(async () => {
    await running?.stop();
    await testDb?.close();
  });

  const authorize = (orderId: string, paymentToken: string, amount = 4_999, capture?: boolean) =>
    sendPaymentCommand(testDb.db, 'payments.authorize', {
      orderId,
      customerId: randomUUID(),
      amount,
      currency: 'USD',
      paymentToken,
      ...(capture === undefined ? {} : { capture }),
    });
  /** Waits for the job of a command (its id is the outbox id) to finish; returns completed or failed. */
  const commandDone = (jobId: string) => eventually(() => jobOutcome(commands, jobId));
  const paymentOf = (orderId: string) => testDb.db.payment.findUniqueOrThrow({ where: { orderId } });
  const newOrder = () => `order-${randomUUID()}`;

  it('authorizes tok_visa, then captures it on payments.capture', async () => {
    const orderId = newOrder();
    await authorize(orderId, 'tok_visa');
    const [authorized] = await firstEvents(testDb.db, 'payment.authorized', orderId);
    const payment = await paymentOf(orderId);
    expect(authorized).toEqual({ orderId, paymentId: payment.id, amount: 4_999, currency: 'USD' });
    expect(payment).toMatchObject({
      status: 'AUTHORIZED',
      cardBrand: 'visa',
      cardLast4: '4242',
      capturedAmount: 0,
    });

    await sendPaymentCommand(testDb.db, 'payments.capture', { orderId });
    const [captured] = await firstEvents(testDb.db, 'payment.captured', orderId);
    expect(captured).toEqual({ orderId, paymentId: payment.id, amount: 4_999, currency: 'USD' });
    expect(await paymentOf(orderId)).toMatchObject({ status: 'CAPTURED', capturedAmount: 4_999 });
    expect(await providerActivity(testDb.db, orderId)).toMatchObject({
      charges: 1,
      completed: { authorize: 1, capture: 1 },
    });
  });

  it.each([
    ['tok_chargeDeclined', 'CARD_DECLINED', 'Your card was declined.'],
    ['tok_insufficientFunds', 'INSUFFICIENT_FUNDS', 'Your card has insufficient funds.'],
    ['tok_doesNotExist', 'INVALID_TOKEN', 'No such token: tok_doesNotExist'],
  ])('answers %s with payment.authorization_failed and its reason', async (token, code, reason) => {
    const orderId = newOrder();
    await authorize(orderId, token);
    const [failed] = await firstEvents(testDb.db, 'payment.authorization_failed', orderId);
    const payment = await paymentOf(orderId);
    expect(failed).toEqual({ orderId, paymentId: payment.id, code, reason });
    expect(payment).toMatchObject({ status: 'FAILED', failureCode: code });
    expect(await eventsFor(testDb.db, 'payment.authorized', orderId)).toEqual([]);
    expect((await providerActivity(testDb.db, orderId)).charges).toBe(0);
  });

  it('answers a malformed authorize with INVALID_REQUEST instead of leaving the saga waiting', async () => {
    const orderId = newOrder();
    await authorize(orderId, 'tok_visa', -5);
    const [failed] = await firstEvents(testDb.db, 'payment.authorization_failed', orderId);
    expect(failed).toMatchObject({ orderId, paymentId: null, code: 'INVALID_REQUEST' });
    expect(await testDb.db.payment.count({ where: { orderId } })).toBe(0);
  });

  it('authorizes a declined payment afresh on a later attempt, once, and ignores an older attempt', async () => {
    const orderId = newOrder();
    const customerId = randomUUID();
    const authorizeAttempt = (paymentToken: string, attempt: number) =>
      sendPaymentCommand(testDb.db, 'payments.authorize', {
        orderId,
        customerId,
        amount: 2_500,
        currency: 'USD',
        paymentToken,
        attempt,
      });
    await authorizeAttempt('tok_chargeDeclined', 1);
    const [declined] = await firstEvents(testDb.db, 'payment.authorization_failed', orderId);
    expect(declined).toMatchObject({ orderId, code: 'CARD_DECLINED' });

    await authorizeAttempt('tok_visa', 2);
    const [authorized] = await firstEvents(testDb.db, 'payment.authorized', orderId);
    const payment = await paymentOf(orderId);
    expect(authorized).toEqual({ orderId, paymentId: payment.id, amount: 2_500, currency: 'USD' });
    expect(payment).toMatchObject({
      status: 'AUTHORIZED',
      authorizationAttempt: 2,
      cardLast4: '4242',
      failureCode: null,
    });

    // The same attempt again, and a stale first attempt: nothing more is authorized or reported.
    const again = await authorizeAttempt('tok_visa', 2);
    const stale = await authorizeAttempt('tok_chargeDeclined', 1);
    expect(await commandDone(again)).toBe('completed');
    expect(await commandDone(stale)).toBe('completed');
    expect(await eventsFor(testDb.db, 'payment.authorized', orderId)).toHaveLength(1);
    expect(await eventsFor(testDb.db, 'payment.authorization_failed', orderId)).toHaveLength(1);
    expect(await paymentOf(orderId)).toMatchObject({ status: 'AUTHORIZED', authorizationAttempt: 2 });
    expect((await providerActivity(testDb.db, orderId)).charges).toBe(1);
  });

  it('captures with the authorization when asked, reports both at once, and answers a later capture from the record', async () => {
    const orderId = newOrder();
    await authorize(orderId, 'tok_visa', 4_999, true);
    const [authorized] = await firstEvents(testDb.db, 'payment.authorized', orderId);
    const payment = await paymentOf(orderId);
    expect(authorized).toEqual({
      orderId,
      paymentId: payment.id,
      amount: 4_999,
      currency: 'USD',
      captured: true,
    });
    expect(await eventsFor(testDb.db, 'payment.captured', orderId)).toEqual([
      { orderId, paymentId: payment.id, amount: 4_999, currency: 'USD' },
    ]);
    expect(payment).toMatchObject({ status: 'CAPTURED', capturedAmount: 4_999, cardLast4: '4242' });

    // A capture command sent anyway (a saga started before this change) changes nothing and asks no provider.
    const resent = await sendPaymentCommand(testDb.db, 'payments.capture', { orderId });
    expect(await commandDone(resent)).toBe('completed');
    expect(await eventsFor(testDb.db, 'payment.captured', orderId)).toHaveLength(1);
    expect(await providerActivity(testDb.db, orderId)).toEqual({
      charges: 1,
      completed: { authorize: 1, capture: 1 },
      requests: { authorize: 1, capture: 1 },
    });
  });

  it('leaves the capture to the capture command when capturing with the authorization fails', async () => {
    const orderId = newOrder();
    // tok_timeout: the first call under each key times out, so the capture made with the authorization does.
    await authorize(orderId, 'tok_timeout', 4_999, true);
    const [authorized] = await firstEvents(testDb.db, 'payment.authorized', orderId);
    expect(authorized).not.toHaveProperty('captured');
    expect(await paymentOf(orderId)).toMatchObject({ status: 'AUTHORIZED', capturedAmount: 0 });
    expect(await eventsFor(testDb.db, 'payment.captured', orderId)).toEqual([]);

    await sendPaymentCommand(testDb.db, 'payments.capture', { orderId });
    await firstEvents(testDb.db, 'payment.captured', orderId);
    expect(await paymentOf(orderId)).toMatchObject({ status: 'CAPTURED', capturedAmount: 4_999 });
    expect(await providerActivity(testDb.db, orderId)).toMatchObject({
      charges: 1,
      completed: { authorize: 1, capture: 1 },
    });
  });

  it('retries tok_timeout and authorizes with exactly one provider charge', async () => {
    const orderId = newOrder();
    await authorize(orderId, 'tok_timeout');
    await firstEvents(testDb.db, 'payment.authorized', orderId);
    await sendPaymentCommand(testDb.db, 'payments.capture', { orderId });
    await firstEvents(testDb.db, 'payment.captured', orderId);

    expect(await paymentOf(orderId)).toMatchObject({ status: 'CAPTURED', cardLast4: '3220' });
    expect(await providerActivity(testDb.db, orderId)).toEqual({
      charges: 1,
      completed: { authorize: 1, capture: 1 },
      requests: { authorize: 2, capture: 2 },
    });
  });

  it('captures once when the capture command is delivered twice, and reports it once', async () => {
    const { orderId, paymentId } = await arrangePayment(testDb, { capture: false });
    const envelope: CommandEnvelope<'payments.capture'> = {
      id: randomUUID(),
      name: 'payments.capture',
      payload: { orderId },
      occurredAt: new Date().toISOString(),
    };
    // The same message twice (a dead letter retried after the first attempt committed), and a second
    // message for the same order (a saga re-sending after a restart), all at once.
    const resent = { ...envelope, id: randomUUID() };
    await Promise.all([
      commands.add(envelope.name, envelope, { jobId: `${envelope.id}-a` }),
      commands.add(envelope.name, envelope, { jobId: `${envelope.id}-b` }),
      commands.add(resent.name, resent, { jobId: resent.id }),
    ]);
    for (const jobId of [`${envelope.id}-a`, `${envelope.id}-b`, resent.id]) {
      expect(await commandDone(jobId)).toBe('completed');
    }

    expect(await eventsFor(testDb.db, 'payment.captured', orderId)).toHaveLength(1);
    expect(await providerActivity(testDb.db, orderId)).toMatchObject({ completed: { capture: 1 } });
    expect(
      await testDb.db.simulatedProviderCharge.findFirstOrThrow({ where: { reference: orderId } }),
    ).toMatchObject({
      status: 'captured',
      capturedAmount: 10_000,
    });
    expect(await testDb.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      status: 'CAPTURED',
    });
  });

  it('voids an authorization, and answers a repeated void without asking the provider again', async () => {
    const { orderId, paymentId } = await arrangePayment(testDb, { capture: false });
    expect(
      await commandDone(
        await sendPaymentCommand(testDb.db, 'payments.void', { orderId, reason: 'out of stock' }),
      ),
    ).toBe('completed');
    expect(
      await commandDone(await sendPaymentCommand(testDb.db, 'payments.void', { orderId, reason: 'retried' })),
    ).toBe('completed');

    expect(await eventsFor(testDb.db, 'payment.voided', orderId)).toEqual([{ orderId, paymentId }]);
    expect(await testDb.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      status: 'VOIDED',
    });
    expect(
      (await testDb.db.simulatedProviderCharge.findFirstOrThrow({ where: { reference: orderId } })).status,
    ).toBe('voided');
    expect(await providerActivity(testDb.db, orderId)).toMatchObject({ requests: { void: 1 } });
  });

  it('refuses to void captured money: the command goes to the dead letters', async () => {
    const { orderId, paymentId } = await arrangePayment(testDb);
    await sendPaymentCommand(testDb.db, 'payments.void', { orderId, reason: 'changed mind' });
    const deadLetter = await eventually(async () => {
      const { entries } = await listDeadLetters(connection, { first: 50, prefix: running.queuePrefix });
      return entries.find(
        (entry) => (entry.data as { payload?: { orderId?: string } }).payload?.orderId === orderId,
      );
    });
    expect(deadLetter.failedReason).toMatch(/captured money is refunded, not voided/);
    expect(deadLetter.attemptsMade).toBe(1);
    expect(await testDb.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      status: 'CAPTURED',
    });
  });
});
