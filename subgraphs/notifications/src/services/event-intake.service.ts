import { isGuestCustomerId, type DomainEvent } from '@msa/events';
import type { Logger } from '@msa/subgraph-kit';
import type { NotificationsDb } from '../data/database';
import { storeEventNotifications } from '../data/notification.repo';
import { preferencesOfUsers } from '../data/preference.repo';
import { activePushTokenIds } from '../data/push-token.repo';
import { channelsOf } from '../domain/default-templates';
import { planNotifications, type PlannedDelivery } from '../domain/delivery-plan';
import { intentFor, type NotificationIntent } from '../domain/event-notifications';
import { NOTIFICATION_KINDS } from '../domain/notification-kinds';
import type { NotificationFeed } from '../live/notification-feed';
import { fallbackOrderNumber, type OrderRefsService } from './order-refs.service';
import type { RecipientsService, ResolvedAudience } from './recipients.service';
import type { TemplatesService } from './templates.service';

export interface EventIntakeDeps {
  db: NotificationsDb;
  orderRefs: OrderRefsService;
  recipients: RecipientsService;
  templates: TemplatesService;
  feed: NotificationFeed;
  /** Puts deliveries on the delivery queue; their ids are the job ids, so enqueueing twice is harmless. */
  enqueueDeliveries(deliveries: readonly PlannedDelivery[]): Promise<void>;
  now: () => Date;
  logger: Logger;
}

/**
 * Turns one domain event into notifications: who is told what (domain/event-notifications.ts), on which
 * channels their preferences allow (domain/delivery-plan.ts). In-app notifications are stored and the
 * deliveries queued in the transaction that records the event in the inbox, so a redelivered event does
 * nothing; the live announcement follows the commit.
 */
export function createEventIntakeService(deps: EventIntakeDeps) {
  async function audienceOf(
    intent: NotificationIntent,
  ): Promise<{ audience: ResolvedAudience; orderNumber: string | null } | null> {
    const target = intent.audience;
    if (target.type === 'user')
      return { audience: await deps.recipients.user(target.userId), orderNumber: null };
    if (target.type === 'staff') return { audience: await deps.recipients.staff(), orderNumber: null };
    const ref = await deps.orderRefs.resolve(target.orderId, target.customerId);
    if (!ref) return null;
    return {
      audience: isGuestCustomerId(ref.customerId)
        ? { users: [], adminMailbox: false, guestOrderId: ref.orderId }
        : await deps.recipients.user(ref.customerId),
      orderNumber: ref.number ?? fallbackOrderNumber(ref.orderId),
    };
  }

  return {
    async handle(event: DomainEvent): Promise<void> {
      const intent = intentFor(event);
      if (!intent) return;
      const resolved = await audienceOf(intent);
      if (!resolved) {
        deps.logger.warn(
          { eventId: event.id, event: event.name, orderId: intent.orderId },
          'notification for an unknown order dropped',
        );
        return;
      }
      const { audience, orderNumber } = resolved;
      const userIds = audience.users.map((user) => user.id);
      const channels = channelsOf(intent.kind);
      // What the plan reads is read in the transaction that records the event, not in transactions of its
      // own; a redelivered event reads nothing. Deliveries are queued before the commit: if it fails, the
      // retried event queues the same job ids again.
      const stored = await storeEventNotifications(
        deps.db,
        event.id,
        async (tx) => {
          const preferences = await preferencesOfUsers(tx, userIds);
          const pushTokens = await activePushTokenIds(tx, userIds);
          const inAppTemplate = await deps.templates.current(intent.kind, 'IN_APP', tx);
          return planNotifications({
            eventId: event.id,
            kind: intent.kind,
            category: NOTIFICATION_KINDS[intent.kind].category,
            orderId: intent.orderId,
            variables: { ...intent.facts, ...(orderNumber ? { orderNumber } : {}) },
            channels,
            inAppTemplate,
            recipients: audience.users.map((user) => ({
              userId: user.id,
              name: user.name,
              preferences: preferences.get(user.id) ?? [],
              pushTokenIds: pushTokens.get(user.id) ?? [],
            })),
            adminMailbox: audience.adminMailbox,
            guestOrderId: audience.guestOrderId ?? null,
          });
        },
        deps.now(),
        (plan) => deps.enqueueDeliveries(plan.deliveries),
      );
      for (const notification of stored ?? [])
        await deps.feed
          .publish(notification)
          .catch((error: unknown) =>
            deps.logger.warn(
              { err: error, notificationId: notification.id },
              'could not announce a notification live',
            ),
          );
    },
  };
}

export type EventIntakeService = ReturnType<typeof createEventIntakeService>;
