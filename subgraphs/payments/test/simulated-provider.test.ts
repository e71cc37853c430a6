import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TransientProviderError, type CardProvider } from '../src/provider/card-provider';
import { createSimulatedCardProvider } from '../src/provider/simulated-card-provider';
import { createPaymentsTestDb, providerActivity, type PaymentsTestDb } from './support/payments-harness';

describe('simulated card provider', () => {
  let testDb: PaymentsTestDb;
  let provider: CardProvider;

  beforeAll(async () => {
    testDb = await createPaymentsTestDb();
    provider = createSimulatedCardProvider({ db: testDb.db, latencyMs: [0, 0] });
  });

  afterAll(async () => {
    await testDb?.close();
  });

  const authorizeRequest = (reference: string, token = 'tok_visa', amount = 1_000) => ({
    idempotencyKey: `${reference}:authorize`,
    token,
    amount,
    currency: 'USD',
    reference,
  });

  it('answers a replayed key with the stored response and acts once, even when requests race', async () => {
    const reference = `order-${randomUUID()}`;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => provider.authorize(authorizeRequest(reference))),
    );
    const chargeIds = new Set(answers.map((answer) => (answer.ok ? answer.chargeId : null)));
    expect(chargeIds.size).toBe(1);
    expect([...chargeIds][0]).toMatch(/^ch_[0-9a-f]{24}$/);
    expect(await providerActivity(testDb.db, reference)).toEqual({
      charges: 1,
      completed: { authorize: 1 },
      requests: { authorize: 5 },
    });
  });

  it('refuses a key reused for a different request', async () => {
    const reference = `order-${randomUUID()}`;
    expect(await provider.authorize(authorizeRequest(reference))).toMatchObject({ ok: true });
    expect(await provider.authorize(authorizeRequest(reference, 'tok_visa', 2_000))).toMatchObject({
      ok: false,
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect((await providerActivity(testDb.db, reference)).charges).toBe(1);
  });

  it('times out the first request of each tok_timeout key, then succeeds with that key', async () => {
    const reference = `order-${randomUUID()}`;
    await expect(provider.authorize(authorizeRequest(reference, 'tok_timeout'))).rejects.toBeInstanceOf(
      TransientProviderError,
    );
    const authorized = await provider.authorize(authorizeRequest(reference, 'tok_timeout'));
    if (!authorized.ok) throw new Error(`expected an authorization, got ${authorized.code}`);

    const capture = { idempotencyKey: `${reference}:capture`, chargeId: authorized.chargeId, amount: 1_000 };
    await expect(provider.capture(capture)).rejects.toBeInstanceOf(TransientProviderError);
    expect(await provider.capture(capture)).toEqual({ ok: true, amountCaptured: 1_000 });
    expect(await provider.capture(capture)).toEqual({ ok: true, amountCaptured: 1_000 });
    expect(await providerActivity(testDb.db, reference)).toEqual({
      charges: 1,
      completed: { authorize: 1, capture: 1 },
      requests: { authorize: 2, capture: 3 },
    });
  });

  it('keeps its own charge rules: no second capture under a new key, no void after capture', async () => {
    const reference = `order-${randomUUID()}`;
    const authorized = await provider.authorize(authorizeRequest(reference));
    if (!authorized.ok) throw new Error('expected an authorization');
    const chargeId = authorized.chargeId;
    expect(
      await provider.capture({ idempotencyKey: `${reference}:capture-1`, chargeId, amount: 1_000 }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await provider.capture({ idempotencyKey: `${reference}:capture-2`, chargeId, amount: 1_000 }),
    ).toMatchObject({
      ok: false,
      code: 'CHARGE_ALREADY_CAPTURED',
    });
    expect(await provider.void({ idempotencyKey: `${reference}:void`, chargeId })).toMatchObject({
      code: 'CHARGE_ALREADY_CAPTURED',
    });
    expect(
      await provider.refund({ idempotencyKey: `${reference}:refund`, chargeId, amount: 1_001 }),
    ).toMatchObject({
      code: 'AMOUNT_EXCEEDS_REFUNDABLE',
    });
    expect(
      await provider.capture({ idempotencyKey: 'nobody:capture', chargeId: 'ch_nobody', amount: 1 }),
    ).toMatchObject({
      code: 'CHARGE_NOT_FOUND',
    });
  });
});
