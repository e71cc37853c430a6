import { requireIdentity } from '@msa/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';
import type { NotificationRecord } from '../data/notification.repo';
import type { NotificationFeed } from '../live/notification-feed';
import type { NotificationsContext } from './context';
import { Notification, toNotification } from './notification.type';

/**
 * The Subscription root, declared as a plain object type so that it appears in the federated SDL: the kit
 * builds its schema without a PubSub, and type-graphql's @Subscription requires one. The field's behaviour
 * comes from `notificationSubscriptionResolvers`, merged over it by the kit.
 */
@ObjectType('Subscription', { description: 'Live updates over graphql-ws.' })
export class SubscriptionRoot {
  @Field(() => Notification, {
    nullable: true,
    description: 'Each new in-app notification of the signed-in user, as it arrives.',
  })
  notificationAdded(): Notification | null {
    throw new Error('notificationAdded is served by its subscribe resolver');
  }
}

export function notificationSubscriptionResolvers(feed: NotificationFeed) {
  return {
    Subscription: {
      notificationAdded: {
        subscribe(
          _root: unknown,
          _args: unknown,
          ctx: NotificationsContext,
        ): Promise<AsyncIterableIterator<NotificationRecord>> {
          return feed.subscribe(requireIdentity(ctx).userId);
        },
        resolve(
          notification: NotificationRecord,
          _args: unknown,
          ctx: NotificationsContext,
        ): Notification | null {
          // The channel is per user; checking again costs nothing and keeps a mis-published message private.
          return notification.userId === ctx.identity?.userId ? toNotification(notification) : null;
        },
      },
    },
  };
}
