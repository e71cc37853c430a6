import { registerEnumType } from 'type-graphql';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../domain/delivery-outcome';
import {
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_CHANNELS,
  type NotificationCategory as CategoryName,
  type NotificationChannel as ChannelName,
} from '../domain/notification-catalog';

/** GraphQL enums mirror the domain's lists, so the two can never drift apart. */
function enumOf<T extends string>(values: readonly T[]): { [V in T]: V } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [V in T]: V };
}

export const NotificationCategory = enumOf<CategoryName>(NOTIFICATION_CATEGORIES);
registerEnumType(NotificationCategory, {
  name: 'NotificationCategory',
  description: 'What a notification is about; preferences are set per category and channel.',
  valuesConfig: {
    ACCOUNT: { description: 'Your account: welcome and security messages.' },
    ORDER_UPDATES: { description: 'Orders received, confirmed, cancelled or returned.' },
    SHIPPING: { description: 'Tracking, shipping and delivery.' },
    PAYMENTS: { description: 'Receipts, declined payments and refunds.' },
    MARKETING: { description: 'Offers and news (opt-in).' },
    ADMIN_ALERTS: { description: 'Operational alerts for staff, such as low stock.' },
  },
});

export const NotificationChannel = enumOf<ChannelName>(NOTIFICATION_CHANNELS);
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'How a notification reaches its recipient.',
  valuesConfig: {
    EMAIL: { description: 'An email to the account address.' },
    SMS: { description: 'A text message to the phone number of the default address.' },
    PUSH: { description: 'A push notification to each registered device.' },
    IN_APP: { description: 'The in-app inbox, announced live over Subscription.notificationAdded.' },
  },
});

export const NotificationDeliveryStatus = enumOf<DeliveryStatus>(DELIVERY_STATUSES);
registerEnumType(NotificationDeliveryStatus, {
  name: 'NotificationDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Queued, not attempted yet.' },
    RETRYING: { description: 'An attempt failed; another follows after a backoff.' },
    SENT: { description: 'The provider accepted it.' },
    FAILED: { description: 'Every attempt failed, or the provider refused it for good.' },
    SKIPPED: { description: 'Nothing to send: opted out meanwhile, no address, or no such recipient.' },
  },
});

export const NotificationDeliveryAttemptOutcome = enumOf(['SENT', 'FAILED', 'SKIPPED'] as const);
registerEnumType(NotificationDeliveryAttemptOutcome, {
  name: 'NotificationDeliveryAttemptOutcome',
  description: 'What one attempt at a delivery came to.',
  valuesConfig: {
    SENT: { description: 'The provider accepted the message.' },
    FAILED: { description: 'The provider or a lookup failed; see the error.' },
    SKIPPED: { description: 'There was nothing to send; see the error for why.' },
  },
});

export const PushPlatform = enumOf(['IOS', 'ANDROID', 'WEB'] as const);
registerEnumType(PushPlatform, {
  name: 'PushPlatform',
  description: 'The platform of a device registered for push notifications.',
  valuesConfig: {
    IOS: { description: 'Apple devices (APNs).' },
    ANDROID: { description: 'Android devices (FCM).' },
    WEB: { description: 'Browsers (Web Push).' },
  },
});
