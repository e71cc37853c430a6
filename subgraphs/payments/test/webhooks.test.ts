import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhookPayload } from '../src/domain/webhook-signature';
import {
  arrangePayment,
  createPaymentsTestDb,
  eventsFor,
  startPaymentsApp,
  TEST_WEBHOOK_SECRET,
  type PaymentsTestApp,
  type PaymentsTestDb,
} from './support/payments-harness';
import { postWebhook } from './support/webhooks';

describe('POST /webhooks/payments', () => {
  let testDb: PaymentsTestDb;
  let running: PaymentsTestApp;

  beforeAll(async () => {
    testDb = await createPaymentsTestDb();
    running = await startPaymentsApp(testDb);
  });

  afterAll(async () => {
    await running?.stop();
    await testDb?.close();
  });

  const signed = { secret: TEST_WEBHOOK_SECRET };
  const send = (event: unknown, options: Partial<Parameters<typeof postWebhook>[2]> = {}) =>
    postWebhook(running.baseUrl, event, { ...signed, ...options });
  const chargeOf = async (paymentId: string) =>
    (await testDb.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).providerChargeId!;
  const paymentRow = (paymentId: string) => testDb.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
  const eventId = () => `evt_${randomUUID()}`;

  it('applies a provider-side capture once and publishes payment.captured', async () => {
    const { orderId, paymentId } = await arrangePayment(testDb, { capture: false, amount: 8_000 });
    const event = {
      id: eventId(),
      type: 'charge.captured',
      data: { chargeId: await chargeOf(paymentId), amount: 8_000 },
    };

    expect(await send(event)).toEqual({ status: 200, body: { received: true, applied: true } });
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'CAPTURED', capturedAmount: 8_000 });
    expect(await eventsFor(testDb.db, 'payment.captured', orderId)).toEqual([
      { orderId, paymentId, amount: 8_000, currency: 'USD' },
    ]);

    // The same delivery again, freshly signed: acknowledged, changes nothing.
    expect(await send(event)).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(await eventsFor(testDb.db, 'payment.captured', orderId)).toHaveLength(1);
  });

  it('records a provider-side refund in the ledger, once', async () => {
    const { orderId, paymentId } = await arrangePayment(testDb, { amount: 5_000 });
    const chargeId = await chargeOf(paymentId);
    const first = {
      id: eventId(),
      type: 'charge.refunded',
      data: { chargeId, refundId: 're_dash_1', amount: 2_000 },
    };
    expect((await send(first)).body).toEqual({ received: true, applied: true });
    expect(await paymentRow(paymentId)).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedAmount: 2_000,
    });

    // A second event about the same provider refund (a different event id) is ignored, not counted twice.
    const again = { ...first, id: eventId() };
    expect((await send(again)).body).toEqual({
      received: true,
      applied: false,
      reason: 'The refund is already recorded',
    });

    const tooMuch = {
      id: eventId(),
      type: 'charge.refunded',
      data: { chargeId, refundId: 're_dash_2', amount: 3_001 },
    };
    expect(await send(tooMuch)).toMatchObject({ status: 409, body: { error: 'CONFLICT' } });

    const rest = {
      id: eventId(),
      type: 'charge.refunded',
      data: { chargeId, refundId: 're_dash_3', amount: 3_000 },
    };
    expect((await send(rest)).body).toMatchObject({ applied: true });
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'REFUNDED', refundedAmount: 5_000 });
    const refunds = await testDb.db.refund.findMany({ where: { paymentId }, orderBy: { createdAt: 'asc' } });
    expect(refunds.map((refund) => [refund.source, refund.providerRefundId, refund.amount])).toEqual([
      ['PROVIDER', 're_dash_1', 2_000],
      ['PROVIDER', 're_dash_3', 3_000],
    ]);
    expect((await eventsFor(testDb.db, 'payment.refunded', orderId)).map((event) => event.amount)).toEqual([
      2_000, 3_000,
    ]);
  });

  it('fails an authorization the provider gave up on, and ignores events that do not fit', async () => {
    const { orderId, paymentId } = await arrangePayment(testDb, { capture: false });
    const chargeId = await chargeOf(paymentId);
    const failed = {
      id: eventId(),
      type: 'charge.failed',
      data: { chargeId, code: 'AUTHORIZATION_EXPIRED', message: 'Expired' },
    };
    expect((await send(failed)).body).toEqual({ received: true, applied: true });
    expect(await paymentRow(paymentId)).toMatchObject({
      status: 'FAILED',
      failureCode: 'AUTHORIZATION_EXPIRED',
    });
    expect(await eventsFor(testDb.db, 'payment.capture_failed', orderId)).toEqual([
      { orderId, paymentId, reason: 'Expired' },
    ]);

    const lateCapture = { id: eventId(), type: 'charge.captured', data: { chargeId } };
    expect(await send(lateCapture)).toEqual({
      status: 200,
      body: { received: true, applied: false, reason: 'The payment is FAILED' },
    });
  });

  it('refuses a bad or missing signature with 401 and changes nothing', async () => {
    const { paymentId } = await arrangePayment(testDb, { capture: false });
    const event = { id: eventId(), type: 'charge.captured', data: { chargeId: await chargeOf(paymentId) } };

    expect(await send(event, { secret: 'whsec_not_the_real_one' })).toEqual({
      status: 401,
      body: { error: 'BAD_SIGNATURE' },
    });
    expect(await send(event, { header: null })).toEqual({
      status: 401,
      body: { error: 'MISSING_SIGNATURE' },
    });
    expect(await send(event, { header: 'v1=deadbeef' })).toEqual({
      status: 401,
      body: { error: 'MALFORMED_SIGNATURE' },
    });
    // Signed for one body, sent with another: the amount was tampered with on the way.
    const signedFor = JSON.stringify(event);
    const header = signWebhookPayload(TEST_WEBHOOK_SECRET, signedFor, Math.floor(Date.now() / 1000));
    const tampered = JSON.stringify({ ...event, data: { ...event.data, amount: 1 } });
    expect(await send(event, { rawBody: tampered, header })).toEqual({
      status: 401,
      body: { error: 'BAD_SIGNATURE' },
    });

    expect(await paymentRow(paymentId)).toMatchObject({ status: 'AUTHORIZED' });
    expect(await testDb.db.webhookEvent.count({ where: { id: event.id } })).toBe(0);
  });

  it('refuses a stale timestamp with 401, even when correctly signed', async () => {
    const { paymentId } = await arrangePayment(testDb, { capture: false });
    const event = { id: eventId(), type: 'charge.captured', data: { chargeId: await chargeOf(paymentId) } };
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    expect(await send(event, { timestamp: tenMinutesAgo })).toEqual({
      status: 401,
      body: { error: 'STALE_TIMESTAMP' },
    });
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'AUTHORIZED' });
  });

  it('answers 400 for a signed body that is not a known event, and 404 for an unknown charge', async () => {
    expect(await send(null, { rawBody: '{"id":"evt_x","type":"charge.exploded","data":{}}' })).toMatchObject({
      status: 400,
      body: { error: 'INVALID_EVENT' },
    });
    const unknown = { id: eventId(), type: 'charge.captured', data: { chargeId: 'ch_nobody' } };
    expect(await send(unknown)).toMatchObject({ status: 404, body: { error: 'UNKNOWN_CHARGE' } });
    // Not recorded as seen: the provider's retry is processed afresh.
    expect(await testDb.db.webhookEvent.count({ where: { id: unknown.id } })).toBe(0);
  });
});
