import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, graphqlRequest } from '@msa/testing';
import type { BootedSupergraph } from '../support/boot-supergraph';
import { bootWithAdmin } from '../support/system-with-admin';
import { type ApiClient, login, newCustomer, refresh } from '../support/api';
import { eventually } from '../support/eventually';
import { mailedLinkToken } from '../support/mailbox';

const ME = '{ me { id role } }';
const DISABLE =
  'mutation($id: ID!, $reason: String!) { disableUser(userId: $id, reason: $reason) { user { id disabled disabledReason } userErrors { code message } } }';
const ENABLE =
  'mutation($id: ID!) { enableUser(userId: $id) { user { id disabled } userErrors { code message } } }';

/** Finding 5: logout, password change, role change and disabling end access tokens within seconds. */
describe('session revocation and disabled accounts', () => {
  let system: BootedSupergraph;
  let anonymous: ApiClient;
  let admin: ApiClient;
  let adminId: string;

  /** The token is refused by the router and by a subgraph called directly. */
  async function expectRevoked(token: string) {
    await eventually(async () => {
      expect(errorCode(await anonymous.as(token).request(ME))).toBe('UNAUTHENTICATED');
    });
    await eventually(async () => {
      const direct = await graphqlRequest(
        system.subgraphs.orders!.url,
        '{ myOrders(first: 1) { totalCount } }',
        {},
        {
          token,
        },
      );
      expect(errorCode(direct)).toBe('UNAUTHENTICATED');
    });
  }

  beforeAll(async () => {
    ({ system, anonymous, admin } = await bootWithAdmin());
    adminId = (await admin.data<{ me: { id: string } }>('{ me { id } }')).me.id;
  });
  afterAll(() => system?.stop());

  it('logout ends the access token', async () => {
    const { client, auth } = await newCustomer(anonymous, 'logout');
    expect((await client.data<{ me: { id: string } }>(ME)).me.id).toBe(auth.user!.id);
    const out = await client.data<{ logout: { userErrors: unknown[] } }>(
      'mutation($t: String!) { logout(refreshToken: $t) { userErrors { code } } }',
      { t: auth.refreshToken },
    );
    expect(out.logout.userErrors).toEqual([]);
    await expectRevoked(auth.accessToken!);
  });

  it('a password change ends the old access token and the new one works', async () => {
    const { client, auth } = await newCustomer(anonymous, 'password');
    const changed = await client.data<{ changePassword: { accessToken: string; userErrors: unknown[] } }>(
      'mutation { changePassword(currentPassword: "correct-horse-battery", newPassword: "another-long-passphrase") { accessToken userErrors { code } } }',
    );
    expect(changed.changePassword.userErrors).toEqual([]);
    await expectRevoked(auth.accessToken!);
    expect(errorCode(await anonymous.as(changed.changePassword.accessToken).request(ME))).toBeUndefined();
  });

  it('a role change ends the old token; a refresh carries the new role', async () => {
    const { auth, userId } = await newCustomer(anonymous, 'role');
    const set = await admin.data<{ setUserRole: { userErrors: unknown[] } }>(
      'mutation($id: ID!) { setUserRole(userId: $id, role: STAFF) { userErrors { code } } }',
      { id: userId },
    );
    expect(set.setUserRole.userErrors).toEqual([]);
    await expectRevoked(auth.accessToken!);
    const refreshed = await refresh(anonymous, auth.refreshToken!);
    expect(refreshed.user?.role).toBe('STAFF');
    const me = await anonymous.as(refreshed.accessToken!).data<{ me: { role: string } }>(ME);
    expect(me.me.role).toBe('STAFF');
  });

  it('disableUser ends access, refuses sign-in and refresh; enableUser restores sign-in', async () => {
    const { client, auth, userId } = await newCustomer(anonymous, 'disabled');

    // Only administrators, and never themselves.
    expect(errorCode(await client.request(DISABLE, { id: userId, reason: 'x' }))).toBe('FORBIDDEN');
    const self = await admin.data<{ disableUser: { userErrors: { code: string }[] } }>(DISABLE, {
      id: adminId,
      reason: 'oops',
    });
    expect(self.disableUser.userErrors.map((e) => e.code)).toEqual(['CANNOT_DISABLE_SELF']);

    const disabled = await admin.data<{
      disableUser: { user: { disabled: boolean; disabledReason: string }; userErrors: unknown[] };
    }>(DISABLE, { id: userId, reason: 'Chargeback fraud' });
    expect(disabled.disableUser).toMatchObject({
      user: { disabled: true, disabledReason: 'Chargeback fraud' },
      userErrors: [],
    });
    await expectRevoked(auth.accessToken!);

    const userEmail = (
      await admin.data<{ user: { email: string } }>('query($id: ID!) { user(id: $id) { email } }', {
        id: userId,
      })
    ).user.email;
    const signIn = await login(anonymous, userEmail, 'correct-horse-battery');
    expect(signIn.accessToken).toBeNull();
    expect(signIn.userErrors.map((e) => e.code)).toEqual(['ACCOUNT_DISABLED']);
    const refreshed = await refresh(anonymous, auth.refreshToken!);
    expect(refreshed.accessToken).toBeNull();
    expect(refreshed.userErrors.length).toBe(1);

    // Customers do not see the flag.
    const other = await newCustomer(anonymous, 'other');
    const seen = await other.client.data<{ me: { disabled: boolean | null } }>('{ me { disabled } }');
    expect(seen.me.disabled).toBeNull();

    const enabled = await admin.data<{ enableUser: { user: { disabled: boolean } } }>(ENABLE, { id: userId });
    expect(enabled.enableUser.user.disabled).toBe(false);
    const again = await login(anonymous, userEmail, 'correct-horse-battery');
    expect(again.userErrors).toEqual([]);
    expect(errorCode(await anonymous.as(again.accessToken!).request(ME))).toBeUndefined();
  });

  it('a password reset by the emailed link ends every old session and signs in', async () => {
    const { auth, userId } = await newCustomer(anonymous, 'reset');
    const email = (
      await admin.data<{ user: { email: string } }>('query($id: ID!) { user(id: $id) { email } }', {
        id: userId,
      })
    ).user.email;
    const asked = await anonymous.data<{ requestPasswordReset: { userErrors: unknown[] } }>(
      'mutation($email: String!) { requestPasswordReset(email: $email) { userErrors { code } } }',
      { email },
    );
    expect(asked.requestPasswordReset.userErrors).toEqual([]);

    // The link arrives the way a customer gets it: notifications mails it (captured outside production).
    const token = await mailedLinkToken(admin, email, '/reset-password');

    const RESET =
      'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { accessToken userErrors { code } } }';
    const done = await anonymous.data<{ resetPassword: { accessToken: string; userErrors: unknown[] } }>(
      RESET,
      {
        t: token,
        p: 'a fresh harbour passphrase',
      },
    );
    expect(done.resetPassword.userErrors).toEqual([]);
    await expectRevoked(auth.accessToken!);
    expect((await refresh(anonymous, auth.refreshToken!)).userErrors.map((e) => e.code)).toEqual([
      'INVALID_REFRESH_TOKEN',
    ]);
    const me = await anonymous
      .as(done.resetPassword.accessToken)
      .data<{ me: { id: string; emailVerified: boolean } }>('{ me { id emailVerified } }');
    expect(me.me).toEqual({ id: userId, emailVerified: true });
    const reused = await anonymous.data<{ resetPassword: { userErrors: { code: string }[] } }>(RESET, {
      t: token,
      p: 'another harbour passphrase',
    });
    expect(reused.resetPassword.userErrors.map((e) => e.code)).toEqual(['LINK_ALREADY_USED']);
  });
});
