import { requireAdmin, requireStaff, type Connection } from '@msa/subgraph-kit';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { UsersContext } from '../context';
import type { UserRecord } from '../data/user.repo';
import type { Outcome } from '../services/outcome';
import { toUserErrors, UserPayload } from './payloads';
import { UserRole } from './user-role';
import { UserConnection } from './user.type';

@Resolver()
export class AdminResolver {
  @Query(() => UserConnection, { description: 'All users, newest first (staff only).' })
  users(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from `pageInfo.endCursor`.' })
    after: string | null,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Matches email or name, case-insensitively.',
    })
    search: string | null,
    @Ctx() ctx: UsersContext,
  ): Promise<Connection<UserRecord>> {
    requireStaff(ctx);
    return ctx.services.directory.list({ first, after, search });
  }

  @Mutation(() => UserPayload, { description: "Changes a user's role (admins only; not your own)." })
  async setUserRole(
    @Arg('userId', () => ID, { description: 'User to change.' }) userId: string,
    @Arg('role', () => UserRole, { description: 'The new role.' }) role: keyof typeof UserRole,
    @Ctx() ctx: UsersContext,
  ): Promise<UserPayload> {
    const admin = requireAdmin(ctx);
    const outcome = await ctx.services.directory.setRole(admin.userId, userId, role);
    return Object.assign(
      new UserPayload(),
      outcome.ok
        ? { user: outcome.value, userErrors: [] }
        : { user: null, userErrors: toUserErrors(outcome.problems) },
    );
  }

  @Mutation(() => UserPayload, {
    description:
      'Disables an account (admins only; not your own): sign-in and refresh are refused and its access tokens stop working within seconds.',
  })
  async disableUser(
    @Arg('userId', () => ID, { description: 'User to disable.' }) userId: string,
    @Arg('reason', () => String, { description: 'Why, 1 to 500 characters; shown to administrators.' })
    reason: string,
    @Ctx() ctx: UsersContext,
  ): Promise<UserPayload> {
    const admin = requireAdmin(ctx);
    return toPayload(await ctx.services.directory.disable(admin.userId, userId, reason));
  }

  @Mutation(() => UserPayload, { description: 'Enables a disabled account again (admins only).' })
  async enableUser(
    @Arg('userId', () => ID, { description: 'User to enable.' }) userId: string,
    @Ctx() ctx: UsersContext,
  ): Promise<UserPayload> {
    requireAdmin(ctx);
    return toPayload(await ctx.services.directory.enable(userId));
  }
}

function toPayload(outcome: Outcome<UserRecord>): UserPayload {
  return Object.assign(
    new UserPayload(),
    outcome.ok
      ? { user: outcome.value, userErrors: [] }
      : { user: null, userErrors: toUserErrors(outcome.problems) },
  );
}
