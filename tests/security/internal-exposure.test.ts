import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import {
  DEV_INTERNAL_SERVICE_SECRET,
  generateSigningKeyPem,
  signingKeyFromPem,
  SERVICE_TOKEN_PATH,
} from '@msa/auth';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import { createHmac } from 'node:crypto';
import {
  createTestDatabase,
  createTestKeys,
  errorCode,
  TEST_REDIS_URL,
  type TestDatabase,
} from '@msa/testing';
import { createPaymentsSubgraph, DEV_WEBHOOK_SECRET } from '@msa/payments/app';
import { migrationsDirOf } from '@msa/prisma-toolkit/repo-paths';
import { createUsersSubgraph } from '@msa/users/app';
import { seed as seedUsers } from '@msa/users/seed';
import { bootSupergraph, type BootedSupergraph } from '../support/boot-supergraph';
import { ApiClient, login } from '../support/api';

function serviceBase(subgraph: RunningSubgraph): string {
  return subgraph.url.replace(/\/graphql$/, '');
}

async function requestServiceToken(base: string, secret: string, service = 'notifications') {
  const response = await fetch(base + SERVICE_TOKEN_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ service }),
  });
  return { status: response.status, body: (await response.json()) as { accessToken?: string } };
}

/** Finding 1: internal ports were public and the published development secret minted ADMIN tokens. */
describe('internal services: loopback listeners and least-privilege service tokens', () => {
  let system: BootedSupergraph;
  let admin: ApiClient;

  beforeAll(async () => {
    system = await bootSupergraph();
    await seedUsers({ databaseUrl: system.databases.users!.url, log: () => {} });
    const auth = await login(
      new ApiClient(system.routerUrl),
      'admin@example.com',
      process.env.DEMO_ADMIN_PASSWORD ?? 'admin-dev-password',
    );
    admin = new ApiClient(system.routerUrl, auth.accessToken!);
  });
  afterAll(() => system?.stop());

  it('every subgraph listens on loopback by default', () => {
    for (const [name, subgraph] of Object.entries(system.subgraphs)) {
      const address = (subgraph.httpServer.address() as AddressInfo).address;
      expect({ name, address }).toEqual({ name, address: '127.0.0.1' });
    }
  });

  it('issues service tokens with the SERVICE role and only the service’s scopes', async () => {
    const { status, body } = await requestServiceToken(
      serviceBase(system.subgraphs.users!),
      DEV_INTERNAL_SERVICE_SECRET,
    );
    expect(status).toBe(200);
    const identity = await system.verifier.verify(body.accessToken!);
    expect(identity).toMatchObject({
      role: 'SERVICE',
      kind: 'service',
      scopes: ['users:read', 'orders:read'],
    });

    const unknown = await requestServiceToken(
      serviceBase(system.subgraphs.users!),
      DEV_INTERNAL_SERVICE_SECRET,
      'search',
    );
    expect(unknown.status).toBe(403);
  });

  it('the router grants a service token its scoped reads and nothing else', async () => {
    const { body } = await requestServiceToken(
      serviceBase(system.subgraphs.users!),
      DEV_INTERNAL_SERVICE_SECRET,
    );
    const service = new ApiClient(system.routerUrl, body.accessToken!);
    const me = await admin.data<{ me: { id: string } }>('{ me { id } }');

    const read = await service.data<{ user: { id: string; email: string } }>(
      'query($id: ID!) { user(id: $id) { id email } }',
      { id: me.me.id },
    );
    expect(read.user.email).toBe('admin@example.com');

    // Admin lists, admin mutations and any mutation at all stay closed.
    expect(errorCode(await service.request('{ users(first: 5) { totalCount } }'))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await service.request(
          'mutation($id: ID!) { setUserRole(userId: $id, role: ADMIN) { userErrors { code } } }',
          {
            id: me.me.id,
          },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await service.request(
          'mutation { createCategory(input: { name: "Leaked", slug: "leaked" }) { userErrors { code } } }',
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('the published development secrets on a non-loopback listener', () => {
  let database: TestDatabase;
  let paymentsDatabase: TestDatabase;
  let users: RunningSubgraph;
  let payments: RunningSubgraph;

  beforeAll(async () => {
    database = await createTestDatabase('users', migrationsDirOf('users'));
    users = await createUsersSubgraph({
      databaseUrl: database.url,
      redisUrl: TEST_REDIS_URL,
      port: 0,
      host: '0.0.0.0',
      signingKey: await signingKeyFromPem(await generateSigningKeyPem()),
      logger: createLogger('users', 'silent'),
      queuePrefix: `sec-${Date.now()}`,
      internalServiceSecret: DEV_INTERNAL_SERVICE_SECRET,
    });
    paymentsDatabase = await createTestDatabase('payments', migrationsDirOf('payments'));
    const keys = await createTestKeys();
    payments = await createPaymentsSubgraph({
      databaseUrl: paymentsDatabase.url,
      redisUrl: TEST_REDIS_URL,
      port: 0,
      host: '0.0.0.0',
      verifier: keys.verifier,
      logger: createLogger('payments', 'silent'),
      queuePrefix: `sec-${Date.now()}`,
      webhookSecret: DEV_WEBHOOK_SECRET,
    });
  });
  afterAll(async () => {
    await users?.stop();
    await payments?.stop();
    await database?.drop();
    await paymentsDatabase?.drop();
  });

  it('no service token is issued for the development service secret', async () => {
    const { status } = await requestServiceToken(serviceBase(users), DEV_INTERNAL_SERVICE_SECRET);
    expect(status).toBe(403);
  });

  it('payment webhooks signed with the development secret are refused', async () => {
    const body = JSON.stringify({ id: 'evt_1', type: 'charge.succeeded', data: {} });
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', DEV_WEBHOOK_SECRET).update(`${timestamp}.${body}`).digest('hex');
    const response = await fetch(`${serviceBase(payments)}/webhooks/payments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature': `t=${timestamp},v1=${signature}` },
      body,
    });
    expect(response.status).toBe(403);
  });
});
