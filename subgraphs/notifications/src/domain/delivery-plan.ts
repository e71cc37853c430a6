import type { DeliveryChannel, NotificationCategory, NotificationChannel } from './notification-catalog';
import type { NotificationKind } from './notification-kinds';
import { RECIPIENT_NAME_VARIABLE } from './notification-kinds';
import { allowedChannels, type StoredPreference } from './preferences';
import { stableId } from './stable-id';
import { renderTemplate } from './template-rendering';
import type { TemplateContent } from './default-templates';

export type DeliveryTarget =
  | { kind: 'USER'; userId: string }
  | { kind: 'ADMIN_MAILBOX' }
  /** A guest order's email address, looked up on the order when sent. */
  | { kind: 'ORDER_GUEST'; orderId: string };

/** An in-app notification to store and announce live. */
export interface PlannedNotification {
  id: string;
  userId: string;
  category: NotificationCategory;
  kind: NotificationKind;
  title: string;
  body: string;
  orderId: string | null;
}

/**
 * One message to send through a provider. It carries ids and event facts only: the address and the
 * recipient's name are looked up when it is sent, so queues never hold contact data.
 */
export interface PlannedDelivery {
  id: string;
  eventId: string;
  notificationId: string | null;
  target: DeliveryTarget;
  channel: DeliveryChannel;
  category: NotificationCategory;
  kind: NotificationKind;
  variables: Record<string, string>;
  pushTokenId: string | null;
  orderId: string | null;
}

export interface PlanRecipient {
  userId: string;
  name: string;
  preferences: readonly StoredPreference[];
  /** The recipient's active push tokens; one push delivery each. */
  pushTokenIds: readonly string[];
}

export interface PlanInput {
  eventId: string;
  kind: NotificationKind;
  category: NotificationCategory;
  orderId: string | null;
  /** Event facts plus the order number: everything the templates use except the recipient's name. */
  variables: Record<string, string>;
  /** Channels the kind has templates for. */
  channels: readonly NotificationChannel[];
  /** The current in-app template (an administrator's override or the default). */
  inAppTemplate: TemplateContent | null;
  recipients: readonly PlanRecipient[];
  /** Also email the configured admin mailbox (admin alerts only). */
  adminMailbox: boolean;
  /** Email the guest who placed this order (no account: no preferences, inbox or other channels). */
  guestOrderId?: string | null;
}

export interface NotificationPlan {
  notifications: PlannedNotification[];
  deliveries: PlannedDelivery[];
}

/** Who gets what on which channel for one event: the recipients' preferences decide, nothing else. */
export function planNotifications(input: PlanInput): NotificationPlan {
  const notifications: PlannedNotification[] = [];
  const deliveries: PlannedDelivery[] = [];
  const delivery = (
    target: DeliveryTarget,
    channel: DeliveryChannel,
    notificationId: string | null,
    pushTokenId: string | null = null,
  ): PlannedDelivery => ({
    id: stableId(
      input.eventId,
      target.kind === 'USER'
        ? target.userId
        : target.kind === 'ORDER_GUEST'
          ? `guest:${target.orderId}`
          : 'admin-mailbox',
      channel,
      pushTokenId ?? '',
    ),
    eventId: input.eventId,
    notificationId,
    target,
    channel,
    category: input.category,
    kind: input.kind,
    variables: input.variables,
    pushTokenId,
    orderId: input.orderId,
  });

  for (const recipient of input.recipients) {
    const channels = allowedChannels(input.channels, input.category, recipient.preferences);
    let notificationId: string | null = null;
    if (channels.includes('IN_APP') && input.inAppTemplate) {
      const rendered = renderTemplate(input.inAppTemplate, {
        ...input.variables,
        [RECIPIENT_NAME_VARIABLE]: recipient.name,
      });
      notificationId = stableId(input.eventId, recipient.userId, 'IN_APP');
      notifications.push({
        id: notificationId,
        userId: recipient.userId,
        category: input.category,
        kind: input.kind,
        title: rendered.subject ?? '',
        body: rendered.body,
        orderId: input.orderId,
      });
    }
    const target: DeliveryTarget = { kind: 'USER', userId: recipient.userId };
    if (channels.includes('EMAIL')) deliveries.push(delivery(target, 'EMAIL', notificationId));
    if (channels.includes('SMS')) deliveries.push(delivery(target, 'SMS', notificationId));
    if (channels.includes('PUSH'))
      for (const tokenId of recipient.pushTokenIds)
        deliveries.push(delivery(target, 'PUSH', notificationId, tokenId));
  }
  if (input.adminMailbox && input.channels.includes('EMAIL'))
    deliveries.push(delivery({ kind: 'ADMIN_MAILBOX' }, 'EMAIL', null));
  if (input.guestOrderId && input.channels.includes('EMAIL'))
    deliveries.push(delivery({ kind: 'ORDER_GUEST', orderId: input.guestOrderId }, 'EMAIL', null));
  return { notifications, deliveries };
}
