import { requireIdentity } from '@msa/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { UsersContext } from '../context';
import { authPayload, LogoutPayload, toUserErrors, AuthPayload } from './payloads';
import { RegisterInput } from './inputs';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  async register(
    @Arg('input', () => RegisterInput) input: RegisterInput,
    @Ctx() ctx: UsersContext,
  ): Promise<AuthPayload> {
    return authPayload(await ctx.services.auth.register(input));
  }

  @Mutation(() => AuthPayload, {
    description: 'Signs in with email and password. Repeated failures are throttled.',
  })
  async login(
    @Arg('email', () => String, { description: 'Account email.' }) email: string,
    @Arg('password', () => String, { description: 'Account password.' }) password: string,
    @Ctx() ctx: UsersContext,
  ): Promise<AuthPayload> {
    return authPayload(await ctx.services.auth.login(email, password, ctx.clientIp));
  }

  @Mutation(() => AuthPayload, {
    description: 'Exchanges a refresh token for new tokens; the presented one stops working.',
  })
  async refreshToken(
    @Arg('refreshToken', () => String, { description: 'The latest refresh token of the session.' })
    refreshToken: string,
    @Ctx() ctx: UsersContext,
  ): Promise<AuthPayload> {
    return authPayload(await ctx.services.sessions.refresh(refreshToken));
  }

  @Mutation(() => LogoutPayload, { description: 'Ends the session the refresh token belongs to.' })
  async logout(
    @Arg('refreshToken', () => String, { description: 'A refresh token of the session to end.' })
    refreshToken: string,
    @Ctx() ctx: UsersContext,
  ): Promise<LogoutPayload> {
    const outcome = await ctx.services.sessions.end(refreshToken);
    return Object.assign(new LogoutPayload(), {
      success: outcome.ok,
      userErrors: outcome.ok ? [] : toUserErrors(outcome.problems),
    });
  }

  @Mutation(() => AuthPayload, {
    description: 'Changes the password, ends every session and starts a new one.',
  })
  async changePassword(
    @Arg('currentPassword', () => String, { description: 'The password in use now.' })
    currentPassword: string,
    @Arg('newPassword', () => String, { description: 'The new password; same rules as at registration.' })
    newPassword: string,
    @Ctx() ctx: UsersContext,
  ): Promise<AuthPayload> {
    const identity = requireIdentity(ctx);
    return authPayload(await ctx.services.auth.changePassword(identity.userId, currentPassword, newPassword));
  }
}
