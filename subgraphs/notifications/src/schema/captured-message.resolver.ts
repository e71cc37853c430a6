import { badUserInput, ConnectionType, pageSize, requireStaff } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { CapturedMessageRecord } from '../data/captured-message.repo';
import type { NotificationChannel as ChannelName } from '../domain/notification-catalog';
import type { NotificationsContext } from './context';
import { NotificationChannel } from './enums';
import { decodeTimeCursor, timeConnection } from './paging';

@ObjectType('CapturedMessage', {
  description:
    'A message the captured email transport or a simulated SMS/push provider recorded instead of sending.',
})
export class CapturedMessage {
  @Field(() => ID, { description: 'Message id.' })
  id!: string;

  @Field(() => NotificationChannel, { description: 'EMAIL, SMS or PUSH.' })
  channel!: ChannelName;

  @Field(() => String, { description: 'Email address, phone number or device token.' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'Email subject or push title; null for SMS.' })
  subject!: string | null;

  @Field(() => String, { description: 'The text.' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'The HTML part of an email.' })
  html!: string | null;

  @Field(() => ID, { nullable: true, description: 'The delivery that produced it.' })
  deliveryId!: string | null;

  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt!: Date;
}

export const CapturedMessageConnection = ConnectionType(
  CapturedMessage,
  'CapturedMessage',
  'A page of captured messages, newest first.',
);

const toCaptured = (record: CapturedMessageRecord) => Object.assign(new CapturedMessage(), record);

async function capturedPage(
  ctx: NotificationsContext,
  channel: ChannelName,
  to: string | null,
  first: number | null,
  after: string | null,
) {
  requireStaff(ctx);
  if (channel === 'IN_APP')
    throw badUserInput('In-app notifications are not captured; use EMAIL, SMS or PUSH.', ['channel']);
  const size = pageSize(first);
  const page = await ctx.services.captured.page({
    channel,
    to: to?.trim() || null,
    take: size + 1,
    after: decodeTimeCursor(after),
  });
  return timeConnection(page.rows, size, page.total, toCaptured);
}

@Resolver(() => CapturedMessage)
export class CapturedMessageResolver {
  @Query(() => CapturedMessageConnection, {
    description:
      'Emails the captured transport recorded instead of sending (staff only; empty when SMTP is configured).',
  })
  capturedEmails(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last message of the previous page.',
    })
    after: string | null,
    @Arg('to', () => String, {
      nullable: true,
      description: 'Only emails to this address (case-insensitive).',
    })
    to: string | null,
    @Ctx() ctx: NotificationsContext,
  ) {
    return capturedPage(ctx, 'EMAIL', to, first, after);
  }

  @Query(() => CapturedMessageConnection, {
    description:
      'Messages of one channel recorded by the captured transport or the simulated SMS and push providers (staff only).',
  })
  capturedMessages(
    @Arg('channel', () => NotificationChannel, { description: 'EMAIL, SMS or PUSH.' }) channel: ChannelName,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last message of the previous page.',
    })
    after: string | null,
    @Arg('to', () => String, {
      nullable: true,
      description: 'Only messages to this address, number or token.',
    })
    to: string | null,
    @Ctx() ctx: NotificationsContext,
  ) {
    return capturedPage(ctx, channel, to, first, after);
  }
}
