import { requireIdentity, userError, UserError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { PushPlatform as PlatformName, PushTokenRecord } from '../data/push-token.repo';
import type { NotificationsContext } from './context';
import { PushPlatform } from './enums';

@ObjectType('PushDevice', { description: 'A device registered to receive push notifications.' })
export class PushDevice {
  @Field(() => ID, { description: 'Registration id.' })
  id!: string;

  @Field(() => String, { description: 'The provider token of the device.' })
  token!: string;

  @Field(() => PushPlatform, { description: 'The device platform.' })
  platform!: PlatformName;

  @Field(() => Date, { description: 'When the device was first registered.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last registered (apps register on every start).' })
  lastRegisteredAt!: Date;
}

@ObjectType('RegisterPushTokenPayload', {
  description: 'Result of registering a device for push notifications.',
})
export class RegisterPushTokenPayload {
  @Field(() => PushDevice, { nullable: true, description: 'The registered device.' })
  device!: PushDevice | null;

  @Field(() => [UserError], {
    description:
      'INVALID_PUSH_TOKEN when the token is malformed; PUSH_TOKEN_IN_USE when another account holds it.',
  })
  userErrors!: UserError[];
}

@ObjectType('UnregisterPushTokenPayload', {
  description: 'Result of removing a device from push notifications.',
})
export class UnregisterPushTokenPayload {
  @Field(() => Boolean, { description: 'True when the token was registered to you and is now removed.' })
  removed!: boolean;

  @Field(() => [UserError], {
    description: 'Always empty; removing an unknown token simply removes nothing.',
  })
  userErrors!: UserError[];
}

const toDevice = (record: PushTokenRecord) =>
  Object.assign(new PushDevice(), {
    id: record.id,
    token: record.token,
    platform: record.platform,
    createdAt: record.createdAt,
    lastRegisteredAt: record.lastRegisteredAt,
  });

@Resolver()
export class PushTokenResolver {
  @Query(() => [PushDevice], {
    description: 'The signed-in user’s devices registered for push notifications.',
  })
  async myPushDevices(@Ctx() ctx: NotificationsContext): Promise<PushDevice[]> {
    return (await ctx.services.pushTokens.mine(requireIdentity(ctx))).map(toDevice);
  }

  @Mutation(() => RegisterPushTokenPayload, {
    description:
      'Registers this device for push notifications of the signed-in user. A token another account registered moves to you only once that registration is unregistered, disabled by the provider or stale (30 days without registering); until then PUSH_TOKEN_IN_USE.',
  })
  async registerPushToken(
    @Arg('token', () => String, { description: 'The push provider’s token for this device.' }) token: string,
    @Arg('platform', () => PushPlatform, { description: 'The device platform.' }) platform: PlatformName,
    @Ctx() ctx: NotificationsContext,
  ): Promise<RegisterPushTokenPayload> {
    const outcome = await ctx.services.pushTokens.register(requireIdentity(ctx), token, platform);
    return Object.assign(
      new RegisterPushTokenPayload(),
      outcome.ok
        ? { device: toDevice(outcome.token), userErrors: [] }
        : { device: null, userErrors: [userError(outcome.code, outcome.message, ['token'])] },
    );
  }

  @Mutation(() => UnregisterPushTokenPayload, {
    description: 'Stops push notifications to one of your devices.',
  })
  async unregisterPushToken(
    @Arg('token', () => String, { description: 'The device’s token.' }) token: string,
    @Ctx() ctx: NotificationsContext,
  ): Promise<UnregisterPushTokenPayload> {
    const removed = await ctx.services.pushTokens.unregister(requireIdentity(ctx), token);
    return Object.assign(new UnregisterPushTokenPayload(), { removed, userErrors: [] });
  }
}
