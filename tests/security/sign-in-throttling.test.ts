import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKeyPem, signingKeyFromPem } from '@msa/auth';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import { createTestDatabase, graphqlRequest, TEST_REDIS_URL, type TestDatabase } from '@msa/testing';
import { migrationsDirOf } from '@msa/prisma-toolkit/repo-paths';
import { createUsersSubgraph } from '@msa/users/app';
import { eventually } from '../support/eventually';

const REGISTER =
  'mutation($e: String!) { register(input: { email: $e, password: "correct-horse-battery", name: "Owner" }) { userErrors { code } } }';
const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken userErrors { code message } } }';

/**
 * Findings on sign-in: X-Forwarded-For was trusted from anyone, and five wrong passwords locked any account
 * for 15 minutes. Now: the header counts only through TRUSTED_PROXIES (none by default), and failures cost
 * growing delays that never lock the owner out.
 */
describe('sign-in throttling and client addresses', () => {
  let database: TestDatabase;
  let users: RunningSubgraph;

  const login = async (email: string, password: string, forwardedFor?: string) => {
    const response = await graphqlRequest<{
      login: { accessToken: string | null; userErrors: { code: string; message: string }[] };
    }>(
      users.url,
      LOGIN,
      { e: email, p: password },
      forwardedFor ? { headers: { 'x-forwarded-for': forwardedFor } } : {},
    );
    return response.data!.login;
  };

  beforeAll(async () => {
    database = await createTestDatabase('users', migrationsDirOf('users'));
    users = await createUsersSubgraph({
      databaseUrl: database.url,
      redisUrl: TEST_REDIS_URL,
      redisKeyPrefix: `sec-throttle-${Date.now()}:`,
      port: 0,
      signingKey: await signingKeyFromPem(await generateSigningKeyPem()),
      logger: createLogger('users', 'silent'),
      queuePrefix: `sec-throttle-${Date.now()}`,
    });
  });
  afterAll(async () => {
    await users?.stop();
    await database?.drop();
  });

  it('ignores a spoofed X-Forwarded-For when no proxy is trusted', async () => {
    // Rotating the header would have given every attempt a fresh address; now all count for the peer.
    for (let i = 0; i < 10; i += 1)
      await login(`nobody-${i}-${Date.now()}@example.com`, 'wrong password!', `203.0.113.${i + 1}`);
    const next = await login(`someone-${Date.now()}@example.com`, 'wrong password!', '198.51.100.99');
    expect(next.userErrors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    // The address cools down after seconds (not a lockout); let it pass before the next test.
    await eventually(
      async () => {
        const retry = await login(`cooled-${Date.now()}@example.com`, 'wrong password!');
        expect(retry.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
      },
      { timeoutMs: 30_000, intervalMs: 500 },
    );
  });

  it('slows wrong passwords with growing delays but lets the owner in within seconds', async () => {
    const email = `owner-${Date.now()}@example.com`;
    await graphqlRequest(users.url, REGISTER, { e: email });
    for (let i = 0; i < 3; i += 1) await login(email, `wrong password ${i}`);
    const slowed = await login(email, 'correct-horse-battery');
    expect(slowed.userErrors.map((e) => e.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    const seconds = Number(/in (\d+) second/.exec(slowed.userErrors[0]!.message)?.[1]);
    expect(seconds).toBeLessThanOrEqual(300);
    const owner = await eventually(
      async () => {
        const result = await login(email, 'correct-horse-battery');
        expect(result.userErrors).toEqual([]);
        return result;
      },
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    expect(owner.accessToken).toBeTruthy();
  });
});
