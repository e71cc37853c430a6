import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, registered, startUsersHarness, uniqueEmail, type UsersHarness } from './users-harness';

describe('users: sign-in throttling in Redis', () => {
  let users: UsersHarness;
  beforeAll(async () => {
    users = await startUsersHarness();
  });
  afterAll(() => users?.close());

  const codes = (result: { userErrors: { code: string }[] }) => result.userErrors.map((e) => e.code);

  it('locks an account after 5 failures, even for the right password, and says how long to wait', async () => {
    const { email } = await registered(users);
    for (let i = 0; i < 5; i += 1)
      expect(codes(await users.login(email, `wrong password ${i}`, `203.0.113.${i + 1}`))).toEqual([
        'INVALID_CREDENTIALS',
      ]);

    const blocked = await users.login(email, PASSWORD, '203.0.113.99');
    expect(blocked.accessToken).toBeNull();
    expect(blocked.userErrors).toHaveLength(1);
    expect(blocked.userErrors[0]!.code).toBe('TOO_MANY_ATTEMPTS');
    const seconds = Number(/Try again in (\d+) seconds/.exec(blocked.userErrors[0]!.message)?.[1]);
    expect(seconds).toBeGreaterThan(890);
    expect(seconds).toBeLessThanOrEqual(900);
  });

  it('throttles unknown emails the same way, so lockouts reveal nothing', async () => {
    const email = uniqueEmail('ghost');
    for (let i = 0; i < 5; i += 1) await users.login(email, 'wrong password!', `203.0.113.${i + 1}`);
    expect(codes(await users.login(email, 'wrong password!', '203.0.113.50'))).toEqual(['TOO_MANY_ATTEMPTS']);
  });

  it('a successful sign-in clears the account counter', async () => {
    const { email } = await registered(users);
    const ip = '192.0.2.10';
    for (let i = 0; i < 4; i += 1) await users.login(email, 'wrong password!', ip);
    expect(codes(await users.login(email, PASSWORD, ip))).toEqual([]);
    for (let i = 0; i < 4; i += 1)
      expect(codes(await users.login(email, 'wrong password!', ip))).toEqual(['INVALID_CREDENTIALS']);
    expect(codes(await users.login(email, PASSWORD, ip))).toEqual([]);
  });

  it('locks a client address after 20 failures across accounts, leaving other addresses alone', async () => {
    const { email } = await registered(users);
    const ip = '192.0.2.77';
    for (let i = 0; i < 20; i += 1) {
      expect(codes(await users.login(uniqueEmail('spray'), 'wrong password!', ip))).toEqual([
        'INVALID_CREDENTIALS',
      ]);
    }
    expect(codes(await users.login(email, PASSWORD, ip))).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(codes(await users.login(email, PASSWORD, '192.0.2.78'))).toEqual([]);
  });

  it('uses only the first x-forwarded-for entry as the client address', async () => {
    const { email } = await registered(users);
    for (let i = 0; i < 20; i += 1)
      await users.login(uniqueEmail('spray'), 'wrong password!', `192.0.2.90, 10.0.0.${i + 1}`);
    expect(codes(await users.login(email, PASSWORD, '192.0.2.90, 10.0.0.200'))).toEqual([
      'TOO_MANY_ATTEMPTS',
    ]);
  });

  it('falls back to the socket address when no x-forwarded-for is sent', async () => {
    const { email } = await registered(users);
    const direct = (password: string, address?: string) =>
      users.request<{ login: { userErrors: { code: string }[] } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { userErrors { code } } }',
        { e: email, p: password },
        undefined,
        address ? { 'x-forwarded-for': address } : {},
      );
    for (let i = 0; i < 20; i += 1) await users.login(uniqueEmail('spray'), 'wrong password!', '127.0.0.1');
    expect((await direct(PASSWORD)).data?.login.userErrors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect((await direct(PASSWORD, '192.0.2.201')).data?.login.userErrors).toEqual([]);
  });
});
