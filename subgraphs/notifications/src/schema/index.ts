import { buildFederatedSchema } from '@msa/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { NotificationFeed } from '../live/notification-feed';
import { CapturedMessageResolver } from './captured-message.resolver';
import type { NotificationsContext } from './context';
import { DeliveryResolver } from './delivery.resolver';
import { OrderRef, UserRef } from './entity-stubs';
import { NotificationResolver, resolveNotificationReference } from './notification.resolver';
import { notificationSubscriptionResolvers, SubscriptionRoot } from './notification-subscription';
import { PreferencesResolver } from './preferences.resolver';
import { PushTokenResolver } from './push-token.resolver';
import { TemplateResolver } from './template.resolver';

/**
 * The notifications schema. `feed` serves `Subscription.notificationAdded` in a running service; without it
 * the schema is complete for printing its SDL (`npm run schema`), with no database or Redis.
 */
export function buildNotificationsSchema(feed?: NotificationFeed): Promise<GraphQLSchema> {
  return buildFederatedSchema<NotificationsContext>({
    resolvers: [
      NotificationResolver,
      PreferencesResolver,
      PushTokenResolver,
      TemplateResolver,
      DeliveryResolver,
      CapturedMessageResolver,
    ],
    orphanedTypes: [UserRef, OrderRef, SubscriptionRoot],
    referenceResolvers: { Notification: resolveNotificationReference },
    ...(feed ? { extraResolvers: notificationSubscriptionResolvers(feed) as never } : {}),
  });
}
