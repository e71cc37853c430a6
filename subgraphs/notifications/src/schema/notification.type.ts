import { PageInfo } from '@msa/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { NotificationRecord } from '../data/notification.repo';
import type { NotificationCategory as CategoryName } from '../domain/notification-catalog';
import { orderRef, OrderRef, userRef, UserRef } from './entity-stubs';
import { NotificationCategory } from './enums';

@Directive('@key(fields: "id")')
@ObjectType('Notification', { description: 'A message in a user’s in-app inbox.' })
export class Notification {
  @Field(() => ID, { description: 'Notification id.' })
  id!: string;

  @Field(() => NotificationCategory, { description: 'What it is about.' })
  category!: CategoryName;

  @Field(() => String, { description: 'The template key that produced it, e.g. order.shipped.' })
  kind!: string;

  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => String, { description: 'The message.' })
  body!: string;

  @Field(() => Boolean, { description: 'True once the recipient marked it read.' })
  read!: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was first marked read.' })
  readAt!: Date | null;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => UserRef, { description: 'Whose inbox it is in.' })
  recipient!: UserRef;

  @Field(() => OrderRef, { nullable: true, description: 'The order it is about, if any.' })
  order!: OrderRef | null;
}

export function toNotification(record: NotificationRecord): Notification {
  return Object.assign(new Notification(), {
    id: record.id,
    category: record.category,
    kind: record.kind,
    title: record.title,
    body: record.body,
    read: record.readAt !== null,
    readAt: record.readAt,
    createdAt: record.createdAt,
    recipient: userRef(record.userId),
    order: record.orderId ? orderRef(record.orderId) : null,
  });
}

@ObjectType('NotificationEdge', { description: 'An edge of a NotificationConnection.' })
export class NotificationEdge {
  @Field(() => String, { description: 'Opaque cursor of this node.' })
  cursor!: string;

  @Field(() => Notification, { description: 'The item.' })
  node!: Notification;
}

@ObjectType('NotificationConnection', {
  description: 'A page of the inbox, newest first, with the unread count.',
})
export class NotificationConnection {
  @Field(() => [NotificationEdge], { description: 'Items with their cursors.' })
  edges!: NotificationEdge[];

  @Field(() => [Notification], { description: 'The items of this page.' })
  nodes!: Notification[];

  @Field(() => PageInfo, { description: 'Pagination state.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of items across all pages (with the same unreadOnly).' })
  totalCount!: number;

  @Field(() => Int, { description: 'Unread notifications in the whole inbox.' })
  unreadCount!: number;
}
