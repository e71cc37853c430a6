import { Queue } from 'bullmq';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueueConnection, eventQueueName } from '@msa/events';
import type { BootedSupergraph } from '../support/boot-supergraph';
import { bootWithAdmin } from '../support/system-with-admin';
import { type ApiClient, newCustomer } from '../support/api';
import { eventually } from '../support/eventually';
import { mailedLinkToken } from '../support/mailbox';

const LINK_EVENTS = ['user.password_reset_requested', 'user.email_verification_requested'];
const DELIVERY_QUEUE = 'notifications.deliveries';

/**
 * Password-reset and verification links sign in or prove an address, so their tokens are kept only as long
 * as it takes to mail them: once sent, the users outbox, the queues and the notifications delivery log hold
 * the link redacted ("token=…"), while the mail the customer receives still works.
 */
describe('mailed account links are not kept after sending', () => {
  let system: BootedSupergraph;
  let anonymous: ApiClient;
  let admin: ApiClient;
  let usersDb: pg.Pool;
  let notificationsDb: pg.Pool;
  let connection: ReturnType<typeof createQueueConnection>;

  beforeAll(async () => {
    ({ system, anonymous, admin } = await bootWithAdmin());
    connection = createQueueConnection(system.redisUrl);
    usersDb = new pg.Pool({ connectionString: system.databases.users!.url, max: 1 });
    notificationsDb = new pg.Pool({ connectionString: system.databases.notifications!.url, max: 1 });
  });
  afterAll(async () => {
    await usersDb?.end();
    await notificationsDb?.end();
    await connection?.quit();
    await system?.stop();
  });

  const mailedToken = (email: string, page: string) => mailedLinkToken(admin, email, page);

  it('redacts the links in the outbox and the delivery log, drops their jobs, and the mailed links work', async () => {
    const { client, userId } = await newCustomer(anonymous, 'link-secrets');
    const { user } = await admin.data<{ user: { email: string } }>(
      'query($id: ID!) { user(id: $id) { email } }',
      {
        id: userId,
      },
    );
    const requested = await client.data<{ requestEmailVerification: { userErrors: unknown[] } }>(
      'mutation { requestEmailVerification { userErrors { code } } }',
    );
    expect(requested.requestEmailVerification.userErrors).toEqual([]);
    const asked = await anonymous.data<{ requestPasswordReset: { userErrors: unknown[] } }>(
      'mutation($email: String!) { requestPasswordReset(email: $email) { userErrors { code } } }',
      { email: user.email },
    );
    expect(asked.requestPasswordReset.userErrors).toEqual([]);
    const verifyToken = await mailedToken(user.email, '/verify-email');
    const resetToken = await mailedToken(user.email, '/reset-password');

    // Once published, the outbox rows keep the page the link opened, not its token.
    const outbox = await eventually(async () => {
      const { rows } = await usersDb.query<{ id: string; name: string; payload: Record<string, string> }>(
        `SELECT id, name, payload FROM outbox
          WHERE name = ANY($1) AND payload->>'userId' = $2 AND published_at IS NOT NULL`,
        [LINK_EVENTS, userId],
      );
      expect(rows).toHaveLength(2);
      return rows;
    });
    const reset = outbox.find((row) => row.name === 'user.password_reset_requested')!;
    const verify = outbox.find((row) => row.name === 'user.email_verification_requested')!;
    expect(reset.payload.resetUrl).toMatch(/^https?:\/\/[^?]+\/reset-password\?token=…$/);
    expect(verify.payload.verifyUrl).toMatch(/^https?:\/\/[^?]+\/verify-email\?token=…$/);

    // The delivery log the admin reads holds the redacted link only.
    const deliveries = await eventually(async () => {
      const { rows } = await notificationsDb.query<{
        id: string;
        kind: string;
        status: string;
        variables: object;
      }>(
        `SELECT id, kind, status, variables FROM notification_deliveries
          WHERE user_id = $1 AND kind IN ('account.password_reset', 'account.email_verification')`,
        [userId],
      );
      expect(rows.map((row) => row.status)).toEqual(['SENT', 'SENT']);
      return rows;
    });
    expect(deliveries.find((row) => row.kind === 'account.password_reset')!.variables).toMatchObject({
      resetUrl: expect.stringMatching(/\/reset-password\?token=…$/),
    });
    expect(deliveries.find((row) => row.kind === 'account.email_verification')!.variables).toMatchObject({
      verifyUrl: expect.stringMatching(/\/verify-email\?token=…$/),
    });

    // Nothing stored anywhere still holds either token.
    const stored = JSON.stringify([outbox, deliveries]);
    expect(stored).not.toContain(resetToken);
    expect(stored).not.toContain(verifyToken);

    // Their jobs left Redis once handled; the account's other completed jobs are still there (kept a day).
    const events = new Queue(eventQueueName('notifications'), { connection, prefix: system.queuePrefix });
    const sends = new Queue(DELIVERY_QUEUE, { connection, prefix: system.queuePrefix });
    try {
      const [registered] = (
        await usersDb.query<{ id: string }>(
          `SELECT id FROM outbox WHERE name = 'user.registered' AND payload->>'userId' = $1`,
          [userId],
        )
      ).rows;
      expect(await events.getJobState(registered!.id)).toBe('completed');
      for (const row of outbox) expect(await events.getJob(row.id)).toBeUndefined();
      for (const row of deliveries) expect(await sends.getJob(row.id)).toBeUndefined();
    } finally {
      await events.close();
      await sends.close();
    }

    // The mails still work: the address is verified, then the password reset signs in.
    const verified = await anonymous.data<{ verifyEmail: { userErrors: unknown[] } }>(
      'mutation($t: String!) { verifyEmail(token: $t) { userErrors { code } } }',
      { t: verifyToken },
    );
    expect(verified.verifyEmail.userErrors).toEqual([]);
    const done = await anonymous.data<{
      resetPassword: { accessToken: string | null; userErrors: unknown[] };
    }>(
      'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { accessToken userErrors { code } } }',
      { t: resetToken, p: 'a fresh harbour passphrase' },
    );
    expect(done.resetPassword.userErrors).toEqual([]);
    expect(done.resetPassword.accessToken).toBeTruthy();
  });
});
