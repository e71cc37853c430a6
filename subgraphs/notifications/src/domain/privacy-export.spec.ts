import { describe, expect, it } from 'vitest';
import { notificationsExportPart } from './privacy-export';

const at = new Date('2026-12-01T10:00:00.000Z');

describe('notificationsExportPart', () => {
  it('lists the inbox, preferences, devices (by token ending only) and deliveries', () => {
    const part = notificationsExportPart({
      notifications: [
        {
          id: 'n1',
          category: 'ACCOUNT',
          kind: 'account.welcome',
          title: 'Hi',
          body: 'Welcome',
          readAt: null,
          createdAt: at,
        },
      ],
      preferences: [{ category: 'MARKETING', channel: 'EMAIL', enabled: false, updatedAt: at }],
      pushTokens: [{ token: 'device-token-abcdef123456', platform: 'IOS', createdAt: at, disabledAt: null }],
      deliveries: [
        { id: 'd1', channel: 'EMAIL', kind: 'order.placed', status: 'SENT', createdAt: at, sentAt: at },
      ],
    });
    expect(part).toEqual({
      notifications: [
        {
          id: 'n1',
          category: 'ACCOUNT',
          kind: 'account.welcome',
          title: 'Hi',
          body: 'Welcome',
          readAt: null,
          createdAt: at.toISOString(),
        },
      ],
      preferences: [{ category: 'MARKETING', channel: 'EMAIL', enabled: false, updatedAt: at.toISOString() }],
      pushTokens: [{ tokenEnding: '123456', platform: 'IOS', registeredAt: at.toISOString(), active: true }],
      deliveries: [
        {
          id: 'd1',
          channel: 'EMAIL',
          kind: 'order.placed',
          status: 'SENT',
          createdAt: at.toISOString(),
          sentAt: at.toISOString(),
        },
      ],
    });
  });
});
