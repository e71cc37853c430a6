import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  createAccessTokenSigner,
  generateSigningKeyPem,
  signingKeyFromPem,
  type Role,
  type SigningKey,
} from '@msa/auth';
import { createQueue } from '@msa/events';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import {
  closeInOrder,
  createTestDatabase,
  createTestRedis,
  expectData,
  graphqlRequest,
  TEST_REDIS_URL,
  type GraphQLResponse,
  TestQueues,
  type TestDatabase,
} from '@msa/testing';
import { createUsersSubgraph } from '../../src/app';
import type { LoginThrottlePolicy } from '../../src/domain/login-throttle';
import type { RequestQuotaPolicy } from '../../src/domain/request-quota';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));
export const PASSWORD = 'quiet harbour lantern';

export const AUTH_FIELDS = `accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id email name role } userErrors { code field message }`;

export interface AuthResult {
  accessToken: string | null;
  refreshToken: string | null;
  accessTokenExpiresAt: string | null;
  refreshTokenExpiresAt: string | null;
  user: { id: string; email: string | null; name: string; role: Role } | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}

export interface UsersHarness {
  url: string;
  baseUrl: string;
  /** The subgraph's queues, for a test that plays the other services. */
  queues: TestQueues;
  /** BullMQ prefix of this instance's queues. */
  queuePrefix: string;
  signingKey: SigningKey;
  db: pg.Pool;
  databaseUrl: string;
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  register(email: string, password?: string, name?: string): Promise<AuthResult>;
  login(email: string, password: string, ip?: string): Promise<AuthResult>;
  /** An access token signed with the subgraph's key for a user that need not exist. */
  tokenFor(role: Role, userId?: string): Promise<string>;
  close(): Promise<void>;
}

let emailCounter = 0;
/** Distinct per call, so tests in one file never collide on accounts. */
export function uniqueEmail(label = 'user'): string {
  emailCounter += 1;
  return `${label}.${emailCounter}.${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export async function startUsersHarness(
  options: {
    loginThrottle?: LoginThrottlePolicy;
    accountMailQuota?: RequestQuotaPolicy;
    dataExportSweepIntervalMs?: number;
  } = {},
): Promise<UsersHarness> {
  const database: TestDatabase = await createTestDatabase('users', MIGRATIONS_DIR);
  const redis = createTestRedis();
  const queues = new TestQueues('users', createQueue);
  const signingKey = await signingKeyFromPem(await generateSigningKeyPem());
  let subgraph: RunningSubgraph | undefined;
  try {
    subgraph = await createUsersSubgraph({
      databaseUrl: database.url,
      redisUrl: TEST_REDIS_URL,
      port: 0,
      host: '127.0.0.1',
      signingKey,
      logger: createLogger('users-test', 'silent'),
      redisKeyPrefix: redis.prefix,
      queuePrefix: queues.prefix,
      ...(options.loginThrottle ? { loginThrottle: options.loginThrottle } : {}),
      ...(options.accountMailQuota ? { accountMailQuota: options.accountMailQuota } : {}),
      ...(options.dataExportSweepIntervalMs
        ? { dataExportSweepIntervalMs: options.dataExportSweepIntervalMs }
        : {}),
      storefrontOrigin: 'https://shop.test',
      // The harness stands in for the router on loopback: its X-Forwarded-For names the client.
      trustedProxies: 'loopback',
    });
  } catch (error) {
    await closeInOrder(
      () => queues.close(),
      () => redis.close(),
      () => database.drop(),
    );
    throw error;
  }
  const running = subgraph;
  const db = new pg.Pool({ connectionString: database.url, max: 2 });
  const signer = createAccessTokenSigner(signingKey);
  const request = <T>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    headers?: Record<string, string>,
  ) => graphqlRequest<T>(running.url, query, variables, { token, ...(headers ? { headers } : {}) });

  return {
    url: running.url,
    baseUrl: running.url.replace(/\/graphql$/, ''),
    queues,
    queuePrefix: queues.prefix,
    signingKey,
    db,
    databaseUrl: database.url,
    request,
    async register(email, password = PASSWORD, name = 'Test User') {
      const response = await request<{ register: AuthResult }>(
        `mutation($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`,
        {
          input: { email, password, name },
        },
      );
      return expectData(response).register;
    },
    async login(email, password, ip = '198.51.100.1') {
      const response = await request<{ login: AuthResult }>(
        `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { ${AUTH_FIELDS} } }`,
        { email, password },
        undefined,
        { 'x-forwarded-for': ip },
      );
      return expectData(response).login;
    },
    tokenFor: (role, userId = crypto.randomUUID()) => signer.sign({ userId, role, kind: 'user' }),
    close: () =>
      closeInOrder(
        () => running.stop(),
        () => queues.close(),
        () => db.end(),
        () => redis.close(),
        () => database.drop(),
      ),
  };
}

/** Registers an account and returns its id and tokens, failing the test if registration did not succeed. */
export async function registered(
  harness: UsersHarness,
  email = uniqueEmail(),
): Promise<{ id: string; email: string; accessToken: string; refreshToken: string }> {
  const result = await harness.register(email);
  if (!result.user || !result.accessToken || !result.refreshToken)
    throw new Error(`registration failed: ${JSON.stringify(result.userErrors)}`);
  return { id: result.user.id, email, accessToken: result.accessToken, refreshToken: result.refreshToken };
}
