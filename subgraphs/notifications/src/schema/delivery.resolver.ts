import { badUserInput, pageSize, requireAdmin, requireStaff, userError, UserError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { DeliveryLogFilter } from '../data/delivery-log';
import type { NotificationsContext } from './context';
import {
  NotificationDelivery,
  NotificationDeliveryConnection,
  NotificationDeliveryFilter,
  toDelivery,
} from './delivery.types';
import { decodeTimeCursor, timeConnection } from './paging';

@ObjectType('RetryNotificationDeliveryPayload', { description: 'Result of sending a failed delivery again.' })
export class RetryNotificationDeliveryPayload {
  @Field(() => NotificationDelivery, { nullable: true, description: 'The delivery, queued again.' })
  delivery!: NotificationDelivery | null;

  @Field(() => [UserError], {
    description: 'DELIVERY_NOT_RETRYABLE when there is no such delivery or it has not failed.',
  })
  userErrors!: UserError[];
}

/** Checks the filter and narrows it to what the log store understands. */
function toLogFilter(filter: NotificationDeliveryFilter | null): DeliveryLogFilter {
  if (!filter) return {};
  if (filter.channel === 'IN_APP')
    throw badUserInput('In-app notifications are not deliveries; filter by EMAIL, SMS or PUSH.', [
      'filter',
      'channel',
    ]);
  if (filter.from && filter.to && filter.from >= filter.to)
    throw badUserInput('"from" must be before "to".', ['filter', 'from']);
  return {
    ...(filter.channel ? { channel: filter.channel } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.userId ? { userId: filter.userId } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
  };
}

@Resolver(() => NotificationDelivery)
export class DeliveryResolver {
  @Query(() => NotificationDeliveryConnection, {
    description: 'The delivery log with every attempt and failure reason, newest first (staff only).',
  })
  async notificationDeliveries(
    @Arg('filter', () => NotificationDeliveryFilter, {
      nullable: true,
      description: 'Channel, status, user and time window.',
    })
    filter: NotificationDeliveryFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last delivery of the previous page.',
    })
    after: string | null,
    @Ctx() ctx: NotificationsContext,
  ) {
    requireStaff(ctx);
    const size = pageSize(first);
    const page = await ctx.services.deliveriesAdmin.list(
      toLogFilter(filter),
      size + 1,
      decodeTimeCursor(after),
    );
    return timeConnection(page.rows, size, page.total, toDelivery);
  }

  @Mutation(() => RetryNotificationDeliveryPayload, {
    description: 'Sends a FAILED delivery again with fresh attempts (administrators only).',
  })
  async retryNotificationDelivery(
    @Arg('id', () => ID, { description: 'The delivery id.' }) id: string,
    @Ctx() ctx: NotificationsContext,
  ): Promise<RetryNotificationDeliveryPayload> {
    requireAdmin(ctx);
    const delivery = await ctx.services.deliveriesAdmin.retry(id);
    if (delivery === 'secret')
      return Object.assign(new RetryNotificationDeliveryPayload(), {
        delivery: null,
        userErrors: [
          userError(
            'DELIVERY_NOT_RETRYABLE',
            'This email carried a single-use link that is not kept after sending; the customer can ask for a new one.',
            ['id'],
          ),
        ],
      });
    return Object.assign(new RetryNotificationDeliveryPayload(), {
      delivery: delivery && toDelivery(delivery),
      userErrors: delivery
        ? []
        : [userError('DELIVERY_NOT_RETRYABLE', 'There is no failed delivery with this id.', ['id'])],
    });
  }
}
