import { requireAdmin, requireStaff, userError, UserError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type {
  NotificationCategory as CategoryName,
  NotificationChannel as ChannelName,
} from '../domain/notification-catalog';
import { NOTIFICATION_KINDS } from '../domain/notification-kinds';
import type { TemplateUpdateOutcome, TemplateView } from '../services/templates.service';
import type { NotificationsContext } from './context';
import { NotificationCategory, NotificationChannel } from './enums';

@ObjectType('NotificationTemplate', {
  description: 'The wording of one kind of notification on one channel.',
})
export class NotificationTemplate {
  @Field(() => String, { description: 'Template key, e.g. order.shipped.' })
  key!: string;

  @Field(() => NotificationChannel, { description: 'The channel it is for.' })
  channel!: ChannelName;

  @Field(() => NotificationCategory, { description: 'The category it belongs to.' })
  category!: CategoryName;

  @Field(() => String, { description: 'When it is sent.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Email subject, push or in-app title; null for SMS.' })
  subject!: string | null;

  @Field(() => String, { description: 'The message, with {{placeholders}}.' })
  body!: string;

  @Field(() => [String], { description: 'Placeholders this template may use, e.g. name, orderNumber.' })
  placeholders!: string[];

  @Field(() => Boolean, { description: 'True while it is the wording shipped with the service.' })
  isDefault!: boolean;

  @Field(() => String, { nullable: true, description: 'Id of the administrator who last edited it.' })
  updatedBy!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last edited.' })
  updatedAt!: Date | null;
}

@ObjectType('UpdateNotificationTemplatePayload', {
  description: 'Result of editing or resetting a template.',
})
export class UpdateNotificationTemplatePayload {
  @Field(() => NotificationTemplate, { nullable: true, description: 'The template as it is now.' })
  template!: NotificationTemplate | null;

  @Field(() => [UserError], {
    description:
      'TEMPLATE_NOT_FOUND, UNKNOWN_PLACEHOLDER, MALFORMED_PLACEHOLDER, SUBJECT_REQUIRED, SUBJECT_NOT_ALLOWED, SUBJECT_TOO_LONG, BODY_REQUIRED, BODY_TOO_LONG.',
  })
  userErrors!: UserError[];
}

const toTemplate = (view: TemplateView) =>
  Object.assign(new NotificationTemplate(), {
    ...view,
    category: NOTIFICATION_KINDS[view.key].category,
    placeholders: [...view.placeholders],
  });

const toPayload = (outcome: TemplateUpdateOutcome) =>
  Object.assign(
    new UpdateNotificationTemplatePayload(),
    outcome.ok
      ? { template: toTemplate(outcome.template), userErrors: [] }
      : {
          template: null,
          userErrors: outcome.problems.map((problem) =>
            userError(problem.code, problem.message, [problem.field]),
          ),
        },
  );

@Resolver(() => NotificationTemplate)
export class TemplateResolver {
  @Query(() => [NotificationTemplate], { description: 'Every notification template (staff only).' })
  async notificationTemplates(@Ctx() ctx: NotificationsContext): Promise<NotificationTemplate[]> {
    requireStaff(ctx);
    return (await ctx.services.templates.list()).map(toTemplate);
  }

  @Mutation(() => UpdateNotificationTemplatePayload, {
    description:
      'Rewords a template (administrators only); placeholders are checked against what the notification provides.',
  })
  async updateNotificationTemplate(
    @Arg('key', () => String, { description: 'Template key, e.g. order.shipped.' }) key: string,
    @Arg('channel', () => NotificationChannel, { description: 'The channel.' }) channel: ChannelName,
    @Arg('subject', () => String, { nullable: true, description: 'Subject or title; omit for SMS.' })
    subject: string | null,
    @Arg('body', () => String, { description: 'The message, with {{placeholders}}.' }) body: string,
    @Ctx() ctx: NotificationsContext,
  ): Promise<UpdateNotificationTemplatePayload> {
    const admin = requireAdmin(ctx);
    return toPayload(await ctx.services.templates.update(admin, key, channel, subject, body));
  }

  @Mutation(() => UpdateNotificationTemplatePayload, {
    description: 'Restores the wording shipped with the service (administrators only).',
  })
  async resetNotificationTemplate(
    @Arg('key', () => String, { description: 'Template key.' }) key: string,
    @Arg('channel', () => NotificationChannel, { description: 'The channel.' }) channel: ChannelName,
    @Ctx() ctx: NotificationsContext,
  ): Promise<UpdateNotificationTemplatePayload> {
    requireAdmin(ctx);
    return toPayload(await ctx.services.templates.reset(key, channel));
  }
}
