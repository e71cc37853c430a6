import { ConnectionType } from '@msa/subgraph-kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { DeliveryAttemptRecord, DeliveryRecord } from '../data/delivery-log';
import type { AttemptOutcome, DeliveryStatus } from '../domain/delivery-outcome';
import type {
  NotificationCategory as CategoryName,
  NotificationChannel as ChannelName,
} from '../domain/notification-catalog';
import { orderRef, OrderRef, userRef, UserRef } from './entity-stubs';
import {
  NotificationCategory,
  NotificationChannel,
  NotificationDeliveryAttemptOutcome,
  NotificationDeliveryStatus,
} from './enums';

@ObjectType('NotificationDeliveryAttempt', { description: 'One attempt at a delivery.' })
export class NotificationDeliveryAttempt {
  @Field(() => Int, { description: 'Attempt number, from 1.' })
  number!: number;

  @Field(() => NotificationDeliveryAttemptOutcome, { description: 'What it came to.' })
  outcome!: AttemptOutcome;

  @Field(() => String, { nullable: true, description: 'Why it failed or was skipped.' })
  error!: string | null;

  @Field(() => String, { nullable: true, description: 'The provider’s id of the message sent.' })
  providerMessageId!: string | null;

  @Field(() => Date, { description: 'When it was made.' })
  at!: Date;
}

@ObjectType('NotificationDelivery', {
  description: 'One notification sent (or attempted) through a provider: email, SMS or push.',
})
export class NotificationDelivery {
  @Field(() => ID, { description: 'Delivery id.' })
  id!: string;

  @Field(() => NotificationChannel, { description: 'EMAIL, SMS or PUSH.' })
  channel!: ChannelName;

  @Field(() => NotificationCategory, { description: 'What it is about.' })
  category!: CategoryName;

  @Field(() => String, { description: 'The template key, e.g. order.shipped.' })
  kind!: string;

  @Field(() => NotificationDeliveryStatus, { description: 'Where it stands.' })
  status!: DeliveryStatus;

  @Field(() => UserRef, { nullable: true, description: 'The recipient; null for the admin mailbox.' })
  recipient!: UserRef | null;

  @Field(() => Boolean, { description: 'True when it went to the configured admin mailbox.' })
  toAdminMailbox!: boolean;

  @Field(() => OrderRef, { nullable: true, description: 'The order it is about, if any.' })
  order!: OrderRef | null;

  @Field(() => ID, { nullable: true, description: 'The in-app notification sent with it, if any.' })
  notificationId!: string | null;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attemptCount!: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed or was skipped.' })
  lastError!: string | null;

  @Field(() => [NotificationDeliveryAttempt], { description: 'Every attempt, oldest first.' })
  attempts!: NotificationDeliveryAttempt[];

  @Field(() => Date, { description: 'When it was queued.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the provider accepted it.' })
  sentAt!: Date | null;
}

export function toDelivery(record: DeliveryRecord): NotificationDelivery {
  return Object.assign(new NotificationDelivery(), {
    id: record.id,
    channel: record.channel,
    category: record.category,
    kind: record.kind,
    status: record.status,
    recipient: record.userId ? userRef(record.userId) : null,
    toAdminMailbox: record.recipientKind === 'ADMIN_MAILBOX',
    order: record.orderId ? orderRef(record.orderId) : null,
    notificationId: record.notificationId,
    attemptCount: record.attemptCount,
    lastError: record.lastError,
    attempts: record.attempts.map((attempt: DeliveryAttemptRecord) =>
      Object.assign(new NotificationDeliveryAttempt(), attempt),
    ),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    sentAt: record.sentAt,
  });
}

export const NotificationDeliveryConnection = ConnectionType(
  NotificationDelivery,
  'NotificationDelivery',
  'A page of the delivery log, newest first.',
);

@InputType('NotificationDeliveryFilter', { description: 'Narrows the delivery log.' })
export class NotificationDeliveryFilter {
  @Field(() => NotificationChannel, {
    nullable: true,
    description: 'Only this channel (EMAIL, SMS or PUSH).',
  })
  channel?: ChannelName | null;

  @Field(() => NotificationDeliveryStatus, { nullable: true, description: 'Only deliveries in this status.' })
  status?: DeliveryStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only deliveries to this user.' })
  userId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Queued at or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Queued before this time.' })
  to?: Date | null;
}
