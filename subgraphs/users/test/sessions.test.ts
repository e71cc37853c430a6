import { describe, expect, it } from 'vitest';
import { errorCode, expectData } from '@msa/testing';
import {
  AUTH_FIELDS,
  PASSWORD,
  registered,
  usersHarnessForFile,
  type AuthResult,
} from './support/users-harness';

describe('users: refresh-token rotation, reuse detection and logout', () => {
  const users = usersHarnessForFile();
  const refresh = (token: string) => users.refresh(token);
  const logout = async (token: string) =>
    expectData(
      await users.request<{ logout: { success: boolean; userErrors: { code: string }[] } }>(
        'mutation($t: String!) { logout(refreshToken: $t) { success userErrors { code field message } } }',
        { t: token },
      ),
    ).logout;

  it('rotates: each refresh returns a new pair and stores only hashes', async () => {
    const session = await registered(users);
    const first = await refresh(session.refreshToken);
    expect(first.userErrors).toEqual([]);
    expect(first.user).toMatchObject({ id: session.id, email: session.email });
    expect(first.refreshToken).not.toBe(session.refreshToken);
    expect(
      expectData(await users.request<{ me: { id: string } }>('{ me { id } }', {}, first.accessToken!)).me.id,
    ).toBe(session.id);
    const second = await refresh(first.refreshToken!);
    expect(second.userErrors).toEqual([]);

    const { rows } = await users.db.query(
      `SELECT t.token_hash, t.used_at IS NOT NULL AS used FROM refresh_tokens t JOIN refresh_token_families f ON f.id = t.family_id
       WHERE f.user_id = $1 ORDER BY t.created_at`,
      [session.id],
    );
    expect(rows.map((r) => r.used)).toEqual([true, true, false]);
    const stored = rows.map((r) => r.token_hash).join();
    for (const token of [session.refreshToken, first.refreshToken!, second.refreshToken!])
      expect(stored).not.toContain(token);
  });

  it('revokes the whole family when a token comes back after its successor was used', async () => {
    const session = await registered(users);
    const rotated = await refresh(session.refreshToken);
    const latest = await refresh(rotated.refreshToken!);
    const reused = await refresh(session.refreshToken);
    expect(reused.accessToken).toBeNull();
    expect(reused.userErrors).toEqual([
      {
        code: 'REFRESH_TOKEN_REUSED',
        field: ['refreshToken'],
        message: expect.stringContaining('already used'),
      },
    ]);
    // The legitimate latest token dies with its family.
    expect((await refresh(latest.refreshToken!)).userErrors.map((e) => e.code)).toEqual([
      'REFRESH_TOKEN_REUSED',
    ]);
    // Other sessions of the same user are untouched.
    const other = await users.login(session.email, PASSWORD);
    expect((await refresh(other.refreshToken!)).userErrors).toEqual([]);
  });

  it('revokes the whole family when a used token comes back after the grace period', async () => {
    const session = await registered(users);
    const rotated = await refresh(session.refreshToken);
    await users.db.query(
      `UPDATE refresh_tokens SET used_at = used_at - interval '31 seconds'
       WHERE used_at IS NOT NULL AND family_id IN (SELECT id FROM refresh_token_families WHERE user_id = $1)`,
      [session.id],
    );
    expect((await refresh(session.refreshToken)).userErrors.map((e) => e.code)).toEqual([
      'REFRESH_TOKEN_REUSED',
    ]);
    expect((await refresh(rotated.refreshToken!)).userErrors.map((e) => e.code)).toEqual([
      'REFRESH_TOKEN_REUSED',
    ]);
  });

  it('exchanges a token again whose answer was lost, and retires the successor nobody saw', async () => {
    const session = await registered(users);
    // The page was reloaded while this refresh was in flight: its answer never reached the browser.
    const lost = await refresh(session.refreshToken);
    const retried = await refresh(session.refreshToken);
    expect(retried.userErrors).toEqual([]);
    expect(retried.user).toMatchObject({ id: session.id });
    expect(retried.refreshToken).not.toBe(lost.refreshToken);
    const next = await refresh(retried.refreshToken!);
    expect(next.userErrors).toEqual([]);
    // The retired successor turning up after all means two holders: the session ends.
    expect((await refresh(lost.refreshToken!)).userErrors.map((e) => e.code)).toEqual([
      'REFRESH_TOKEN_REUSED',
    ]);
    expect((await refresh(next.refreshToken!)).userErrors.map((e) => e.code)).toEqual([
      'REFRESH_TOKEN_REUSED',
    ]);
  });

  it('answers two concurrent refreshes with the same token and leaves one token live', async () => {
    const session = await registered(users);
    const results = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
    expect(results.map((r) => r.userErrors)).toEqual([[], []]);
    const { rows } = await users.db.query(
      `SELECT count(*)::int AS live FROM refresh_tokens t JOIN refresh_token_families f ON f.id = t.family_id
       WHERE f.user_id = $1 AND f.revoked_at IS NULL AND t.used_at IS NULL`,
      [session.id],
    );
    expect(rows[0].live).toBe(1);
  });

  it('rejects unknown tokens without touching any session', async () => {
    const result = await refresh('not-a-token');
    expect(result.userErrors.map((e) => e.code)).toEqual(['INVALID_REFRESH_TOKEN']);
  });

  it('rejects an expired token', async () => {
    const session = await registered(users);
    await users.db.query(
      `UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE family_id IN (SELECT id FROM refresh_token_families WHERE user_id = $1)`,
      [session.id],
    );
    expect((await refresh(session.refreshToken)).userErrors).toEqual([
      {
        code: 'INVALID_REFRESH_TOKEN',
        field: ['refreshToken'],
        message: 'This refresh token has expired. Sign in again.',
      },
    ]);
  });

  it('logout ends the session: its tokens stop refreshing, and logging out twice is fine', async () => {
    const session = await registered(users);
    const rotated = await refresh(session.refreshToken);
    expect(await logout(rotated.refreshToken!)).toEqual({ success: true, userErrors: [] });
    expect((await refresh(rotated.refreshToken!)).userErrors.map((e) => e.code)).toEqual([
      'INVALID_REFRESH_TOKEN',
    ]);
    expect(await logout(rotated.refreshToken!)).toEqual({ success: true, userErrors: [] });
    expect((await logout('unknown')).userErrors.map((e) => e.code)).toEqual(['INVALID_REFRESH_TOKEN']);
  });

  it('changing the password ends every session and starts a new one', async () => {
    const session = await registered(users);
    const change = (current: string, next: string) =>
      users.request<{ changePassword: AuthResult }>(
        `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { ${AUTH_FIELDS} } }`,
        { c: current, n: next },
        session.accessToken,
      );
    expect(
      expectData(await change('wrong password!', 'a brand new passphrase')).changePassword.userErrors.map(
        (e) => e.code,
      ),
    ).toEqual(['INVALID_CREDENTIALS']);
    expect(
      expectData(await change(PASSWORD, 'password123')).changePassword.userErrors.map((e) => e.code),
    ).toEqual(['WEAK_PASSWORD']);
    const changed = expectData(await change(PASSWORD, 'a brand new passphrase')).changePassword;
    expect(changed.userErrors).toEqual([]);
    expect((await refresh(session.refreshToken)).userErrors.map((e) => e.code)).toEqual([
      'INVALID_REFRESH_TOKEN',
    ]);
    expect((await refresh(changed.refreshToken!)).userErrors).toEqual([]);
    expect((await users.login(session.email, PASSWORD)).userErrors.map((e) => e.code)).toEqual([
      'INVALID_CREDENTIALS',
    ]);
    expect((await users.login(session.email, 'a brand new passphrase')).userErrors).toEqual([]);
    const anonymous = await users.request(
      'mutation { changePassword(currentPassword: "a", newPassword: "b") { userErrors { code } } }',
    );
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });
});
