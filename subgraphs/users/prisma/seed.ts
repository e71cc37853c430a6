import type { UserRoleName as Role } from '@msa/auth';
import { AccountTokenRepo } from '../src/data/account-token.repo';
import { AddressRepo } from '../src/data/address.repo';
import { database as usersDatabase } from '../src/data/database';
import { isEmailTaken, UserRepo, type UserRecord } from '../src/data/user.repo';
import type { AddressFields } from '../src/domain/address';
import { checkPassword } from '../src/domain/password-policy';
import { createPasswordHasher, type PasswordHasher } from '../src/security/password-hasher';

export interface SeedOptions {
  databaseUrl: string;
  log: (line: string) => void;
  /** Where passwords and NODE_ENV are read from; the process environment by default. */
  env?: NodeJS.ProcessEnv;
}

interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  passwordVar: string;
  devPassword: string;
  address: AddressFields | null;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@example.com',
    name: 'Demo Admin',
    role: 'ADMIN',
    passwordVar: 'DEMO_ADMIN_PASSWORD',
    devPassword: 'admin-dev-password',
    address: null,
  },
  {
    email: 'customer@example.com',
    name: 'Demo Customer',
    role: 'CUSTOMER',
    passwordVar: 'DEMO_CUSTOMER_PASSWORD',
    devPassword: 'customer-dev-password',
    address: {
      name: 'Demo Customer',
      line1: '742 Evergreen Terrace',
      line2: null,
      city: 'Springfield',
      region: 'OR',
      postalCode: '97403',
      country: 'US',
      phone: '+1 555 010 0742',
    },
  },
];

/** The password for a demo account: from the environment, or the development default outside production. */
export function demoPassword(account: DemoAccount, env: NodeJS.ProcessEnv): string {
  const fromEnv = env[account.passwordVar];
  if (!fromEnv && env.NODE_ENV === 'production') {
    throw new Error(
      `${account.passwordVar} must be set to seed ${account.email} in production; the development default is public.`,
    );
  }
  const password = fromEnv || account.devPassword;
  const check = checkPassword(password, account.email);
  if (!check.ok) throw new Error(`${account.passwordVar} is too weak for ${account.email}: ${check.message}`);
  return password;
}

async function upsertAccount(
  users: UserRepo,
  hasher: PasswordHasher,
  account: DemoAccount,
  password: string,
): Promise<{ user: UserRecord; change: string }> {
  const existing = await users.findCredentialsByEmail(account.email);
  if (!existing) {
    const created = await users.createWithEvent({
      email: account.email,
      name: account.name,
      role: account.role,
      passwordHash: await hasher.hash(password),
    });
    if (!isEmailTaken(created)) return { user: created, change: 'created' };
    return upsertAccount(users, hasher, account, password);
  }
  const changes: string[] = [];
  let user: UserRecord = existing;
  if (existing.role !== account.role) {
    user = await users.setRole(existing.id, account.role);
    changes.push(`role set to ${account.role}`);
  }
  // Re-hashing only when the password changed keeps repeated seeds from rewriting the row.
  if (!(await hasher.verify(existing.passwordHash, password))) {
    user = await users.setPasswordHash(existing.id, await hasher.hash(password));
    changes.push('password updated');
  }
  return { user, change: changes.length ? changes.join(', ') : 'up to date' };
}

/** Demo accounts for development and demos; safe to run again (it only fills in what is missing). */
export async function seed(options: SeedOptions): Promise<void> {
  const env = options.env ?? process.env;
  const passwords = DEMO_ACCOUNTS.map((account) => demoPassword(account, env));
  const prisma = usersDatabase.connect(options.databaseUrl);
  try {
    const users = new UserRepo(prisma);
    const addresses = new AddressRepo(prisma);
    const accountTokens = new AccountTokenRepo(prisma);
    const hasher = createPasswordHasher();
    for (const [index, account] of DEMO_ACCOUNTS.entries()) {
      const { user, change } = await upsertAccount(users, hasher, account, passwords[index]!);
      options.log(`users: ${account.email} (${account.role}) ${change}`);
      // Demo mailboxes do not exist: the accounts start verified so the demo shows no verification notice.
      if (!user.emailVerifiedAt) {
        await accountTokens.markVerified(user.id, new Date());
        options.log(`users: ${account.email} marked verified`);
      }
      const address = account.address;
      if (!address) continue;
      const added = await addresses.withAddressBook(user.id, async (book) => {
        if ((await book.list()).length) return false;
        await book.create(address, true);
        return true;
      });
      if (added?.result) options.log(`users: default address added for ${account.email}`);
    }
  } finally {
    await prisma.$disconnect();
  }
}
