import { pageSize, requireIdentity, userError, UserError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { NotificationRecord } from '../data/notification.repo';
import type { NotificationsContext } from './context';
import { toNotification, Notification, NotificationConnection } from './notification.type';
import { decodeTimeCursor, timeConnection } from './paging';

@ObjectType('MarkNotificationReadPayload', { description: 'Result of marking a notification read.' })
export class MarkNotificationReadPayload {
  @Field(() => Notification, { nullable: true, description: 'The notification, now read.' })
  notification!: Notification | null;

  @Field(() => Int, { description: 'Unread notifications left.' })
  unreadCount!: number;

  @Field(() => [UserError], { description: 'NOTIFICATION_NOT_FOUND when it is not in your inbox.' })
  userErrors!: UserError[];
}

@ObjectType('MarkAllNotificationsReadPayload', { description: 'Result of marking the whole inbox read.' })
export class MarkAllNotificationsReadPayload {
  @Field(() => Int, { description: 'How many notifications were unread and are now read.' })
  markedCount!: number;

  @Field(() => Int, { description: 'Unread notifications left (0 unless new ones arrived meanwhile).' })
  unreadCount!: number;

  @Field(() => [UserError], { description: 'Always empty; present for a uniform payload.' })
  userErrors!: UserError[];
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description: 'The signed-in user’s in-app notifications, newest first.',
  })
  async myNotifications(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last notification of the previous page.',
    })
    after: string | null,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only unread notifications.' })
    unreadOnly: boolean | null,
    @Ctx() ctx: NotificationsContext,
  ): Promise<NotificationConnection> {
    const viewer = requireIdentity(ctx);
    const size = pageSize(first);
    const page = await ctx.services.inbox.page(viewer, {
      unreadOnly: unreadOnly ?? false,
      take: size + 1,
      after: decodeTimeCursor(after),
    });
    return Object.assign(new NotificationConnection(), {
      ...timeConnection(page.rows, size, page.totalCount, toNotification),
      unreadCount: page.unreadCount,
    });
  }

  @Mutation(() => MarkNotificationReadPayload, { description: 'Marks one of your notifications read.' })
  async markNotificationRead(
    @Arg('id', () => ID, { description: 'The notification id.' }) id: string,
    @Ctx() ctx: NotificationsContext,
  ): Promise<MarkNotificationReadPayload> {
    const outcome = await ctx.services.inbox.markRead(requireIdentity(ctx), id);
    return Object.assign(new MarkNotificationReadPayload(), {
      notification: outcome.notification && toNotification(outcome.notification),
      unreadCount: outcome.unreadCount,
      userErrors: outcome.notification
        ? []
        : [userError('NOTIFICATION_NOT_FOUND', 'There is no such notification in your inbox.', ['id'])],
    });
  }

  @Mutation(() => MarkAllNotificationsReadPayload, {
    description: 'Marks every notification in your inbox read.',
  })
  async markAllNotificationsRead(@Ctx() ctx: NotificationsContext): Promise<MarkAllNotificationsReadPayload> {
    const outcome = await ctx.services.inbox.markAllRead(requireIdentity(ctx));
    return Object.assign(new MarkAllNotificationsReadPayload(), { ...outcome, userErrors: [] });
  }
}

/** `_entities` for Notification: batched per request; the recipient or staff only. */
export function resolveNotificationReference(
  reference: { id: string },
  ctx: NotificationsContext,
): Promise<Notification | null> {
  const viewer = requireIdentity(ctx);
  return ctx.loaders
    .get<string, NotificationRecord | null>('Notification', (ids) => ctx.services.inbox.visible(viewer, ids))
    .load(reference.id)
    .then((record) => record && toNotification(record));
}
