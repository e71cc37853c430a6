import { execFile } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCreateAdmin } from '../src/cli/create-admin';
import { createPasswordHasher } from '../src/security/password-hasher';
import { usersDatabaseForFile } from './support/users-harness';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const STRONG = 'amber-orchard-telescope-42';

describe('users: npm run admin:create', () => {
  const database = usersDatabaseForFile();
  const hasher = createPasswordHasher();

  /** Runs the command in process with the given stdin text and env; returns its exit code and output. */
  async function run(argv: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}) {
    let stdout = '';
    let stderr = '';
    const sink = (append: (text: string) => void) =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          append(chunk.toString());
          done();
        },
      });
    const code = await runCreateAdmin(argv, {
      env: { USERS_DATABASE_URL: database.url, ...options.env },
      stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
      stdout: sink((text) => (stdout += text)),
      stderr: sink((text) => (stderr += text)),
      hasher,
    });
    return { code, stdout, stderr };
  }

  const account = async (email: string) =>
    (
      await database.client.query<{ name: string; role: string; password_hash: string }>(
        'SELECT name, role, password_hash FROM users WHERE email = $1',
        [email],
      )
    ).rows;

  it('refuses a password the registration policy refuses, and writes nothing', async () => {
    const short = await run(['--email', 'ops@example.com'], { stdin: 'hunter2\n' });
    expect(short).toMatchObject({ code: 1 });
    expect(short.stderr).toMatch(/Password refused: Use at least 10 characters/);
    const repeated = await run(['--email', 'ops@example.com'], { stdin: 'zzzzzzzzzzzz\n' });
    expect(repeated.stderr).toMatch(/one character repeated/);
    const builtOnEmail = await run(['--email', 'ops@example.com'], {
      env: { ADMIN_PASSWORD: 'ops-2026-ops' },
    });
    expect(builtOnEmail.code).toBe(1);
    expect(await account('ops@example.com')).toEqual([]);
  });

  it('rejects bad usage with exit code 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--email', 'not-an-email'])).stderr).toMatch(/email/i);
    expect((await run(['--email', 'a@example.com', '--bogus'])).code).toBe(2);
  });

  it('creates an administrator with the password from standard input', async () => {
    const result = await run(['--email', ' Ops@Example.com ', '--name', 'Ops Team'], {
      stdin: `${STRONG}\n`,
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Created administrator ops@example\.com \(/);
    const [row] = await account('ops@example.com');
    expect(row).toMatchObject({ name: 'Ops Team', role: 'ADMIN' });
    expect(await hasher.verify(row!.password_hash, STRONG)).toBe(true);
  });

  it('is idempotent: a second run leaves the administrator and its password as they are', async () => {
    const before = await account('ops@example.com');
    const again = await run(['--email', 'ops@example.com'], {
      env: { ADMIN_PASSWORD: 'another-strong-passphrase' },
    });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already an administrator/);
    expect(await account('ops@example.com')).toEqual(before);
  });

  it('promotes an existing customer, keeping its password unless --reset-password', async () => {
    await database.client.query(
      `INSERT INTO users (id, email, name, password_hash, role, created_at, updated_at)
       VALUES (gen_random_uuid(), 'buyer@example.com', 'Buyer', $1, 'CUSTOMER', now(), now())`,
      [await hasher.hash('customer-original-pass')],
    );
    const promoted = await run(['--email', 'buyer@example.com']);
    expect(promoted.code).toBe(0);
    expect(promoted.stdout).toMatch(/^Promoted buyer@example\.com/);
    const [row] = await account('buyer@example.com');
    expect(row).toMatchObject({ role: 'ADMIN', name: 'Buyer' });
    expect(await hasher.verify(row!.password_hash, 'customer-original-pass')).toBe(true);

    const reset = await run(['--email', 'buyer@example.com', '--reset-password'], { stdin: `${STRONG}\n` });
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/password replaced/);
    expect(await hasher.verify((await account('buyer@example.com'))[0]!.password_hash, STRONG)).toBe(true);
  });

  it('runs as `npm run admin:create` with the password from ADMIN_PASSWORD', async () => {
    const { stdout } = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'admin:create', '--', '--email', 'second-admin@example.com'],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, USERS_DATABASE_URL: database.url, ADMIN_PASSWORD: STRONG },
        timeout: 110_000,
      },
    );
    expect(stdout).toMatch(/Created administrator second-admin@example\.com/);
    expect((await account('second-admin@example.com'))[0]?.role).toBe('ADMIN');
  }, 120_000);
});
