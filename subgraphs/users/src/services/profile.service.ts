import { notFound } from '@msa/subgraph-kit';
import { isEmailTaken, type UserRecord, type UserRepo } from '../data/user.repo';
import { parseEmail } from '../domain/email';
import { checkText, DISPLAY_NAME_RULE } from '../domain/text-field';
import { UserErrorCode, type FieldProblem } from '../domain/user-error-codes';
import type { PasswordHasher } from '../security/password-hasher';
import { failure, problem, success, type Outcome } from './outcome';

export interface ProfileChanges {
  name?: string | null | undefined;
  email?: string | null | undefined;
  /** Required to change the email, so a borrowed session cannot take over the account. */
  currentPassword?: string | null | undefined;
}

export class ProfileService {
  constructor(private readonly deps: { users: UserRepo; hasher: PasswordHasher }) {}

  async update(userId: string, changes: ProfileChanges): Promise<Outcome<UserRecord>> {
    const account = await this.deps.users.findCredentialsById(userId);
    if (!account) throw notFound('User');
    const { passwordHash, ...current } = account;

    const problems: FieldProblem[] = [];
    const data: { name?: string; email?: string } = {};
    if (changes.name !== undefined && changes.name !== null) {
      const name = checkText(changes.name, DISPLAY_NAME_RULE, ['input', 'name']);
      if (name.ok) data.name = name.value;
      else problems.push(name.problem);
    }
    if (changes.email !== undefined && changes.email !== null) {
      const email = parseEmail(changes.email, ['input', 'email']);
      if (!email.ok) problems.push(email.problem);
      else if (email.email !== current.email) data.email = email.email;
    }
    if (problems.length) return failure(...problems);
    if (
      data.email &&
      !(changes.currentPassword && (await this.deps.hasher.verify(passwordHash, changes.currentPassword)))
    ) {
      return failure(
        problem(UserErrorCode.INVALID_CREDENTIALS, 'Enter your current password to change your email.', [
          'input',
          'currentPassword',
        ]),
      );
    }
    if (!data.name && !data.email) return success(current);

    const updated = await this.deps.users.updateProfile(userId, data);
    if (isEmailTaken(updated))
      return failure(
        problem(UserErrorCode.EMAIL_TAKEN, 'Another account already uses this email.', ['input', 'email']),
      );
    return success(updated);
  }
}
