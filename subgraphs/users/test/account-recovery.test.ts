import type { Job } from 'bullmq';
import { describe, expect, it, vi } from 'vitest';
import { eventQueueName, type DomainEvent } from '@msa/events';
import { errorCode, expectData } from '@msa/testing';
import {
  AUTH_FIELDS,
  PASSWORD,
  registered,
  uniqueEmail,
  usersHarnessForFile,
  type AuthResult,
} from './support/users-harness';

const NEW_PASSWORD = 'lighthouse keeper autumn';
const REQUEST_RESET =
  'mutation($email: String!) { requestPasswordReset(email: $email) { userErrors { code field message } } }';
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { ${AUTH_FIELDS} } }`;
const REQUEST_VERIFICATION = 'mutation { requestEmailVerification { userErrors { code field message } } }';
const VERIFY =
  'mutation($t: String!) { verifyEmail(token: $t) { user { id emailVerified } userErrors { code field message } } }';

type Errors = { code: string; field: string[] | null; message: string }[];

describe('users: password reset and email verification by mailed links', () => {
  const users = usersHarnessForFile({
    accountMailQuota: { perAccount: 3, perAddress: 5, windowSeconds: 3600 },
  });
  let ipCounter = 0;
  /** Each test asks from its own client address, so only the quota test meets the per-address ceiling. */
  const nextIp = () => `203.0.113.${++ipCounter}`;

  const requestReset = async (email: string, ip = nextIp()) =>
    expectData(
      await users.request<{ requestPasswordReset: { userErrors: Errors } }>(
        REQUEST_RESET,
        { email },
        undefined,
        {
          'x-forwarded-for': ip,
        },
      ),
    ).requestPasswordReset.userErrors;
  const reset = async (token: string, password = NEW_PASSWORD) =>
    expectData(await users.request<{ resetPassword: AuthResult }>(RESET, { t: token, p: password }))
      .resetPassword;
  const refresh = (token: string) => users.refresh(token);
  const verify = async (token: string, accessToken?: string) =>
    expectData(
      await users.request<{ verifyEmail: { user: { emailVerified: boolean } | null; userErrors: Errors } }>(
        VERIFY,
        { t: token },
        accessToken,
      ),
    ).verifyEmail;
  const requestVerification = async (accessToken: string) =>
    expectData(
      await users.request<{ requestEmailVerification: { userErrors: Errors } }>(
        REQUEST_VERIFICATION,
        {},
        accessToken,
        { 'x-forwarded-for': nextIp() },
      ),
    ).requestEmailVerification.userErrors;
  const emailVerified = async (accessToken: string) =>
    expectData(
      await users.request<{ me: { emailVerified: boolean } }>('{ me { emailVerified } }', {}, accessToken),
    ).me.emailVerified;

  /**
   * Links the users service mailed to this account, newest last, as notifications receives them: the jobs on
   * its event queue (nobody consumes it here). The outbox rows keep them only until they are published.
   */
  async function mailedLinks(
    userId: string,
    event: string,
    field: 'resetUrl' | 'verifyUrl',
  ): Promise<string[]> {
    await vi.waitFor(
      async () => {
        const { rows } = await users.db.query(
          `SELECT 1 FROM outbox WHERE name = $1 AND payload->>'userId' = $2 AND published_at IS NULL`,
          [event, userId],
        );
        expect(rows).toEqual([]);
      },
      { timeout: 10_000, interval: 50 },
    );
    const queue = users.queues.queue(eventQueueName('notifications'));
    const jobs = (await queue.getWaiting(0, -1)) as Job<DomainEvent>[];
    return jobs
      .filter((job) => job.name === event && (job.data.payload as { userId: string }).userId === userId)
      .sort((a, b) => a.data.occurredAt.localeCompare(b.data.occurredAt) || a.timestamp - b.timestamp)
      .map((job) => (job.data.payload as Record<string, string>)[field]!);
  }
  async function latestToken(userId: string, purpose: 'reset' | 'verify'): Promise<string> {
    const links =
      purpose === 'reset'
        ? await mailedLinks(userId, 'user.password_reset_requested', 'resetUrl')
        : await mailedLinks(userId, 'user.email_verification_requested', 'verifyUrl');
    const url = new URL(links.at(-1)!);
    expect(url.origin).toBe('https://shop.test');
    expect(url.pathname).toBe(purpose === 'reset' ? '/reset-password' : '/verify-email');
    return url.searchParams.get('token')!;
  }

  it('a reset link works once, ends every old session and signs in; only its hash is stored', async () => {
    const session = await registered(users);
    const askedAt = Date.now();
    expect(await requestReset(session.email.toUpperCase())).toEqual([]);
    const answeredAt = Date.now();
    const token = await latestToken(session.id, 'reset');
    const { rows } = await users.db.query(
      `SELECT token_hash, extract(epoch FROM expires_at) * 1000 AS expires_ms FROM account_tokens WHERE user_id = $1`,
      [session.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(token);
    const validFor = Number(rows[0].expires_ms);
    expect(validFor).toBeGreaterThanOrEqual(askedAt + 30 * 60_000);
    expect(validFor).toBeLessThanOrEqual(answeredAt + 30 * 60_000);

    // A weak password is refused and leaves the link usable.
    expect((await reset(token, 'password123')).userErrors.map((e) => e.code)).toEqual(['WEAK_PASSWORD']);

    const done = await reset(token);
    expect(done.userErrors).toEqual([]);
    expect(done.user).toMatchObject({ id: session.id, email: session.email });
    expect(done.accessToken).toBeTruthy();

    const reused = await reset(token, 'yet another passphrase');
    expect(reused.userErrors).toEqual([
      expect.objectContaining({ code: 'LINK_ALREADY_USED', field: ['token'] }),
    ]);
    expect(reused.accessToken).toBeNull();

    // Every session from before the reset is over: refresh token and access token.
    expect((await refresh(session.refreshToken)).userErrors.map((e) => e.code)).toEqual([
      'INVALID_REFRESH_TOKEN',
    ]);
    // The old token was never presented before, so no verifier cache can still hold the old version.
    expect(errorCode(await users.request(REQUEST_VERIFICATION, {}, session.accessToken))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await emailVerified(done.accessToken!)).toBe(true);
    expect((await refresh(done.refreshToken!)).userErrors).toEqual([]);
    expect((await users.login(session.email, PASSWORD)).userErrors.map((e) => e.code)).toEqual([
      'INVALID_CREDENTIALS',
    ]);
    expect((await users.login(session.email, NEW_PASSWORD)).userErrors).toEqual([]);
  });

  it('refuses expired, malformed, unknown and wrong-purpose tokens with clear userErrors', async () => {
    const session = await registered(users);
    await requestReset(session.email);
    const token = await latestToken(session.id, 'reset');
    await users.db.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [session.id],
    );
    const expired = await reset(token);
    expect(expired.userErrors.map((e) => e.code)).toEqual(['LINK_EXPIRED']);
    expect(expired.userErrors[0]!.message).toMatch(/expired/);

    for (const bad of ['', 'not a token', 'x'.repeat(5000), 'A'.repeat(43), token.slice(1)]) {
      const answer = await reset(bad);
      expect(
        answer.userErrors.map((e) => e.code),
        bad.slice(0, 20),
      ).toEqual(['INVALID_LINK']);
    }

    // A verification link is not a reset link, and the other way round.
    expect(await requestVerification(session.accessToken)).toEqual([]);
    const verification = await latestToken(session.id, 'verify');
    expect((await reset(verification)).userErrors.map((e) => e.code)).toEqual(['INVALID_LINK']);
    await users.login(session.email, PASSWORD).then((r) => expect(r.userErrors).toEqual([]));
  });

  it('answers the same for an unknown email and sends nothing', async () => {
    const before = (await users.db.query(`SELECT count(*)::int AS n FROM account_tokens`)).rows[0].n;
    expect(await requestReset(uniqueEmail('nobody'))).toEqual([]);
    expect((await users.db.query(`SELECT count(*)::int AS n FROM account_tokens`)).rows[0].n).toBe(before);
    expect((await requestReset('not-an-email')).map((e) => e.code)).toEqual(['INVALID_EMAIL']);
  });

  it('throttles reset requests per email and per client address, the same for unknown emails', async () => {
    const session = await registered(users);
    const ip = nextIp();
    for (let i = 0; i < 3; i++) expect(await requestReset(session.email, ip)).toEqual([]);
    const blocked = await requestReset(session.email, nextIp());
    expect(blocked.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(blocked[0]!.message).toMatch(/Try again in \d+ minutes?/);
    expect(await mailedLinks(session.id, 'user.password_reset_requested', 'resetUrl')).toHaveLength(3);

    const unknown = uniqueEmail('ghost');
    for (let i = 0; i < 3; i++) expect(await requestReset(unknown, nextIp())).toEqual([]);
    expect((await requestReset(unknown, nextIp())).map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);

    // One address asking for many accounts meets its own ceiling (5 here).
    const flooder = nextIp();
    for (let i = 0; i < 5; i++) expect(await requestReset(uniqueEmail('spray'), flooder)).toEqual([]);
    expect((await requestReset(uniqueEmail('spray'), flooder)).map((e) => e.code)).toEqual([
      'TOO_MANY_ATTEMPTS',
    ]);
  });

  it('verifies the email once; other accounts, reused links and changed addresses are refused', async () => {
    const owner = await registered(users);
    const other = await registered(users);
    expect(await emailVerified(owner.accessToken)).toBe(false);
    expect(errorCode(await users.request(REQUEST_VERIFICATION))).toBe('UNAUTHENTICATED');

    expect(await requestVerification(owner.accessToken)).toEqual([]);
    const token = await latestToken(owner.id, 'verify');
    const wrongAccount = await verify(token, other.accessToken);
    expect(wrongAccount.userErrors.map((e) => e.code)).toEqual(['LINK_FOR_ANOTHER_ACCOUNT']);

    // Signed out works: the link may be opened on another device.
    const verified = await verify(token);
    expect(verified).toEqual({ user: { id: owner.id, emailVerified: true }, userErrors: [] });
    expect((await verify(token, owner.accessToken)).userErrors.map((e) => e.code)).toEqual([
      'LINK_ALREADY_USED',
    ]);
    expect(await emailVerified(owner.accessToken)).toBe(true);
    expect((await requestVerification(owner.accessToken)).map((e) => e.code)).toEqual([
      'EMAIL_ALREADY_VERIFIED',
    ]);

    const { rows } = await users.db.query(
      `SELECT payload FROM outbox WHERE name = 'UserEmailVerified' AND payload->>'userId' = $1`,
      [owner.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].payload).toEqual({ userId: owner.id, email: owner.email, verifiedAt: expect.any(String) });

    // A link mailed before the email changed proves nothing about the new address.
    expect(await requestVerification(other.accessToken)).toEqual([]);
    const stale = await latestToken(other.id, 'verify');
    const changed = expectData(
      await users.request<{ updateProfile: { userErrors: Errors } }>(
        'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { userErrors { code } } }',
        { input: { email: uniqueEmail('moved'), currentPassword: PASSWORD } },
        other.accessToken,
      ),
    );
    expect(changed.updateProfile.userErrors).toEqual([]);
    expect((await verify(stale)).userErrors.map((e) => e.code)).toEqual(['INVALID_LINK']);
    expect(await emailVerified(other.accessToken)).toBe(false);
  });
});
