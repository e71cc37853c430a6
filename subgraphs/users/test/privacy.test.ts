import { describe, expect, it, vi } from 'vitest';
import { DATA_EXPORT_CONTRIBUTORS, eventQueueName } from '@msa/events';
import { errorCode, expectData } from '@msa/testing';
import { PASSWORD, registered, usersHarnessForFile } from './support/users-harness';

const EXPORT_FIELDS = 'id status partsReceived partsExpected downloadPath expiresAt';
const REQUEST = `mutation { requestDataExport { dataExport { ${EXPORT_FIELDS} } userErrors { code message } } }`;
const LATEST = `{ myDataExport { ${EXPORT_FIELDS} } }`;
const DELETE = `mutation($password: String!) { deleteMyAccount(password: $password) { deleted userErrors { code field message } } }`;

interface ExportView {
  id: string;
  status: 'PENDING' | 'READY';
  partsReceived: number;
  partsExpected: number;
  downloadPath: string | null;
  expiresAt: string | null;
}

describe('privacy requests in users', () => {
  const h = usersHarnessForFile();

  /** Another subgraph's part, delivered the way its outbox relay would. */
  async function sendPart(exportId: string, userId: string, subgraph: string, data: unknown) {
    await h.queues.publish(eventQueueName('users'), 'user.data_export_part_ready', {
      exportId,
      userId,
      subgraph,
      data,
    });
  }

  const latest = async (token: string) =>
    expectData(await h.request<{ myDataExport: ExportView | null }>(LATEST, {}, token)).myDataExport;

  it('assembles the export once every contributor answered and serves it to its owner only', async () => {
    const me = await registered(h);
    await h.request(
      `mutation { addAddress(input: { name: "Ada", line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" }) { userErrors { code } } }`,
      {},
      me.accessToken,
    );
    const first = expectData(
      await h.request<{ requestDataExport: { dataExport: ExportView } }>(REQUEST, {}, me.accessToken),
    ).requestDataExport.dataExport;
    expect(first).toMatchObject({
      status: 'PENDING',
      partsExpected: DATA_EXPORT_CONTRIBUTORS.length,
      downloadPath: null,
    });

    const again = expectData(
      await h.request<{ requestDataExport: { userErrors: { code: string }[] } }>(REQUEST, {}, me.accessToken),
    ).requestDataExport;
    expect(again.userErrors.map((e) => e.code)).toEqual(['EXPORT_IN_PROGRESS']);

    for (const subgraph of DATA_EXPORT_CONTRIBUTORS.filter((name) => name !== 'users'))
      await sendPart(first.id, me.id, subgraph, { from: subgraph });

    let ready: ExportView | null = null;
    await vi.waitFor(
      async () => {
        ready = await latest(me.accessToken);
        expect(ready?.status).toBe('READY');
      },
      { timeout: 10_000, interval: 50 },
    );
    const path = ready!.downloadPath!;
    expect(path).toMatch(new RegExp(`^/privacy/exports/${first.id}\\?expires=\\d+&signature=`));

    const download = await fetch(h.baseUrl + path, {
      headers: { authorization: `Bearer ${me.accessToken}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('attachment');
    const file = (await download.json()) as { userId: string; data: Record<string, unknown> };
    expect(file.userId).toBe(me.id);
    expect(Object.keys(file.data).sort()).toEqual([...DATA_EXPORT_CONTRIBUTORS].sort());
    expect(file.data.users).toMatchObject({
      profile: { email: me.email },
      addresses: [{ line1: '1 Main St' }],
    });
    expect(file.data.orders).toEqual({ from: 'orders' });

    const someoneElse = await registered(h);
    const asOther = await fetch(h.baseUrl + path, {
      headers: { authorization: `Bearer ${someoneElse.accessToken}` },
    });
    expect(asOther.status).toBe(404);
    expect((await fetch(h.baseUrl + path)).status).toBe(401);
    const tampered = path.replace(/expires=\d+/, `expires=${Date.now() + 10 * 24 * 3600 * 1000}`);
    const forged = await fetch(h.baseUrl + tampered, {
      headers: { authorization: `Bearer ${me.accessToken}` },
    });
    expect(forged.status).toBe(403);
  });

  it('deletes the account only with the right password: sessions end, sign-in fails, the email is free again', async () => {
    const me = await registered(h);
    const wrong = expectData(
      await h.request<{
        deleteMyAccount: { deleted: boolean; userErrors: { code: string; field: string[] }[] };
      }>(DELETE, { password: 'not my password at all' }, me.accessToken),
    ).deleteMyAccount;
    expect(wrong).toEqual({
      deleted: false,
      userErrors: [expect.objectContaining({ code: 'INVALID_CREDENTIALS', field: ['password'] })],
    });
    expect((await h.login(me.email, PASSWORD)).accessToken).toBeTruthy();

    const done = expectData(
      await h.request<{ deleteMyAccount: { deleted: boolean } }>(
        DELETE,
        { password: PASSWORD },
        me.accessToken,
      ),
    ).deleteMyAccount;
    expect(done.deleted).toBe(true);

    expect((await h.login(me.email, PASSWORD)).userErrors.map((e) => e.code)).toEqual([
      'INVALID_CREDENTIALS',
    ]);
    // Access tokens are refused once the session version reaches every verifier (cached for up to a second).
    await vi.waitFor(
      async () =>
        expect(errorCode(await h.request('{ me { id } }', {}, me.accessToken))).toBe('UNAUTHENTICATED'),
      { timeout: 5_000, interval: 100 },
    );
    const refresh = expectData(
      await h.request<{ refreshToken: { userErrors: { code: string }[] } }>(
        `mutation($t: String!) { refreshToken(refreshToken: $t) { userErrors { code } } }`,
        { t: me.refreshToken },
      ),
    ).refreshToken;
    expect(refresh.userErrors).not.toEqual([]);

    const row = await h.db.query<{ email: string; name: string; deleted_at: Date | null }>(
      'SELECT email, name, deleted_at FROM users WHERE id = $1',
      [me.id],
    );
    expect(row.rows[0]).toMatchObject({ name: 'Deleted account' });
    expect(row.rows[0]!.email).not.toBe(me.email);
    expect(row.rows[0]!.deleted_at).not.toBeNull();
    expect((await h.db.query('SELECT 1 FROM addresses WHERE user_id = $1', [me.id])).rowCount).toBe(0);
    const events = await h.db.query(
      `SELECT 1 FROM outbox WHERE name = 'user.account_deleted' AND payload->>'userId' = $1`,
      [me.id],
    );
    expect(events.rowCount).toBe(1);

    const again = await h.register(me.email);
    expect(again.userErrors).toEqual([]);
    expect(again.user!.id).not.toBe(me.id);
  });
});
