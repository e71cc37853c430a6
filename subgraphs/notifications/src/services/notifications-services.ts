import type { Logger } from '@msa/subgraph-kit';
import type { Directory } from '../clients/directory.client';
import { capturedMessagePage, type CapturedMessageCursor } from '../data/captured-message.repo';
import type { NotificationsDb } from '../data/database';
import type { DeliveryLogStore } from '../data/delivery-log';
import type { DeliveryChannel } from '../domain/notification-catalog';
import type { DeliveryQueue } from '../jobs/delivery-queue';
import type { NotificationFeed } from '../live/notification-feed';
import { createDeliveriesAdminService } from './deliveries-admin.service';
import { createDeliveryService, type ChannelProviders } from './delivery.service';
import { createEventIntakeService } from './event-intake.service';
import { createInboxService } from './inbox.service';
import { createOrderRefsService } from './order-refs.service';
import { createPreferencesService } from './preferences.service';
import { createPushTokensService } from './push-tokens.service';
import { createRecipientsService } from './recipients.service';
import { createStaffService } from './staff.service';
import { createTemplatesService } from './templates.service';

export interface NotificationsServicesDeps {
  db: NotificationsDb;
  log: DeliveryLogStore;
  directory: Directory;
  feed: NotificationFeed;
  queue: DeliveryQueue;
  providers: ChannelProviders;
  adminMailbox: string | null;
  logger: Logger;
  now?: () => Date;
}

/** Every service of the subgraph, wired once per process. */
export function createNotificationsServices(deps: NotificationsServicesDeps) {
  const now = deps.now ?? (() => new Date());
  const staff = createStaffService(deps.db, now);
  const templates = createTemplatesService(deps.db);
  return {
    intake: createEventIntakeService({
      db: deps.db,
      orderRefs: createOrderRefsService(deps.db, deps.directory),
      recipients: createRecipientsService(deps.db, deps.directory, deps.adminMailbox),
      templates,
      feed: deps.feed,
      enqueueDeliveries: (deliveries) => deps.queue.enqueue(deliveries),
      now,
      logger: deps.logger,
    }),
    deliveries: createDeliveryService({
      db: deps.db,
      log: deps.log,
      directory: deps.directory,
      templates,
      providers: deps.providers,
      adminMailbox: deps.adminMailbox,
      now,
      logger: deps.logger,
    }),
    deliveriesAdmin: createDeliveriesAdminService(deps.log, deps.queue, now),
    inbox: createInboxService(deps.db, staff, now),
    preferences: createPreferencesService(deps.db, staff),
    pushTokens: createPushTokensService(deps.db, now),
    templates,
    captured: {
      page: (options: {
        channel: DeliveryChannel;
        to: string | null;
        take: number;
        after: CapturedMessageCursor | null;
      }) => capturedMessagePage(deps.db, options),
    },
    feed: deps.feed,
  };
}

export type NotificationsServices = ReturnType<typeof createNotificationsServices>;
