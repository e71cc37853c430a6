import type { DomainEvent, EventName, EventPayloads } from '@msa/events';
import { EVENT_SUBSCRIBERS } from '@msa/events';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from './default-templates';
import { HANDLED_EVENTS, intentFor } from './event-notifications';
import { allowedVariables, NOTIFICATION_KIND_KEYS, NOTIFICATION_KINDS } from './notification-kinds';

function event<E extends EventName>(name: E, payload: EventPayloads[E]): DomainEvent {
  return { id: 'e-1', name, payload, occurredAt: '2026-11-24T10:00:00.000Z' } as DomainEvent;
}

const ORDER = 'order-1';

describe('event → notification mapping', () => {
  it('handles exactly the events the catalog routes to notifications', () => {
    // The privacy requests are handled apart (src/jobs/privacy-handlers.ts): they notify nobody.
    const privacy: EventName[] = ['user.data_export_requested', 'user.account_deleted'];
    const routed = (Object.keys(EVENT_SUBSCRIBERS) as EventName[]).filter(
      (name) => EVENT_SUBSCRIBERS[name].includes('notifications') && !privacy.includes(name),
    );
    expect([...HANDLED_EVENTS].sort()).toEqual(routed.sort());
  });

  it('welcomes a new user', () => {
    expect(intentFor(event('user.registered', { userId: 'u-1' }))).toEqual({
      kind: 'account.welcome',
      audience: { type: 'user', userId: 'u-1' },
      orderId: null,
      facts: {},
    });
  });

  it('mails account links to the account holder on email only, with a readable expiry', () => {
    const reset = intentFor(
      event('user.password_reset_requested', {
        userId: 'u-1',
        resetUrl: 'https://shop.example.com/reset-password?token=abc',
        expiresAt: '2026-12-06T14:05:00.000Z',
      }),
    );
    expect(reset).toEqual({
      kind: 'account.password_reset',
      audience: { type: 'user', userId: 'u-1' },
      orderId: null,
      facts: {
        resetUrl: 'https://shop.example.com/reset-password?token=abc',
        expiresAt: '14:05 UTC on 6 December 2026',
      },
    });
    const verify = intentFor(
      event('user.email_verification_requested', {
        userId: 'u-1',
        verifyUrl: 'https://shop.example.com/verify-email?token=abc',
        expiresAt: '2026-12-07T09:00:00.000Z',
      }),
    );
    expect(verify?.kind).toBe('account.email_verification');
    expect(verify?.facts.verifyUrl).toBe('https://shop.example.com/verify-email?token=abc');
    for (const kind of ['account.password_reset', 'account.email_verification'] as const) {
      expect(NOTIFICATION_KINDS[kind].category).toBe('ACCOUNT');
      expect(Object.keys(DEFAULT_TEMPLATES[kind])).toEqual(['EMAIL']);
    }
  });

  it('tells the customer their order was received, with the formatted total', () => {
    const intent = intentFor(
      event('order.placed', { orderId: ORDER, customerId: 'c-1', lines: [], total: 12_345, currency: 'USD' }),
    );
    expect(intent).toEqual({
      kind: 'order.placed',
      audience: { type: 'orderCustomer', orderId: ORDER, customerId: 'c-1' },
      orderId: ORDER,
      facts: { total: '$123.45' },
    });
    expect(NOTIFICATION_KINDS[intent!.kind].category).toBe('ORDER_UPDATES');
  });

  it.each([
    ['CONFIRMED', 'order.confirmed', 'ORDER_UPDATES'],
    ['SHIPPED', 'order.shipped', 'SHIPPING'],
    ['DELIVERED', 'order.delivered', 'SHIPPING'],
    ['RETURN_REQUESTED', 'order.return_requested', 'ORDER_UPDATES'],
    ['RETURNED', 'order.returned', 'ORDER_UPDATES'],
  ])('announces an order moving to %s as %s (%s)', (to, kind, category) => {
    const intent = intentFor(
      event('order.status_changed', { orderId: ORDER, customerId: 'c-1', from: 'PENDING', to, note: null }),
    );
    expect(intent?.kind).toBe(kind);
    expect(intent?.audience).toEqual({ type: 'orderCustomer', orderId: ORDER, customerId: 'c-1' });
    expect(NOTIFICATION_KINDS[intent!.kind].category).toBe(category);
  });

  it('tells a rejected return with its reason and a withdrawn one, not the order going back to DELIVERED', () => {
    const facts = { returnId: 'r-1', orderId: ORDER, customerId: 'c-1' };
    const rejected = intentFor(event('return.rejected', { ...facts, reason: 'Outside the policy' }));
    expect(rejected).toMatchObject({ kind: 'return.rejected', facts: { reason: 'Outside the policy' } });
    expect(rejected?.audience).toEqual({ type: 'orderCustomer', orderId: ORDER, customerId: 'c-1' });
    expect(intentFor(event('return.cancelled', facts))).toMatchObject({ kind: 'return.cancelled' });
    expect(
      intentFor(
        event('order.status_changed', {
          orderId: ORDER,
          customerId: 'c-1',
          from: 'RETURN_REQUESTED',
          to: 'DELIVERED',
          note: 'Return rejected: x',
        }),
      ),
    ).toBeNull();
  });

  it('gives the cancellation reason, or says none was given', () => {
    const cancelled = (note: string | null) =>
      intentFor(
        event('order.status_changed', {
          orderId: ORDER,
          customerId: 'c-1',
          from: 'PENDING',
          to: 'CANCELLED',
          note,
        }),
      );
    expect(cancelled('payment declined')?.facts).toEqual({ reason: 'payment declined' });
    expect(cancelled('  ')?.facts).toEqual({ reason: 'no reason was given' });
  });

  it('leaves statuses told by another event silent', () => {
    expect(
      intentFor(
        event('order.status_changed', {
          orderId: ORDER,
          customerId: 'c',
          from: 'RETURNED',
          to: 'REFUNDED',
          note: null,
        }),
      ),
    ).toBeNull();
    for (const status of ['LABEL_CREATED', 'IN_TRANSIT', 'DELIVERED', 'CANCELLED'] as const)
      expect(
        intentFor(
          event('shipment.status_changed', {
            orderId: ORDER,
            shipmentId: 's',
            status,
            at: '2026-11-24T10:00:00Z',
          }),
        ),
      ).toBeNull();
  });

  it('maps payments to the order customer, whom the event does not name', () => {
    expect(
      intentFor(event('payment.captured', { orderId: ORDER, paymentId: 'p', amount: 500, currency: 'EUR' })),
    ).toMatchObject({
      kind: 'payment.captured',
      audience: { type: 'orderCustomer', orderId: ORDER, customerId: null },
      facts: { amount: '€5.00' },
    });
    expect(
      intentFor(
        event('payment.authorization_failed', {
          orderId: ORDER,
          paymentId: null,
          code: 'DECLINED',
          reason: 'card declined',
        }),
      ),
    ).toMatchObject({ kind: 'payment.failed', facts: { reason: 'card declined' } });
    expect(
      intentFor(
        event('payment.refunded', {
          orderId: ORDER,
          paymentId: 'p',
          refundId: 'r',
          amount: 250,
          currency: 'USD',
          returnId: null,
        }),
      ),
    ).toMatchObject({ kind: 'payment.refunded', facts: { amount: '$2.50' } });
  });

  it('maps shipments with their tracking facts', () => {
    expect(
      intentFor(
        event('shipment.created', {
          orderId: ORDER,
          shipmentId: 's',
          trackingNumber: 'TRK1',
          carrier: 'UPS',
          service: 'Ground',
        }),
      ),
    ).toMatchObject({
      kind: 'shipment.created',
      facts: { carrier: 'UPS', service: 'Ground', trackingNumber: 'TRK1' },
    });
    expect(
      intentFor(
        event('shipment.status_changed', {
          orderId: ORDER,
          shipmentId: 's',
          status: 'OUT_FOR_DELIVERY',
          at: 'x',
        }),
      )?.kind,
    ).toBe('shipment.out_for_delivery');
    expect(
      intentFor(
        event('shipment.status_changed', { orderId: ORDER, shipmentId: 's', status: 'EXCEPTION', at: 'x' }),
      )?.kind,
    ).toBe('shipment.exception');
  });

  it('alerts staff about low stock', () => {
    const intent = intentFor(event('inventory.low_stock', { variantId: 'v-1', available: 2, threshold: 5 }));
    expect(intent).toEqual({
      kind: 'inventory.low_stock',
      audience: { type: 'staff' },
      orderId: null,
      facts: { variantId: 'v-1', available: '2', threshold: '5' },
    });
    expect(NOTIFICATION_KINDS[intent!.kind].category).toBe('ADMIN_ALERTS');
  });

  it('ignores events it does not know', () => {
    expect(intentFor(event('inventory.reserved', { orderId: ORDER, reservationIds: [] }))).toBeNull();
  });

  it('provides every placeholder of every kind it produces', () => {
    const samples: DomainEvent[] = [
      event('user.registered', { userId: 'u' }),
      event('user.password_reset_requested', { userId: 'u', resetUrl: 'x', expiresAt: 'x' }),
      event('user.email_verification_requested', { userId: 'u', verifyUrl: 'x', expiresAt: 'x' }),
      event('order.placed', { orderId: ORDER, customerId: 'c', lines: [], total: 1, currency: 'USD' }),
      ...['CONFIRMED', 'CANCELLED', 'SHIPPED', 'DELIVERED', 'RETURN_REQUESTED', 'RETURNED'].map((to) =>
        event('order.status_changed', { orderId: ORDER, customerId: 'c', from: 'PENDING', to, note: null }),
      ),
      event('payment.captured', { orderId: ORDER, paymentId: 'p', amount: 1, currency: 'USD' }),
      event('payment.authorization_failed', { orderId: ORDER, paymentId: null, code: 'X', reason: 'r' }),
      event('payment.refunded', {
        orderId: ORDER,
        paymentId: 'p',
        refundId: 'r',
        amount: 1,
        currency: 'USD',
        returnId: null,
      }),
      event('shipment.created', {
        orderId: ORDER,
        shipmentId: 's',
        trackingNumber: 't',
        carrier: 'c',
        service: 's',
      }),
      event('shipment.status_changed', {
        orderId: ORDER,
        shipmentId: 's',
        status: 'OUT_FOR_DELIVERY',
        at: 'x',
      }),
      event('shipment.status_changed', { orderId: ORDER, shipmentId: 's', status: 'EXCEPTION', at: 'x' }),
      event('inventory.low_stock', { variantId: 'v', available: 1, threshold: 2 }),
      event('return.rejected', { returnId: 'r', orderId: ORDER, customerId: 'c', reason: 'x' }),
      event('return.cancelled', { returnId: 'r', orderId: ORDER, customerId: 'c' }),
      event('user.data_export_ready', {
        exportId: 'e',
        userId: 'u-1',
        downloadPath: '/privacy/exports/e?expires=1&signature=s',
        expiresAt: '2026-12-02T10:00:00.000Z',
      }),
    ];
    const intents = samples.map((sample) => intentFor(sample)!);
    expect(new Set(intents.map((intent) => intent.kind))).toEqual(new Set(NOTIFICATION_KIND_KEYS));
    for (const intent of intents) {
      // The service adds the recipient's name, and the order number for order events.
      const provided = ['name', ...Object.keys(intent.facts), ...(intent.orderId ? ['orderNumber'] : [])];
      expect(provided.sort(), intent.kind).toEqual([...allowedVariables(intent.kind)].sort());
    }
  });
});
