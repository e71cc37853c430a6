import { requireIdentity, UserError } from '@msa/subgraph-kit';
import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { UsersContext } from '../context';
import type { UserRecord } from '../data/user.repo';
import type { Outcome } from '../services/outcome';
import { authPayload, AuthPayload, toUserErrors, UserPayload } from './payloads';
import { User } from './user.type';

@ObjectType({
  description:
    'Result of asking for a password reset email. Identical whether or not the address has an account.',
})
export class PasswordResetRequestPayload {
  @Field(() => [UserError], {
    description: 'Only a malformed address (`INVALID_EMAIL`) or too many requests (`TOO_MANY_ATTEMPTS`).',
  })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of asking for an email verification link.' })
export class EmailVerificationRequestPayload {
  @Field(() => [UserError], {
    description: 'Why no email was sent: `EMAIL_ALREADY_VERIFIED` or `TOO_MANY_ATTEMPTS`.',
  })
  userErrors!: UserError[];
}

function errorsOnly<T extends object>(
  payload: new () => T & { userErrors: UserError[] },
  outcome: Outcome<true>,
) {
  return Object.assign(new payload(), { userErrors: outcome.ok ? [] : toUserErrors(outcome.problems) });
}

/** Password reset and email verification by mailed single-use links (services/password-reset, email-verification). */
@Resolver(() => User)
export class AccountRecoveryResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether the account holder proved they receive mail at the email address (by a verification or reset link). Changing the email clears it.',
  })
  emailVerified(@Root() user: UserRecord): boolean {
    return user.emailVerifiedAt !== null;
  }

  @Mutation(() => PasswordResetRequestPayload, {
    description:
      'Emails a password reset link (single use, valid 30 minutes) if the address belongs to an active account. The answer is the same either way. Limited to 3 requests per address and 20 per client per hour.',
  })
  async requestPasswordReset(
    @Arg('email', () => String, { description: 'The email the account was registered with.' }) email: string,
    @Ctx() ctx: UsersContext,
  ): Promise<PasswordResetRequestPayload> {
    return errorsOnly(
      PasswordResetRequestPayload,
      await ctx.services.passwordReset.request(email, ctx.clientIp),
    );
  }

  @Mutation(() => AuthPayload, {
    description:
      'Sets a new password with the token from a reset email, ends every session of the account (refresh tokens and access tokens) and signs in. A used, expired or unknown token is a userError (`LINK_ALREADY_USED`, `LINK_EXPIRED`, `INVALID_LINK`); so is a weak password (`WEAK_PASSWORD`), which leaves the token usable.',
  })
  async resetPassword(
    @Arg('token', () => String, { description: 'The `token` parameter of the reset link.' }) token: string,
    @Arg('newPassword', () => String, { description: 'The new password; same rules as at registration.' })
    newPassword: string,
    @Ctx() ctx: UsersContext,
  ): Promise<AuthPayload> {
    return authPayload(await ctx.services.passwordReset.reset(token, newPassword));
  }

  @Mutation(() => EmailVerificationRequestPayload, {
    description:
      "Emails a verification link (single use, valid 24 hours) to the signed-in user's address. Limited like `requestPasswordReset`.",
  })
  async requestEmailVerification(@Ctx() ctx: UsersContext): Promise<EmailVerificationRequestPayload> {
    const identity = requireIdentity(ctx);
    return errorsOnly(
      EmailVerificationRequestPayload,
      await ctx.services.emailVerification.request(identity.userId, ctx.clientIp),
    );
  }

  @Mutation(() => UserPayload, {
    description:
      'Marks the email verified with the token from a verification email. Works signed out; signed in as another account it answers `LINK_FOR_ANOTHER_ACCOUNT`. Used, expired or unknown tokens, and links to an address the account no longer has, are userErrors.',
  })
  async verifyEmail(
    @Arg('token', () => String, { description: 'The `token` parameter of the verification link.' })
    token: string,
    @Ctx() ctx: UsersContext,
  ): Promise<UserPayload> {
    const caller = ctx.identity?.kind === 'user' ? ctx.identity.userId : null;
    const outcome = await ctx.services.emailVerification.verify(token, caller);
    return Object.assign(
      new UserPayload(),
      outcome.ok
        ? { user: outcome.value, userErrors: [] }
        : { user: null, userErrors: toUserErrors(outcome.problems) },
    );
  }
}
