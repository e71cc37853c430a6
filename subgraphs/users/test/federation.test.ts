import { beforeAll, describe, expect, it } from 'vitest';
import { createAccessTokenVerifier, localKeys } from '@msa/auth';
import { LoaderRegistry } from '@msa/subgraph-kit';
import { expectData } from '@msa/testing';
import { AddressRepo } from '../src/data/address.repo';
import { database as usersDatabase } from '../src/data/database';
import { UserRepo } from '../src/data/user.repo';
import { UserDirectoryService } from '../src/services/user-directory.service';
import { registered, usersHarnessForFile } from './support/users-harness';

interface EntityUser {
  id: string;
  name: string;
  email: string | null;
  addresses: { city: string }[] | null;
}

const ENTITIES =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id name email addresses { city } } } }';

describe('users: federation entities and published keys', () => {
  const users = usersHarnessForFile();
  let ann: { id: string; email: string; accessToken: string };
  let bob: { id: string; email: string; accessToken: string };

  beforeAll(async () => {
    ann = await registered(users);
    bob = await registered(users);
    await users.request(
      'mutation($i: AddAddressInput!) { addAddress(input: $i) { userErrors { code } } }',
      { i: { name: 'Ann', line1: '1 Main St', city: 'Springfield', postalCode: '62701', country: 'US' } },
      ann.accessToken,
    );
  });

  const resolve = async (ids: string[], token?: string) =>
    expectData(
      await users.request<{ _entities: (EntityUser | null)[] }>(
        ENTITIES,
        { r: ids.map((id) => ({ __typename: 'User', id })) },
        token,
      ),
    )._entities;

  it('resolves User references in order, with null for unknown ids', async () => {
    const entities = await resolve(
      [bob.id, 'not-a-uuid', ann.id, '00000000-0000-4000-8000-000000000000'],
      await users.tokenFor('ADMIN'),
    );
    expect(entities.map((e) => e?.id ?? null)).toEqual([bob.id, null, ann.id, null]);
    expect(entities[2]).toMatchObject({ email: ann.email, addresses: [{ city: 'Springfield' }] });
  });

  it('hides email and addresses of other users from customers and anonymous callers', async () => {
    const [asBob] = await resolve([ann.id], bob.accessToken);
    expect(asBob).toEqual({ id: ann.id, name: 'Test User', email: null, addresses: null });
    const [anonymous] = await resolve([ann.id]);
    expect(anonymous).toMatchObject({ email: null, addresses: null });
    const [own] = await resolve([ann.id], ann.accessToken);
    expect(own).toMatchObject({ email: ann.email, addresses: [{ city: 'Springfield' }] });
  });

  it('loads a whole batch of references with one query', async () => {
    const prisma = usersDatabase.connect(users.databaseUrl);
    try {
      const repo = new UserRepo(prisma);
      const batches: string[][] = [];
      const counting = Object.assign(Object.create(repo) as UserRepo, {
        findByIds: (ids: readonly string[]) => {
          batches.push([...ids]);
          return repo.findByIds(ids);
        },
      });
      const directory = new UserDirectoryService({
        users: counting,
        addresses: new AddressRepo(prisma),
        sessions: { endAll: async () => {}, endAccessTokens: async () => {} },
      });
      const loaders = new LoaderRegistry();
      const loaded = await Promise.all([ann.id, bob.id, ann.id].map((id) => directory.load(loaders, id)));
      expect(loaded.map((u) => u?.id)).toEqual([ann.id, bob.id, ann.id]);
      expect(batches).toEqual([[ann.id, bob.id]]);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('serves a JWKS that verifies the access tokens it issues', async () => {
    const response = await fetch(`${users.baseUrl}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('max-age');
    const jwks = (await response.json()) as {
      keys: { kty: string; crv: string; alg: string; kid: string; d?: string }[];
    };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' });
    expect(jwks.keys[0]!.d).toBeUndefined();
    const identity = await createAccessTokenVerifier(localKeys(jwks as never)).verify(ann.accessToken);
    expect(identity).toMatchObject({ userId: ann.id, role: 'CUSTOMER', kind: 'user' });
    expect(typeof identity.sessionVersion).toBe('number');
  });

  it('reports healthy database and Redis', async () => {
    const response = await fetch(`${users.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
  });

  it('publishes User as a federation entity keyed by id', async () => {
    const sdl = expectData(await users.request<{ _service: { sdl: string } }>('{ _service { sdl } }'))
      ._service.sdl;
    expect(sdl).toMatch(/type User\s+@key\(fields: "id"\)/);
  });
});
