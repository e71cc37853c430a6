/**
 * Creates the first administrator of a production system, or promotes an existing account:
 *
 *   npm run admin:create -- --email ops@example.com [--name "Ops Team"] [--reset-password]
 *
 * The password comes from ADMIN_PASSWORD or standard input (typed without echo on a terminal, or piped) and must
 * pass the same policy as a registration. Running it again is safe: an existing account is promoted to ADMIN and
 * keeps its password unless --reset-password is given. Exit codes: 0 done, 1 refused or failed, 2 bad usage.
 */
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { databaseUrlFor } from '@msa/prisma-toolkit';
import { database as usersDatabase } from '../data/database';
import { isEmailTaken, UserRepo, type UserRecord } from '../data/user.repo';
import { parseEmail } from '../domain/email';
import { checkPassword } from '../domain/password-policy';
import { checkText, DISPLAY_NAME_RULE } from '../domain/text-field';
import { createPasswordHasher, type PasswordHasher } from '../security/password-hasher';

export const DEFAULT_ADMIN_NAME = 'Administrator';

const USAGE = `Usage: npm run admin:create -- --email <address> [--name <display name>] [--reset-password]

Creates an administrator account, or promotes the account with that email to ADMIN.
The password is read from ADMIN_PASSWORD, or from standard input.
The database is USERS_DATABASE_URL, or msa_users on the server of DATABASE_URL.`;

export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Defaults to argon2id with the service's parameters. */
  hasher?: PasswordHasher;
}

export type AdminOutcome = 'created' | 'promoted' | 'already-admin';

class UsageError extends Error {}
class RefusedError extends Error {}

/** Typed on a terminal without echo: nothing is shown while the password is entered. */
function readHidden(io: CliIo): Promise<string> {
  const input = io.stdin;
  io.stdout.write('Password for the administrator (not shown): ');
  return new Promise<string>((resolve, reject) => {
    let typed = '';
    const finish = (error: Error | null) => {
      input.removeListener('data', onData);
      input.setRawMode!(false);
      input.pause();
      io.stdout.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString()) {
        if (char === '\u0003') return finish(new RefusedError('Cancelled.'));
        if (char === '\r' || char === '\n') return finish(null);
        typed = char === '\u007f' ? [...typed].slice(0, -1).join('') : typed + char;
      }
    };
    input.setRawMode!(true);
    input.on('data', onData);
    input.resume();
  });
}

/** The first line of standard input (piped), or the password typed on a terminal. */
async function readPassword(io: CliIo): Promise<string> {
  if (io.stdin.isTTY && io.stdin.setRawMode) return readHidden(io);
  const lines = createInterface({ input: io.stdin, terminal: false });
  try {
    for await (const line of lines) return line.replace(/\r$/, '');
    return '';
  } finally {
    lines.close();
  }
}

async function passwordFor(io: CliIo, email: string): Promise<string> {
  const password = io.env.ADMIN_PASSWORD ?? (await readPassword(io));
  if (!password)
    throw new RefusedError('No password given: set ADMIN_PASSWORD or pass it on standard input.');
  const check = checkPassword(password, email);
  if (!check.ok) throw new RefusedError(`Password refused: ${check.message}`);
  return password;
}

/** Creates or promotes the account; the password is asked for only when one will be stored. */
export async function createOrPromoteAdmin(
  users: UserRepo,
  io: CliIo & { hasher: PasswordHasher },
  request: { email: string; name: string; resetPassword: boolean },
): Promise<{ outcome: AdminOutcome; user: UserRecord }> {
  const existing = await users.findCredentialsByEmail(request.email);
  if (!existing) {
    const password = await passwordFor(io, request.email);
    const created = await users.createWithEvent({
      email: request.email,
      name: request.name,
      role: 'ADMIN',
      passwordHash: await io.hasher.hash(password),
    });
    // Created concurrently by someone else: promote that account instead.
    if (isEmailTaken(created)) return createOrPromoteAdmin(users, io, request);
    return { outcome: 'created', user: created };
  }
  if (request.resetPassword) {
    const password = await passwordFor(io, request.email);
    await users.setPasswordHash(existing.id, await io.hasher.hash(password));
  }
  if (existing.role === 'ADMIN') return { outcome: 'already-admin', user: existing };
  return { outcome: 'promoted', user: await users.setRole(existing.id, 'ADMIN') };
}

function parse(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        'reset-password': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The command: returns the exit code instead of exiting, so tests can run it in process. */
export async function runCreateAdmin(argv: string[], io: CliIo): Promise<number> {
  const say = (line: string) => io.stdout.write(`${line}\n`);
  const complain = (line: string) => io.stderr.write(`${line}\n`);
  try {
    const args = parse(argv);
    if (args.help) {
      say(USAGE);
      return 0;
    }
    if (!args.email) throw new UsageError('--email is required.');
    const email = parseEmail(args.email, ['email']);
    if (!email.ok) throw new UsageError(email.problem.message);
    const name = checkText(args.name ?? DEFAULT_ADMIN_NAME, DISPLAY_NAME_RULE, ['name']);
    if (!name.ok) throw new UsageError(name.problem.message);

    const db = usersDatabase.connect(databaseUrlFor('users', io.env));
    try {
      const { outcome, user } = await createOrPromoteAdmin(
        new UserRepo(db),
        { ...io, hasher: io.hasher ?? createPasswordHasher() },
        { email: email.email, name: name.value, resetPassword: args['reset-password'] },
      );
      const passwordNote = args['reset-password'] && outcome !== 'created' ? '; password replaced' : '';
      const messages: Record<AdminOutcome, string> = {
        created: `Created administrator ${user.email} (${user.id}).`,
        promoted: `Promoted ${user.email} (${user.id}) to administrator${passwordNote}.`,
        'already-admin': `${user.email} (${user.id}) is already an administrator${passwordNote}.`,
      };
      say(messages[outcome]);
      return 0;
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    if (error instanceof UsageError) {
      complain(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    complain(error instanceof RefusedError ? error.message : `Failed: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCreateAdmin(process.argv.slice(2), {
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
