import type { Logger } from '@msa/subgraph-kit';
import type { AccountTokenRepo } from '../data/account-token.repo';
import type { UserRepo } from '../data/user.repo';
import { accountLink, accountTokenExpiry, accountTokenProblem } from '../domain/account-token';
import { normaliseEmail, parseEmail } from '../domain/email';
import { UserErrorCode } from '../domain/user-error-codes';
import type { PasswordHasher } from '../security/password-hasher';
import { newLinkSecret, presentedLinkHash, spendMailQuota, type AccountLinkDeps } from './account-links';
import { weakPasswordProblem } from './auth.service';
import { failure, problem, success, type Outcome } from './outcome';
import type { Session, SessionService } from './session.service';

export interface PasswordResetDeps extends AccountLinkDeps {
  users: UserRepo;
  tokens: AccountTokenRepo;
  hasher: PasswordHasher;
  sessions: SessionService;
  logger: Logger;
}

const INVALID_LINK = problem(
  UserErrorCode.INVALID_LINK,
  'This link is not valid. Request a new password reset email.',
  ['token'],
);

/** "Forgot password": a mailed single-use link (30 minutes) that sets a new password and ends every session. */
export class PasswordResetService {
  private readonly clock: () => Date;

  constructor(private readonly deps: PasswordResetDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /**
   * The same answer whether or not the email belongs to an account (and whether the account may sign in):
   * only a malformed address or a spent quota is reported, and both are decided before any lookup.
   */
  async request(rawEmail: string, clientIp: string): Promise<Outcome<true>> {
    const email = parseEmail(rawEmail, ['email']);
    if (!email.ok) return failure(email.problem);
    const now = this.clock();
    const throttled = await spendMailQuota(this.deps, email.email, clientIp, now.getTime());
    if (throttled) return failure(throttled);

    const user = await this.deps.users.findCredentialsByEmail(email.email);
    if (!user || user.disabledAt) {
      this.deps.logger.info({ clientIp }, 'password reset requested for no active account; nothing sent');
      return success(true);
    }
    const { token, tokenHash } = newLinkSecret();
    const expiresAt = accountTokenExpiry('PASSWORD_RESET', now);
    await this.deps.tokens.issue(
      { userId: user.id, purpose: 'PASSWORD_RESET', email: user.email, tokenHash, expiresAt },
      {
        name: 'user.password_reset_requested',
        payload: {
          userId: user.id,
          resetUrl: accountLink(this.deps.storefrontOrigin, 'PASSWORD_RESET', token),
          expiresAt: expiresAt.toISOString(),
        },
      },
    );
    return success(true);
  }

  /**
   * Checks the link and the new password, uses the link once, ends every session of the account (refresh
   * tokens revoked, access tokens refused) and starts a new one. Nothing changes when anything is wrong.
   */
  async reset(rawToken: string, newPassword: string): Promise<Outcome<Session>> {
    const now = this.clock();
    const hash = presentedLinkHash(rawToken);
    const stored = hash ? await this.deps.tokens.findByHash(hash) : null;
    const linkProblem = accountTokenProblem(stored, 'PASSWORD_RESET', now);
    if (linkProblem || !stored) return failure(linkProblem ?? INVALID_LINK);

    const account = await this.deps.users.findById(stored.userId);
    if (!account) return failure(INVALID_LINK);
    if (account.disabledAt)
      return failure(
        problem(UserErrorCode.ACCOUNT_DISABLED, 'This account has been disabled. Contact support for help.'),
      );
    const weak = weakPasswordProblem(newPassword, normaliseEmail(account.email), ['newPassword']);
    if (weak) return failure(weak);

    const user = await this.deps.tokens.consumePasswordReset(
      stored,
      await this.deps.hasher.hash(newPassword),
      now,
    );
    // Used by a concurrent request between the check and the claim.
    if (!user) return failure(accountTokenProblem({ ...stored, usedAt: now }, 'PASSWORD_RESET', now)!);
    await this.deps.sessions.endAll(user.id, 'PASSWORD_CHANGED');
    return success(await this.deps.sessions.start(user));
  }
}
