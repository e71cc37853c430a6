import { notFound } from '@msa/subgraph-kit';
import type { LoginAttemptStore } from '../data/login-attempts.store';
import { isEmailTaken, type UserRepo } from '../data/user.repo';
import { normaliseEmail, parseEmail } from '../domain/email';
import {
  evaluateLoginThrottle,
  tooManyAttemptsProblem,
  type LoginThrottlePolicy,
} from '../domain/login-throttle';
import { checkPassword, PASSWORD_MAX_LENGTH } from '../domain/password-policy';
import { checkText, DISPLAY_NAME_RULE } from '../domain/text-field';
import { UserErrorCode, type FieldProblem } from '../domain/user-error-codes';
import type { PasswordHasher } from '../security/password-hasher';
import { failure, problem, success, type Outcome } from './outcome';
import type { Session, SessionService } from './session.service';

export interface RegisterInput {
  email: string;
  password: string;
  name: string;
}

export interface AuthServiceDeps {
  users: UserRepo;
  hasher: PasswordHasher;
  attempts: LoginAttemptStore;
  throttle: LoginThrottlePolicy;
  sessions: SessionService;
}

const INVALID_CREDENTIALS = problem(UserErrorCode.INVALID_CREDENTIALS, 'The email or password is incorrect.');

export function weakPasswordProblem(password: string, email: string, field: string[]): FieldProblem | null {
  const check = checkPassword(password, email);
  return check.ok ? null : problem(UserErrorCode.WEAK_PASSWORD, check.message, field);
}

/** Registration, sign-in and password changes. */
export class AuthService {
  constructor(private readonly deps: AuthServiceDeps) {}

  async register(input: RegisterInput): Promise<Outcome<Session>> {
    const email = parseEmail(input.email, ['input', 'email']);
    const name = checkText(input.name, DISPLAY_NAME_RULE, ['input', 'name']);
    const problems: FieldProblem[] = [];
    if (!email.ok) problems.push(email.problem);
    if (!name.ok) problems.push(name.problem);
    const weak = weakPasswordProblem(input.password, normaliseEmail(input.email), ['input', 'password']);
    if (weak) problems.push(weak);
    if (!email.ok || !name.ok || problems.length) return failure(...problems);

    const passwordHash = await this.deps.hasher.hash(input.password);
    const created = await this.deps.users.createWithEvent({
      email: email.email,
      name: name.value,
      passwordHash,
    });
    if (isEmailTaken(created)) {
      return failure(
        problem(UserErrorCode.EMAIL_TAKEN, 'An account with this email already exists. Sign in instead.', [
          'input',
          'email',
        ]),
      );
    }
    return success(await this.deps.sessions.start(created));
  }

  /**
   * Every failure looks the same (INVALID_CREDENTIALS) and costs one argon2 verification, whether or not the
   * account exists, so neither the answer nor its timing reveals who is registered.
   */
  async login(rawEmail: string, password: string, clientIp: string): Promise<Outcome<Session>> {
    const email = normaliseEmail(rawEmail);
    const blocked = evaluateLoginThrottle(
      await this.deps.attempts.windows(email, clientIp),
      this.deps.throttle,
    );
    if (!blocked.allowed) return failure(tooManyAttemptsProblem(blocked.retryAfterSeconds));

    const account = await this.deps.users.findCredentialsByEmail(email);
    const plausible = [...password].length <= PASSWORD_MAX_LENGTH;
    const verified =
      account && plausible
        ? await this.deps.hasher.verify(account.passwordHash, password)
        : await this.deps.hasher.verifyWithoutAccount(password);
    if (!account || !verified) {
      await this.deps.attempts.recordFailure(email, clientIp);
      return failure(INVALID_CREDENTIALS);
    }
    await this.deps.attempts.clearAccount(email);
    const { passwordHash: _hash, ...user } = account;
    // Only after the password matched, so the answer reveals nothing to someone guessing.
    if (user.disabledAt)
      return failure(
        problem(UserErrorCode.ACCOUNT_DISABLED, 'This account has been disabled. Contact support for help.'),
      );
    return success(await this.deps.sessions.start(user));
  }

  /** A new password ends every session (a stolen refresh token dies with the old password) and starts a new one. */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
  ): Promise<Outcome<Session>> {
    const account = await this.deps.users.findCredentialsById(userId);
    if (!account) throw notFound('User');
    if (!(await this.deps.hasher.verify(account.passwordHash, currentPassword))) {
      return failure(
        problem(UserErrorCode.INVALID_CREDENTIALS, 'Your current password is incorrect.', [
          'currentPassword',
        ]),
      );
    }
    const weak = weakPasswordProblem(newPassword, account.email, ['newPassword']);
    if (weak) return failure(weak);
    const updated = await this.deps.users.setPasswordHash(userId, await this.deps.hasher.hash(newPassword));
    await this.deps.sessions.endAll(userId, 'PASSWORD_CHANGED');
    return success(await this.deps.sessions.start(updated));
  }
}
