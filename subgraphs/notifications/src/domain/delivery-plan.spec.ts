import { describe, expect, it } from 'vitest';
import { planNotifications, type PlanInput, type PlanRecipient } from './delivery-plan';
import { stableId } from './stable-id';

const ada: PlanRecipient = { userId: 'u-ada', name: 'Ada', preferences: [], pushTokenIds: ['t-1', 't-2'] };

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    eventId: 'e-1',
    kind: 'order.shipped',
    category: 'SHIPPING',
    orderId: 'o-1',
    variables: { orderNumber: 'MSA-100001' },
    channels: ['EMAIL', 'SMS', 'PUSH', 'IN_APP'],
    inAppTemplate: { subject: 'Order {{orderNumber}} shipped', body: 'On its way, {{name}}.' },
    recipients: [ada],
    adminMailbox: false,
    ...overrides,
  };
}

describe('notification plan', () => {
  it('stores one in-app notification and one delivery per external channel and device', () => {
    const plan = planNotifications(input());
    expect(plan.notifications).toEqual([
      {
        id: stableId('e-1', 'u-ada', 'IN_APP'),
        userId: 'u-ada',
        category: 'SHIPPING',
        kind: 'order.shipped',
        title: 'Order MSA-100001 shipped',
        body: 'On its way, Ada.',
        orderId: 'o-1',
      },
    ]);
    expect(plan.deliveries.map((d) => [d.channel, d.pushTokenId])).toEqual([
      ['EMAIL', null],
      ['SMS', null],
      ['PUSH', 't-1'],
      ['PUSH', 't-2'],
    ]);
    const [email] = plan.deliveries;
    expect(email).toEqual({
      id: stableId('e-1', 'u-ada', 'EMAIL', ''),
      eventId: 'e-1',
      notificationId: plan.notifications[0]!.id,
      target: { kind: 'USER', userId: 'u-ada' },
      channel: 'EMAIL',
      category: 'SHIPPING',
      kind: 'order.shipped',
      variables: { orderNumber: 'MSA-100001' },
      pushTokenId: null,
      orderId: 'o-1',
    });
    expect(JSON.stringify(plan.deliveries)).not.toContain('Ada');
  });

  it('emails a guest order’s address only: no inbox, SMS or push, and no address in the plan', () => {
    const plan = planNotifications(input({ recipients: [], guestOrderId: 'o-1' }));
    expect(plan.notifications).toEqual([]);
    expect(plan.deliveries.map((d) => [d.channel, d.target])).toEqual([
      ['EMAIL', { kind: 'ORDER_GUEST', orderId: 'o-1' }],
    ]);
    expect(plan.deliveries[0]!.id).toBe(stableId('e-1', 'guest:o-1', 'EMAIL', ''));
    expect(
      planNotifications(input({ recipients: [], guestOrderId: 'o-1', channels: ['IN_APP'] })).deliveries,
    ).toEqual([]);
  });

  it('gives the same ids when the same event is planned again', () => {
    expect(planNotifications(input())).toEqual(planNotifications(input()));
    expect(planNotifications(input({ eventId: 'e-2' })).deliveries[0]!.id).not.toBe(
      planNotifications(input()).deliveries[0]!.id,
    );
  });

  it('uses no channel the recipient switched off', () => {
    const plan = planNotifications(
      input({
        recipients: [
          {
            ...ada,
            preferences: [
              { category: 'SHIPPING', channel: 'EMAIL', enabled: false },
              { category: 'SHIPPING', channel: 'IN_APP', enabled: false },
            ],
          },
        ],
      }),
    );
    expect(plan.notifications).toEqual([]);
    expect(plan.deliveries.map((d) => d.channel)).toEqual(['SMS', 'PUSH', 'PUSH']);
    expect(plan.deliveries.every((d) => d.notificationId === null)).toBe(true);
  });

  it('sends only on the channels the kind has templates for', () => {
    const plan = planNotifications(input({ channels: ['EMAIL', 'IN_APP'] }));
    expect(plan.deliveries.map((d) => d.channel)).toEqual(['EMAIL']);
  });

  it('adds the admin mailbox to staff alerts', () => {
    const plan = planNotifications(
      input({
        kind: 'inventory.low_stock',
        category: 'ADMIN_ALERTS',
        orderId: null,
        variables: { variantId: 'v', available: '1', threshold: '3' },
        channels: ['EMAIL', 'IN_APP'],
        inAppTemplate: { subject: 'Low stock', body: '{{variantId}} {{available}}' },
        recipients: [],
        adminMailbox: true,
      }),
    );
    expect(plan.notifications).toEqual([]);
    expect(plan.deliveries).toHaveLength(1);
    expect(plan.deliveries[0]).toMatchObject({
      target: { kind: 'ADMIN_MAILBOX' },
      channel: 'EMAIL',
      notificationId: null,
    });
  });
});
