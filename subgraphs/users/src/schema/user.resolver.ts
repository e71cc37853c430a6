import { isStaffOrAdmin } from '@msa/auth';
import { requireIdentity, requireStaffOrServiceScope } from '@msa/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { UsersContext } from '../context';
import type { AddressRecord } from '../data/address.repo';
import type { UserRecord } from '../data/user.repo';
import { Address } from './address.type';
import { UpdateProfileInput } from './inputs';
import { toUserErrors, UserPayload } from './payloads';
import { mayViewPrivateFields } from './session-owner';
import { User } from './user.type';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when signed out.' })
  me(@Ctx() ctx: UsersContext): Promise<UserRecord | null> | null {
    if (!ctx.identity || ctx.identity.kind !== 'user') return null;
    return ctx.services.directory.load(ctx.loaders, ctx.identity.userId);
  }

  @Query(() => User, { nullable: true, description: 'A user by id (staff only).' })
  user(
    @Arg('id', () => ID, { description: 'User id.' }) id: string,
    @Ctx() ctx: UsersContext,
  ): Promise<UserRecord | null> {
    requireStaffOrServiceScope(ctx, 'users:read');
    return ctx.services.directory.load(ctx.loaders, id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Email address; null unless you are this user or staff.',
  })
  email(@Root() user: UserRecord, @Ctx() ctx: UsersContext): string | null {
    return mayViewPrivateFields(ctx.identity, user) ? user.email : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether an administrator disabled the account; null unless you are staff.',
  })
  disabled(@Root() user: UserRecord, @Ctx() ctx: UsersContext): boolean | null {
    return isStaffOrAdmin(ctx.identity) ? user.disabledAt !== null : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why the account was disabled; null when enabled or unless you are staff.',
  })
  disabledReason(@Root() user: UserRecord, @Ctx() ctx: UsersContext): string | null {
    return isStaffOrAdmin(ctx.identity) ? user.disabledReason : null;
  }

  @FieldResolver(() => [Address], {
    nullable: true,
    description: 'Address book, oldest first; null unless you are this user or staff.',
  })
  addresses(@Root() user: UserRecord, @Ctx() ctx: UsersContext): Promise<AddressRecord[]> | null {
    if (!mayViewPrivateFields(ctx.identity, user)) return null;
    return ctx.services.directory.addressesOf(ctx.loaders, user.id);
  }

  @FieldResolver(() => Address, {
    nullable: true,
    description: 'The default address; null when there is none or you may not see it.',
  })
  async defaultAddress(@Root() user: UserRecord, @Ctx() ctx: UsersContext): Promise<AddressRecord | null> {
    if (!mayViewPrivateFields(ctx.identity, user)) return null;
    const addresses = await ctx.services.directory.addressesOf(ctx.loaders, user.id);
    return addresses.find((address) => address.isDefault) ?? null;
  }

  @Mutation(() => UserPayload, { description: "Changes the signed-in user's name or email." })
  async updateProfile(
    @Arg('input', () => UpdateProfileInput) input: UpdateProfileInput,
    @Ctx() ctx: UsersContext,
  ): Promise<UserPayload> {
    const identity = requireIdentity(ctx);
    const outcome = await ctx.services.profiles.update(identity.userId, input);
    return Object.assign(
      new UserPayload(),
      outcome.ok
        ? { user: outcome.value, userErrors: [] }
        : { user: null, userErrors: toUserErrors(outcome.problems) },
    );
  }
}
