import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectData } from '@msa/testing';
import { registered, usersHarnessForFile } from './support/users-harness';

interface UsersPage {
  users: {
    edges: { cursor: string; node: { id: string; email: string } }[];
    nodes: { id: string; email: string; name: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

const USERS_QUERY = `query($first: Int, $after: String, $search: String) {
  users(first: $first, after: $after, search: $search) {
    edges { cursor node { id email } } nodes { id email name } pageInfo { hasNextPage endCursor } totalCount
  }
}`;

describe('users: admin list and roles', () => {
  const users = usersHarnessForFile();
  let adminToken: string;
  let adminId: string;
  const created: { id: string; email: string; accessToken: string }[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 5; i += 1)
      created.push(await registered(users, `member${i}.${Math.random().toString(36).slice(2, 7)}@shop.test`));
    created.push(
      await registered(users, `outsider.${Math.random().toString(36).slice(2, 7)}@elsewhere.test`),
    );
    const admin = await registered(users);
    await users.db.query(`UPDATE users SET role = 'ADMIN' WHERE id = $1`, [admin.id]);
    adminId = admin.id;
    adminToken = await users.tokenFor('ADMIN', admin.id);
  });

  it('pages through every user, newest first, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page += 1) {
      const data: UsersPage = expectData(
        await users.request<UsersPage>(USERS_QUERY, { first: 3, after }, adminToken),
      );
      seen.push(...data.users.nodes.map((n) => n.id));
      expect(data.users.edges.map((e) => e.node.id)).toEqual(data.users.nodes.map((n) => n.id));
      total = data.users.totalCount;
      if (!data.users.pageInfo.hasNextPage) break;
      after = data.users.pageInfo.endCursor;
    }
    expect(total).toBe(7);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen[0]).toBe(adminId);
    expect(seen.slice(1)).toEqual(created.map((u) => u.id).reverse());
  });

  it('searches email and name case-insensitively, counting only matches', async () => {
    const data = expectData(
      await users.request<UsersPage>(USERS_QUERY, { first: 2, search: 'SHOP.TEST' }, adminToken),
    );
    expect(data.users.totalCount).toBe(5);
    expect(data.users.nodes).toHaveLength(2);
    expect(data.users.pageInfo.hasNextPage).toBe(true);
    expect(data.users.nodes.every((n) => n.email.endsWith('@shop.test'))).toBe(true);
    const byName = expectData(
      await users.request<UsersPage>(USERS_QUERY, { search: 'test user' }, adminToken),
    );
    expect(byName.users.totalCount).toBe(7);
  });

  it('caps first at 100 and rejects tampered cursors', async () => {
    const tooMany = await users.request(USERS_QUERY, { first: 101 }, adminToken);
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toContain('between 1 and 100');
    expect(errorCode(await users.request(USERS_QUERY, { after: 'garbage' }, adminToken))).toBe(
      'BAD_USER_INPUT',
    );
    const forged = Buffer.from(
      JSON.stringify({ createdAt: '2026-01-01T00:00:00Z', id: "x' OR 1=1" }),
    ).toString('base64url');
    expect(errorCode(await users.request(USERS_QUERY, { after: forged }, adminToken))).toBe('BAD_USER_INPUT');
  });

  it('lets staff read the list but keeps it from customers and anonymous callers', async () => {
    expect(
      expectData(await users.request<UsersPage>(USERS_QUERY, { first: 1 }, await users.tokenFor('STAFF')))
        .users.nodes,
    ).toHaveLength(1);
    expect(errorCode(await users.request(USERS_QUERY, {}, created[0]!.accessToken))).toBe('FORBIDDEN');
    expect(errorCode(await users.request(USERS_QUERY, {}))).toBe('UNAUTHENTICATED');

    const byId = 'query($id: ID!) { user(id: $id) { id email } }';
    const target = created[1]!;
    expect(
      expectData(
        await users.request<{ user: { email: string } }>(
          byId,
          { id: target.id },
          await users.tokenFor('STAFF'),
        ),
      ).user.email,
    ).toBe(target.email);
    expect(errorCode(await users.request(byId, { id: target.id }, created[0]!.accessToken))).toBe(
      'FORBIDDEN',
    );
  });

  const setRole = (userId: string, role: string, token: string) =>
    users.request<{
      setUserRole: { user: { id: string; role: string } | null; userErrors: { code: string }[] };
    }>(
      'mutation($id: ID!, $role: UserRole!) { setUserRole(userId: $id, role: $role) { user { id role } userErrors { code field message } } }',
      { id: userId, role },
      token,
    );

  it('lets an admin change roles, effective at the next token refresh', async () => {
    const target = await registered(users);
    const result = expectData(await setRole(target.id, 'STAFF', adminToken)).setUserRole;
    expect(result).toEqual({ user: { id: target.id, role: 'STAFF' }, userErrors: [] });
    const refreshed = expectData(
      await users.request<{ refreshToken: { user: { role: string } } }>(
        'mutation($t: String!) { refreshToken(refreshToken: $t) { user { role } } }',
        {
          t: target.refreshToken,
        },
      ),
    );
    expect(refreshed.refreshToken.user.role).toBe('STAFF');
  });

  it('refuses role changes to customers, staff, and admins changing themselves', async () => {
    const target = created[0]!;
    expect(errorCode(await setRole(target.id, 'ADMIN', target.accessToken))).toBe('FORBIDDEN');
    expect(errorCode(await setRole(target.id, 'ADMIN', await users.tokenFor('STAFF')))).toBe('FORBIDDEN');
    expect(
      expectData(await setRole(adminId, 'CUSTOMER', adminToken)).setUserRole.userErrors.map((e) => e.code),
    ).toEqual(['CANNOT_CHANGE_OWN_ROLE']);
    expect(errorCode(await setRole('00000000-0000-4000-8000-000000000000', 'STAFF', adminToken))).toBe(
      'NOT_FOUND',
    );
    const { rows } = await users.db.query('SELECT role FROM users WHERE id = $1', [target.id]);
    expect(rows[0].role).toBe('CUSTOMER');
  });
});
