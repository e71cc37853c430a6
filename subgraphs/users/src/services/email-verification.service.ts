import { notFound } from '@msa/subgraph-kit';
import type { AccountTokenRepo } from '../data/account-token.repo';
import type { UserRecord, UserRepo } from '../data/user.repo';
import { accountLink, accountTokenExpiry, accountTokenProblem } from '../domain/account-token';
import { UserErrorCode } from '../domain/user-error-codes';
import { newLinkSecret, presentedLinkHash, spendMailQuota, type AccountLinkDeps } from './account-links';
import { failure, problem, success, type Outcome } from './outcome';

export interface EmailVerificationDeps extends AccountLinkDeps {
  users: UserRepo;
  tokens: AccountTokenRepo;
}

const FIELD = ['token'];

/** Proving the account's email: a mailed single-use link (24 hours) that marks the address verified. */
export class EmailVerificationService {
  private readonly clock: () => Date;

  constructor(private readonly deps: EmailVerificationDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** Mails a verification link to the signed-in user's current address; throttled like reset requests. */
  async request(userId: string, clientIp: string): Promise<Outcome<true>> {
    const user = await this.deps.users.findById(userId);
    if (!user) throw notFound('User');
    if (user.emailVerifiedAt)
      return failure(problem(UserErrorCode.EMAIL_ALREADY_VERIFIED, 'Your email is already verified.'));
    const now = this.clock();
    const throttled = await spendMailQuota(this.deps, user.email, clientIp, now.getTime());
    if (throttled) return failure(throttled);

    const { token, tokenHash } = newLinkSecret();
    const expiresAt = accountTokenExpiry('EMAIL_VERIFICATION', now);
    await this.deps.tokens.issue(
      { userId: user.id, purpose: 'EMAIL_VERIFICATION', email: user.email, tokenHash, expiresAt },
      {
        name: 'user.email_verification_requested',
        payload: {
          userId: user.id,
          verifyUrl: accountLink(this.deps.storefrontOrigin, 'EMAIL_VERIFICATION', token),
          expiresAt: expiresAt.toISOString(),
        },
      },
    );
    return success(true);
  }

  /**
   * Uses the link: the address it was mailed to becomes verified, if it is still the account's address. The
   * link works signed out (it may be opened on another device); signed in as someone else, it is refused and
   * left unused.
   */
  async verify(rawToken: string, callerUserId: string | null): Promise<Outcome<UserRecord>> {
    const now = this.clock();
    const hash = presentedLinkHash(rawToken);
    const stored = hash ? await this.deps.tokens.findByHash(hash) : null;
    const linkProblem = accountTokenProblem(stored, 'EMAIL_VERIFICATION', now);
    if (linkProblem || !stored) return failure(linkProblem!);
    if (callerUserId && callerUserId !== stored.userId)
      return failure(
        problem(
          UserErrorCode.LINK_FOR_ANOTHER_ACCOUNT,
          'This link belongs to another account. Sign out, then open it again.',
          FIELD,
        ),
      );
    const user = await this.deps.users.findById(stored.userId);
    const stale = problem(
      UserErrorCode.INVALID_LINK,
      'This link was sent to an address that is no longer on the account. Send a new verification email.',
      FIELD,
    );
    if (!user || user.email !== stored.email) return failure(stale);
    const verified = await this.deps.tokens.consumeEmailVerification(stored, now);
    // Null only when a concurrent request used the link (or changed the email) in the meantime.
    if (!verified)
      return failure(accountTokenProblem({ ...stored, usedAt: now }, 'EMAIL_VERIFICATION', now) ?? stale);
    return success(verified);
  }
}
