import { eventuallyPasses } from '@msa/testing';
import { describe, expect, it } from 'vitest';
import { codes, PASSWORD, registered, uniqueEmail, usersHarnessForFile } from './support/users-harness';

/** Polls until the assertion holds: back-off delays are seconds long and must not be slept through blindly. */
const eventually = <T>(check: () => Promise<T>) =>
  eventuallyPasses(check, { timeoutMs: 20_000, intervalMs: 250 });

describe('users: sign-in back-off in Redis (slows attackers, never locks the owner out)', () => {
  const users = usersHarnessForFile();

  it('slows repeated failures from one address with short, growing delays; the right password then works', async () => {
    const { email } = await registered(users);
    const ip = '203.0.113.10';
    for (let i = 0; i < 3; i += 1)
      expect(codes(await users.login(email, `wrong password ${i}`, ip))).toEqual(['INVALID_CREDENTIALS']);
    const slowed = await users.login(email, PASSWORD, ip);
    expect(codes(slowed)).toEqual(['TOO_MANY_ATTEMPTS']);
    const seconds = Number(/Try again in (\d+) second/.exec(slowed.userErrors[0]!.message)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    await eventually(async () => expect(codes(await users.login(email, PASSWORD, ip))).toEqual([]));
  });

  it("an attacker's failures from many addresses do not lock the owner out", async () => {
    const { email } = await registered(users);
    for (let i = 0; i < 30; i += 1) await users.login(email, 'wrong password!', `198.51.100.${i + 1}`);
    // At most the account-wide cap (seconds, not minutes), then the owner is in.
    await eventually(async () =>
      expect(codes(await users.login(email, PASSWORD, '192.0.2.200'))).toEqual([]),
    );
  });

  it('throttles unknown emails the same way, so delays reveal nothing', async () => {
    const email = uniqueEmail('ghost');
    for (let i = 0; i < 3; i += 1) await users.login(email, 'wrong password!', '203.0.113.20');
    expect(codes(await users.login(email, 'wrong password!', '203.0.113.20'))).toEqual(['TOO_MANY_ATTEMPTS']);
  });

  it('slows an address spraying many accounts, leaving other addresses alone', async () => {
    const { email } = await registered(users);
    const ip = '192.0.2.77';
    for (let i = 0; i < 10; i += 1)
      expect(codes(await users.login(uniqueEmail('spray'), 'wrong password!', ip))).toEqual([
        'INVALID_CREDENTIALS',
      ]);
    expect(codes(await users.login(email, PASSWORD, ip))).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(codes(await users.login(email, PASSWORD, '192.0.2.78'))).toEqual([]);
  });

  it('takes the client address the trusted proxy appended, not what the client prepended', async () => {
    const { email } = await registered(users);
    // The client rotates a fake first entry; the proxy's entry (the last) stays the same.
    for (let i = 0; i < 10; i += 1)
      await users.login(uniqueEmail('spray'), 'wrong password!', `10.0.0.${i + 1}, 192.0.2.90`);
    expect(codes(await users.login(email, PASSWORD, '10.9.9.9, 192.0.2.90'))).toEqual(['TOO_MANY_ATTEMPTS']);
  });
});
