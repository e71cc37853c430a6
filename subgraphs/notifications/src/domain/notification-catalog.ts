/** What a notification is about. Preferences are kept per category and channel. */
export const NOTIFICATION_CATEGORIES = [
  'ACCOUNT',
  'ORDER_UPDATES',
  'SHIPPING',
  'PAYMENTS',
  'MARKETING',
  'ADMIN_ALERTS',
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/**
 * How a notification reaches its recipient. IN_APP stores it in the recipient's inbox and announces it live
 * (Subscription.notificationAdded); the others are deliveries through a provider, logged with their attempts.
 */
export const NOTIFICATION_CHANNELS = ['EMAIL', 'SMS', 'PUSH', 'IN_APP'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** Channels that go through a provider and the delivery log. */
export type DeliveryChannel = Exclude<NotificationChannel, 'IN_APP'>;

/** Categories only staff receive and may set preferences for. */
export const STAFF_CATEGORIES: readonly NotificationCategory[] = ['ADMIN_ALERTS'];
