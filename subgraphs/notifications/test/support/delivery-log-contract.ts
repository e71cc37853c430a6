import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DeliveryLogStore } from '../../src/data/delivery-log';
import type { PlannedDelivery } from '../../src/domain/delivery-plan';

function planned(overrides: Partial<PlannedDelivery> = {}): PlannedDelivery {
  return {
    id: randomUUID(),
    eventId: randomUUID(),
    notificationId: randomUUID(),
    target: { kind: 'USER', userId: 'user-1' },
    channel: 'EMAIL',
    category: 'ORDER_UPDATES',
    kind: 'order.placed',
    variables: { orderNumber: 'MSA-100001', total: '$1.00' },
    pushTokenId: null,
    orderId: 'order-1',
    ...overrides,
  };
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute));

/**
 * What every delivery log store must do, run against each adapter: Postgres always, MongoDB when a server is
 * configured. `open` returns a fresh, empty store for this suite.
 */
export function deliveryLogContract(
  open: () => Promise<{ store: DeliveryLogStore; dispose(): Promise<void> }>,
) {
  let store: DeliveryLogStore;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ store, dispose } = await open());
  });
  afterAll(() => dispose?.());

  it('keeps secret links redacted: the page they open, not their token', async () => {
    const delivery = planned({
      category: 'ACCOUNT',
      kind: 'account.email_verification',
      variables: { verifyUrl: 'https://shop.test/verify-email?token=abc123', expiresAt: 'soon' },
      orderId: null,
    });
    await store.open(delivery, at(0));
    expect((await store.get(delivery.id))!.variables).toEqual({
      verifyUrl: 'https://shop.test/verify-email?token=…',
      expiresAt: 'soon',
    });
  });

  it('opens a delivery as PENDING once, keeping what happened since on a second open', async () => {
    const delivery = planned();
    const opened = await store.open(delivery, at(0));
    expect(opened).toEqual({
      id: delivery.id,
      eventId: delivery.eventId,
      notificationId: delivery.notificationId,
      userId: 'user-1',
      recipientKind: 'USER',
      channel: 'EMAIL',
      category: 'ORDER_UPDATES',
      kind: 'order.placed',
      variables: { orderNumber: 'MSA-100001', total: '$1.00' },
      pushTokenId: null,
      orderId: 'order-1',
      status: 'PENDING',
      attemptCount: 0,
      lastError: null,
      createdAt: at(0),
      updatedAt: at(0),
      sentAt: null,
      attempts: [],
    });
    await store.recordAttempt(
      delivery.id,
      { outcome: 'FAILED', error: 'timeout', providerMessageId: null, at: at(1) },
      'RETRYING',
    );
    const reopened = await store.open(delivery, at(2));
    expect(reopened).toMatchObject({ status: 'RETRYING', attemptCount: 1, createdAt: at(0) });
  });

  it('records the admin mailbox as a recipient without a user', async () => {
    const delivery = planned({ target: { kind: 'ADMIN_MAILBOX' }, notificationId: null });
    expect(await store.open(delivery, at(0))).toMatchObject({
      userId: null,
      recipientKind: 'ADMIN_MAILBOX',
      notificationId: null,
    });
  });

  it('numbers attempts and keeps the status, last error and send time they led to', async () => {
    const delivery = planned({ channel: 'PUSH', pushTokenId: randomUUID() });
    await store.open(delivery, at(0));
    expect(
      await store.recordAttempt(
        delivery.id,
        { outcome: 'FAILED', error: '$push unavailable', providerMessageId: null, at: at(1) },
        'RETRYING',
      ),
    ).toBe(1);
    expect(await store.get(delivery.id)).toMatchObject({
      status: 'RETRYING',
      lastError: '$push unavailable',
      sentAt: null,
    });
    expect(
      await store.recordAttempt(
        delivery.id,
        { outcome: 'SENT', error: null, providerMessageId: 'msg-1', at: at(2) },
        'SENT',
      ),
    ).toBe(2);
    const record = await store.get(delivery.id);
    expect(record).toMatchObject({
      status: 'SENT',
      attemptCount: 2,
      lastError: null,
      sentAt: at(2),
      updatedAt: at(2),
    });
    expect(record!.attempts).toEqual([
      { number: 1, outcome: 'FAILED', error: '$push unavailable', providerMessageId: null, at: at(1) },
      { number: 2, outcome: 'SENT', error: null, providerMessageId: 'msg-1', at: at(2) },
    ]);
  });

  it('reopens only failed deliveries', async () => {
    const failed = planned();
    await store.open(failed, at(0));
    expect(await store.reopen(failed.id, at(1))).toBeNull();
    await store.recordAttempt(
      failed.id,
      { outcome: 'FAILED', error: 'refused', providerMessageId: null, at: at(1) },
      'FAILED',
    );
    expect(await store.reopen(failed.id, at(2))).toMatchObject({
      status: 'PENDING',
      attemptCount: 1,
      updatedAt: at(2),
    });
    expect(await store.reopen(failed.id, at(3))).toBeNull();
    expect(await store.reopen(randomUUID(), at(3))).toBeNull();
  });

  it('finds nothing for unknown or malformed ids', async () => {
    expect(await store.get(randomUUID())).toBeNull();
    expect(await store.get('not-a-uuid')).toBeNull();
  });

  it('lists newest first with filters, totals and a cursor', async () => {
    const userId = `list-${randomUUID()}`;
    const made: PlannedDelivery[] = [];
    for (let minute = 0; minute < 5; minute++) {
      const delivery = planned({ target: { kind: 'USER', userId }, channel: minute % 2 ? 'SMS' : 'EMAIL' });
      await store.open(delivery, at(30 + minute));
      made.push(delivery);
    }
    await store.recordAttempt(
      made[4]!.id,
      { outcome: 'SENT', error: null, providerMessageId: 'm', at: at(40) },
      'SENT',
    );

    const all = await store.list({ userId }, 10, null);
    expect(all.total).toBe(5);
    expect(all.rows.map((row) => row.id)).toEqual([...made].reverse().map((d) => d.id));

    const firstPage = await store.list({ userId }, 3, null);
    const last = firstPage.rows[1]!;
    const rest = await store.list({ userId }, 10, { createdAt: last.createdAt.toISOString(), id: last.id });
    expect(rest.rows.map((row) => row.id)).toEqual([made[2]!.id, made[1]!.id, made[0]!.id]);
    expect(rest.total).toBe(5);

    expect((await store.list({ userId, channel: 'SMS' }, 10, null)).rows.map((r) => r.id)).toEqual([
      made[3]!.id,
      made[1]!.id,
    ]);
    expect((await store.list({ userId, status: 'SENT' }, 10, null)).rows.map((r) => r.id)).toEqual([
      made[4]!.id,
    ]);
    const window = await store.list({ userId, from: at(31), to: at(33) }, 10, null);
    expect(window.rows.map((r) => r.id)).toEqual([made[2]!.id, made[1]!.id]);
    expect(window.total).toBe(2);
  });

  it('answers a health check', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
}
