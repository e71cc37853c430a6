import pg from 'pg';
import { signingKeyFromPem, type Role, type SigningKey } from '@msa/auth';
import { createQueue } from '@msa/events';
import { createLogger } from '@msa/subgraph-kit';
import {
  bootSubgraphHarness,
  expectData,
  forFile,
  graphqlRequest,
  testDatabaseForFile,
  type GraphQLResponse,
  type TestQueues,
} from '@msa/testing';
import { createUsersSubgraph } from '../../src/app';
import type { LoginThrottlePolicy } from '../../src/domain/login-throttle';
import type { RequestQuotaPolicy } from '../../src/domain/request-quota';

const MIGRATIONS = new URL('../../prisma/migrations', import.meta.url);
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
  /** Exchanges a refresh token for a new pair. */
  refresh(refreshToken: string): Promise<AuthResult>;
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

export interface UsersHarnessOptions {
  loginThrottle?: LoginThrottlePolicy;
  accountMailQuota?: RequestQuotaPolicy;
  dataExportSweepIntervalMs?: number;
}

/** The users subgraph for the tests of one file (or describe block): started before them, closed after them. */
export function usersHarnessForFile(options: UsersHarnessOptions = {}): UsersHarness {
  return forFile(() => startUsersHarness(options));
}

/** A throwaway users database and a pg pool on it, for the tests of one file that need no running subgraph. */
export function usersDatabaseForFile() {
  return testDatabaseForFile('users', MIGRATIONS, (url) => new pg.Pool({ connectionString: url, max: 1 }));
}

/** The codes of a payload's user errors. */
export const codes = (result: { userErrors: { code: string }[] }): string[] =>
  result.userErrors.map((e) => e.code);

export async function startUsersHarness(options: UsersHarnessOptions = {}): Promise<UsersHarness> {
  let signingKey!: SigningKey;
  const booted = await bootSubgraphHarness({
    name: 'users',
    migrations: MIGRATIONS,
    openQueue: createQueue,
    redisKeys: true,
    client: (url) => new pg.Pool({ connectionString: url, max: 2 }),
    // The subgraph issues the tokens itself, with the test keys' signing key.
    beforeStart: async ({ keys }) => {
      signingKey = await signingKeyFromPem(keys.pem);
    },
    start: ({ verifier: _verifier, ...common }, { redis }) =>
      createUsersSubgraph({
        ...common,
        host: '127.0.0.1',
        signingKey,
        logger: createLogger('users-test', 'silent'),
        redisKeyPrefix: redis!.prefix,
        ...(options.loginThrottle ? { loginThrottle: options.loginThrottle } : {}),
        ...(options.accountMailQuota ? { accountMailQuota: options.accountMailQuota } : {}),
        ...(options.dataExportSweepIntervalMs
          ? { dataExportSweepIntervalMs: options.dataExportSweepIntervalMs }
          : {}),
        storefrontOrigin: 'https://shop.test',
        // The harness stands in for the router on loopback: its X-Forwarded-For names the client.
        trustedProxies: 'loopback',
      }),
  });
  const { subgraph: running, queues, client: db, database, keys } = booted;
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
    async refresh(refreshToken) {
      const response = await request<{ refreshToken: AuthResult }>(
        `mutation($t: String!) { refreshToken(refreshToken: $t) { ${AUTH_FIELDS} } }`,
        { t: refreshToken },
      );
      return expectData(response).refreshToken;
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
    tokenFor: (role, userId) => keys.tokenFor(role, userId),
    close: booted.close,
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
