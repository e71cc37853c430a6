import { describe, expect, it } from 'vitest';
import { errorCode, expectData } from '@msa/testing';
import { PASSWORD, registered, uniqueEmail, usersHarnessForFile } from './support/users-harness';

describe('users: registration, sign-in and me', () => {
  const users = usersHarnessForFile();

  it('registers, signs in and answers me for the token holder', async () => {
    const email = uniqueEmail('ann');
    const created = await users.register(`  ${email.toUpperCase()} `, PASSWORD, ' Ann  Lee ');
    expect(created.userErrors).toEqual([]);
    expect(created.user).toMatchObject({ email, name: 'Ann Lee', role: 'CUSTOMER' });
    expect(created.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(created.refreshToken).toMatch(/^[\w-]{43}$/);
    const accessExpiry = Date.parse(created.accessTokenExpiresAt!) - Date.now();
    expect(accessExpiry).toBeGreaterThan(14 * 60_000);
    expect(accessExpiry).toBeLessThanOrEqual(15 * 60_000);

    const signedIn = await users.login(email.toUpperCase(), PASSWORD);
    expect(signedIn.userErrors).toEqual([]);
    expect(signedIn.user?.id).toBe(created.user!.id);

    const me = expectData(
      await users.request<{ me: { id: string; email: string } }>(
        '{ me { id email name role createdAt } }',
        {},
        signedIn.accessToken!,
      ),
    );
    expect(me.me).toMatchObject({ id: created.user!.id, email });
    expect(expectData(await users.request<{ me: null }>('{ me { id } }')).me).toBeNull();
  });

  it('stores an argon2id hash and emits user.registered through the outbox', async () => {
    const { id, email } = await registered(users);
    const { rows } = await users.db.query('SELECT password_hash FROM users WHERE email = $1', [email]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(rows[0].password_hash).not.toContain(PASSWORD);
    const outbox = await users.db.query(
      `SELECT kind, name, payload FROM outbox WHERE payload->>'userId' = $1`,
      [id],
    );
    expect(outbox.rows).toEqual([{ kind: 'event', name: 'user.registered', payload: { userId: id } }]);
  });

  it('rejects a duplicate email, also in another case and concurrently, without a second outbox event', async () => {
    const { email } = await registered(users);
    const again = await users.register(email.toUpperCase());
    expect(again.user).toBeNull();
    expect(again.userErrors).toEqual([
      { code: 'EMAIL_TAKEN', field: ['input', 'email'], message: expect.stringContaining('already exists') },
    ]);

    const racing = uniqueEmail('race');
    const results = await Promise.all([
      users.register(racing),
      users.register(racing),
      users.register(racing),
    ]);
    expect(results.filter((r) => r.user).length).toBe(1);
    expect(results.flatMap((r) => r.userErrors.map((e) => e.code))).toEqual(['EMAIL_TAKEN', 'EMAIL_TAKEN']);
    const { rows } = await users.db.query(
      `SELECT count(*)::int AS n FROM outbox o JOIN users u ON o.payload->>'userId' = u.id::text WHERE u.email = $1`,
      [racing],
    );
    expect(rows[0].n).toBe(1);
  });

  it('reports weak passwords, bad emails and blank names together, creating nothing', async () => {
    const result = await users.register('not-an-email', 'password123', '   ');
    expect(result.user).toBeNull();
    expect(result.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_EMAIL', ['input', 'email']],
      ['INVALID_INPUT', ['input', 'name']],
      ['WEAK_PASSWORD', ['input', 'password']],
    ]);
    const short = await users.register(uniqueEmail(), 'short');
    expect(short.userErrors).toEqual([
      { code: 'WEAK_PASSWORD', field: ['input', 'password'], message: 'Use at least 10 characters.' },
    ]);
    const { rows } = await users.db.query(
      `SELECT count(*)::int AS n FROM users WHERE email = 'not-an-email'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const { email } = await registered(users);
    const wrong = await users.login(email, 'not the password at all', '198.51.100.20');
    const unknown = await users.login(uniqueEmail('nobody'), PASSWORD, '198.51.100.20');
    for (const result of [wrong, unknown]) {
      expect(result.accessToken).toBeNull();
      expect(result.user).toBeNull();
    }
    expect(wrong.userErrors).toEqual([
      { code: 'INVALID_CREDENTIALS', field: null, message: 'The email or password is incorrect.' },
    ]);
    expect(unknown.userErrors).toEqual(wrong.userErrors);
  });

  it('updates the profile; changing the email needs the current password and a free address', async () => {
    const account = await registered(users);
    const taken = await registered(users);
    const update = (input: Record<string, unknown>) =>
      users.request<{
        updateProfile: { user: { name: string; email: string } | null; userErrors: { code: string }[] };
      }>(
        'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { name email } userErrors { code field message } } }',
        { input },
        account.accessToken,
      );
    expect(expectData(await update({ name: 'Renamed' })).updateProfile).toEqual({
      user: { name: 'Renamed', email: account.email },
      userErrors: [],
    });
    const newEmail = uniqueEmail('moved');
    expect(expectData(await update({ email: newEmail })).updateProfile.userErrors.map((e) => e.code)).toEqual(
      ['INVALID_CREDENTIALS'],
    );
    expect(
      expectData(
        await update({ email: taken.email, currentPassword: PASSWORD }),
      ).updateProfile.userErrors.map((e) => e.code),
    ).toEqual(['EMAIL_TAKEN']);
    expect(
      expectData(await update({ email: 'nope', currentPassword: PASSWORD })).updateProfile.userErrors.map(
        (e) => e.code,
      ),
    ).toEqual(['INVALID_EMAIL']);
    expect(
      expectData(await update({ email: newEmail, currentPassword: PASSWORD })).updateProfile.user?.email,
    ).toBe(newEmail);
    expect((await users.login(newEmail, PASSWORD)).userErrors).toEqual([]);
    expect(
      errorCode(
        await users.request('mutation { updateProfile(input: { name: "x" }) { userErrors { code } } }'),
      ),
    ).toBe('UNAUTHENTICATED');
  });
});
