import type { AccessTokenSigner, SessionVersionStore } from '@msa/auth';
import type { Logger } from '@msa/subgraph-kit';
import type { RefreshTokenRepo } from '../data/refresh-token.repo';
import type { UserRecord, UserRepo } from '../data/user.repo';
import {
  decideRefresh,
  refreshTokenExpiry,
  reuseGraceStart,
  REUSE_MESSAGE,
  UNKNOWN_TOKEN_MESSAGE,
  type SessionRevocationReason,
} from '../domain/refresh-token-rotation';
import { UserErrorCode } from '../domain/user-error-codes';
import { generateRefreshToken, hashRefreshToken } from '../security/refresh-token-secret';
import { failure, problem, success, type Outcome } from './outcome';

/** What a successful sign-in, registration or refresh hands to the client. */
export interface Session {
  user: UserRecord;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export interface SessionServiceDeps {
  users: UserRepo;
  tokens: RefreshTokenRepo;
  signer: AccessTokenSigner;
  /** Session versions: raised to end a user's access tokens; new tokens carry the current one. */
  versions: SessionVersionStore;
  accessTokenTtlSeconds: number;
  logger: Logger;
  clock?: () => Date;
}

const FIELD = ['refreshToken'];

/** Issues access tokens and rotates refresh tokens; a session is one refresh-token family. */
export class SessionService {
  private readonly clock: () => Date;

  constructor(private readonly deps: SessionServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  async start(user: UserRecord): Promise<Session> {
    const now = this.clock();
    const refreshToken = generateRefreshToken();
    const refreshTokenExpiresAt = refreshTokenExpiry(now);
    await this.deps.tokens.startFamily(user.id, hashRefreshToken(refreshToken), refreshTokenExpiresAt);
    return { ...(await this.accessToken(user, now)), user, refreshToken, refreshTokenExpiresAt };
  }

  async refresh(presented: string): Promise<Outcome<Session>> {
    const now = this.clock();
    const stored = await this.deps.tokens.findByHash(hashRefreshToken(presented));
    if (!stored) return failure(problem(UserErrorCode.INVALID_REFRESH_TOKEN, UNKNOWN_TOKEN_MESSAGE, FIELD));
    const decision = decideRefresh(stored, now);
    if (decision.action === 'reject') return failure(problem(decision.code, decision.message, FIELD));
    if (decision.action === 'revoke-family')
      return this.reuseDetected(stored.familyId, stored.family.userId, now);
    // 'rotate' or 'reissue': the exchange itself tells which applies when a concurrent refresh got there first.

    // The role is read again so that a role change takes effect at the next refresh.
    const user = await this.deps.users.findById(stored.family.userId);
    if (!user)
      return failure(problem(UserErrorCode.INVALID_REFRESH_TOKEN, 'This account no longer exists.', FIELD));
    if (user.disabledAt)
      return failure(problem(UserErrorCode.ACCOUNT_DISABLED, 'This account has been disabled.', FIELD));
    const refreshToken = generateRefreshToken();
    const refreshTokenExpiresAt = refreshTokenExpiry(now);
    const exchanged = await this.deps.tokens.exchange(
      stored.id,
      stored.familyId,
      { tokenHash: hashRefreshToken(refreshToken), expiresAt: refreshTokenExpiresAt },
      now,
      reuseGraceStart(now),
    );
    if (!exchanged) return this.reuseDetected(stored.familyId, user.id, now);
    return success({ ...(await this.accessToken(user, now)), user, refreshToken, refreshTokenExpiresAt });
  }

  /** Logout: ends the session the token belongs to. Ending an already ended session succeeds. */
  async end(presented: string): Promise<Outcome<true>> {
    const stored = await this.deps.tokens.findByHash(hashRefreshToken(presented));
    if (!stored) return failure(problem(UserErrorCode.INVALID_REFRESH_TOKEN, UNKNOWN_TOKEN_MESSAGE, FIELD));
    await this.deps.tokens.revokeFamily(stored.familyId, 'LOGOUT', this.clock());
    // The user's access tokens end too (other devices refresh into new ones).
    await this.deps.versions.revoke(stored.family.userId);
    return success(true);
  }

  /** Ends every session of the user: refresh tokens revoked, access tokens refused within a second. */
  async endAll(userId: string, reason: SessionRevocationReason): Promise<void> {
    await this.deps.tokens.revokeAllForUser(userId, reason, this.clock());
    await this.deps.versions.revoke(userId);
  }

  /** Ends the user's access tokens only (a role change): the next refresh issues one with the new role. */
  async endAccessTokens(userId: string): Promise<void> {
    await this.deps.versions.revoke(userId);
  }

  private async reuseDetected(familyId: string, userId: string, now: Date): Promise<Outcome<Session>> {
    await this.deps.tokens.revokeFamily(familyId, 'REUSE_DETECTED', now);
    this.deps.logger.warn({ familyId, userId }, 'refresh token reuse detected; session revoked');
    return failure(problem(UserErrorCode.REFRESH_TOKEN_REUSED, REUSE_MESSAGE, FIELD));
  }

  private async accessToken(
    user: UserRecord,
    now: Date,
  ): Promise<Pick<Session, 'accessToken' | 'accessTokenExpiresAt'>> {
    const ttl = this.deps.accessTokenTtlSeconds;
    return {
      accessToken: await this.deps.signer.sign(
        {
          userId: user.id,
          role: user.role,
          kind: 'user',
          sessionVersion: await this.deps.versions.current(user.id),
        },
        ttl,
      ),
      accessTokenExpiresAt: new Date(now.getTime() + ttl * 1000),
    };
  }
}
