import type { UserRoleName as Role } from '@msa/auth';
import {
  badUserInput,
  byKeys,
  decodeCursor,
  encodeCursor,
  notFound,
  pageSize,
  toConnection,
  type Connection,
  type LoaderRegistry,
} from '@msa/subgraph-kit';
import type { AddressRecord, AddressRepo } from '../data/address.repo';
import { isUuid } from '../data/database';
import type { UserPageCursor, UserRecord, UserRepo } from '../data/user.repo';
import { UserErrorCode } from '../domain/user-error-codes';
import { failure, problem, success, type Outcome } from './outcome';
import type { SessionService } from './session.service';

const MAX_DISABLE_REASON_LENGTH = 500;

const MAX_SEARCH_LENGTH = 100;

function isUserCursor(value: unknown): value is UserPageCursor {
  if (typeof value !== 'object' || value === null) return false;
  const { createdAt, id } = value as Record<string, unknown>;
  return (
    typeof createdAt === 'string' &&
    !Number.isNaN(Date.parse(createdAt)) &&
    typeof id === 'string' &&
    isUuid(id)
  );
}

function cursorOf(user: UserRecord): string {
  return encodeCursor({ createdAt: user.createdAt.toISOString(), id: user.id } satisfies UserPageCursor);
}

export interface UserListArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}

/** Looking users up: batched entity loads for federation and the admin user list. */
export class UserDirectoryService {
  constructor(
    private readonly deps: {
      users: UserRepo;
      addresses: AddressRepo;
      sessions: Pick<SessionService, 'endAll' | 'endAccessTokens'>;
    },
  ) {}

  /** Every reference to a user in one operation is fetched with one query. */
  load(loaders: LoaderRegistry, id: string): Promise<UserRecord | null> {
    return loaders
      .get<
        string,
        UserRecord | null
      >('User', async (ids) => byKeys(ids, await this.deps.users.findByIds(ids), (user) => user.id))
      .load(id);
  }

  addressesOf(loaders: LoaderRegistry, userId: string): Promise<AddressRecord[]> {
    return loaders
      .get<string, AddressRecord[]>('User.addresses', async (userIds) => {
        const rows = await this.deps.addresses.listForUsers(userIds);
        return userIds.map((id) => rows.filter((row) => row.userId === id));
      })
      .load(userId);
  }

  async list(args: UserListArgs): Promise<Connection<UserRecord>> {
    const size = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, isUserCursor) : null;
    const search = args.search?.trim() || null;
    if (search && search.length > MAX_SEARCH_LENGTH)
      throw badUserInput(`"search" must have at most ${MAX_SEARCH_LENGTH} characters`, ['search']);
    const { rows, total } = await this.deps.users.page({ take: size + 1, after, search });
    return toConnection(rows, size, total, cursorOf);
  }

  /** Admins cannot change their own role, so the last admin cannot lock everyone out by accident. */
  async setRole(actorId: string, userId: string, role: Role): Promise<Outcome<UserRecord>> {
    if (actorId === userId) {
      return failure(
        problem(
          UserErrorCode.CANNOT_CHANGE_OWN_ROLE,
          'You cannot change your own role; ask another administrator.',
          ['userId'],
        ),
      );
    }
    const user = await this.deps.users.findById(userId);
    if (!user) throw notFound('User');
    if (user.role === role) return success(user);
    const updated = await this.deps.users.setRole(userId, role);
    // Tokens carry the role: the old ones end now, the next refresh carries the new role.
    await this.deps.sessions.endAccessTokens(userId);
    return success(updated);
  }

  /**
   * Disables an account (admins only, never their own): sign-in and refresh are refused, every session ends
   * and the user's access tokens stop working within a second.
   */
  async disable(actorId: string, userId: string, rawReason: string): Promise<Outcome<UserRecord>> {
    if (actorId === userId)
      return failure(
        problem(UserErrorCode.CANNOT_DISABLE_SELF, 'You cannot disable your own account.', ['userId']),
      );
    const reason = rawReason.trim();
    if (!reason || [...reason].length > MAX_DISABLE_REASON_LENGTH)
      return failure(
        problem(
          UserErrorCode.INVALID_INPUT,
          `Give a reason of 1 to ${MAX_DISABLE_REASON_LENGTH} characters.`,
          ['reason'],
        ),
      );
    const user = await this.deps.users.findById(userId);
    if (!user) throw notFound('User');
    const updated = await this.deps.users.setDisabled(userId, { at: new Date(), reason });
    await this.deps.sessions.endAll(userId, 'ACCOUNT_DISABLED');
    return success(updated);
  }

  /** Enables a disabled account again; the user signs in anew. */
  async enable(userId: string): Promise<Outcome<UserRecord>> {
    const user = await this.deps.users.findById(userId);
    if (!user) throw notFound('User');
    return success(user.disabledAt ? await this.deps.users.setDisabled(userId, null) : user);
  }
}
