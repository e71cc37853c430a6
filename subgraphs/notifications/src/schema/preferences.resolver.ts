import { requireIdentity, userError, UserError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type {
  NotificationCategory as CategoryName,
  NotificationChannel as ChannelName,
} from '../domain/notification-catalog';
import type { Preference } from '../domain/preferences';
import type { NotificationsContext } from './context';
import { NotificationCategory, NotificationChannel } from './enums';

@ObjectType('NotificationPreference', {
  description: 'Whether one category of notifications may use one channel.',
})
export class NotificationPreference {
  @Field(() => NotificationCategory, { description: 'What the notifications are about.' })
  category!: CategoryName;

  @Field(() => NotificationChannel, { description: 'How they would reach you.' })
  channel!: ChannelName;

  @Field(() => Boolean, { description: 'True when this channel is used for this category.' })
  enabled!: boolean;

  @Field(() => Boolean, { description: 'Account and security email: always on, cannot be switched off.' })
  required!: boolean;
}

@InputType('NotificationPreferenceInput', { description: 'One preference to change.' })
export class NotificationPreferenceInput {
  @Field(() => NotificationCategory, { description: 'The category.' })
  category!: CategoryName;

  @Field(() => NotificationChannel, { description: 'The channel.' })
  channel!: ChannelName;

  @Field(() => Boolean, { description: 'Use this channel for this category.' })
  enabled!: boolean;
}

@InputType('UpdateNotificationPreferencesInput', {
  description: 'Preferences to change; the rest stay as they are.',
})
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], { description: 'The changes, applied together or not at all.' })
  preferences!: NotificationPreferenceInput[];
}

@ObjectType('UpdateNotificationPreferencesPayload', {
  description: 'Result of changing notification preferences.',
})
export class UpdateNotificationPreferencesPayload {
  @Field(() => [NotificationPreference], {
    nullable: true,
    description: 'All your preferences after the change.',
  })
  preferences!: NotificationPreference[] | null;

  @Field(() => [UserError], {
    description:
      'PREFERENCE_REQUIRED (account email cannot be switched off), CATEGORY_NOT_AVAILABLE (staff-only category), DUPLICATE_PREFERENCE, TOO_MANY_PREFERENCES.',
  })
  userErrors!: UserError[];
}

const toPreference = (preference: Preference) => Object.assign(new NotificationPreference(), preference);

@Resolver()
export class PreferencesResolver {
  @Query(() => [NotificationPreference], {
    description:
      'The signed-in user’s notification preferences: every category and channel, defaults included.',
  })
  async notificationPreferences(@Ctx() ctx: NotificationsContext): Promise<NotificationPreference[]> {
    return (await ctx.services.preferences.get(requireIdentity(ctx))).map(toPreference);
  }

  @Mutation(() => UpdateNotificationPreferencesPayload, {
    description: 'Switches channels on or off per category for the signed-in user.',
  })
  async updateNotificationPreferences(
    @Arg('input', () => UpdateNotificationPreferencesInput, { description: 'The changes.' })
    input: UpdateNotificationPreferencesInput,
    @Ctx() ctx: NotificationsContext,
  ): Promise<UpdateNotificationPreferencesPayload> {
    const outcome = await ctx.services.preferences.update(
      requireIdentity(ctx),
      input.preferences.map(({ category, channel, enabled }) => ({ category, channel, enabled })),
    );
    return Object.assign(
      new UpdateNotificationPreferencesPayload(),
      outcome.ok
        ? { preferences: outcome.preferences.map(toPreference), userErrors: [] }
        : {
            preferences: null,
            userErrors: outcome.problems.map((problem) =>
              userError(
                problem.code,
                problem.message,
                problem.index === null
                  ? ['input', 'preferences']
                  : ['input', 'preferences', String(problem.index)],
              ),
            ),
          },
    );
  }
}
