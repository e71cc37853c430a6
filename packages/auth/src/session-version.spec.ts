import { describe, expect, it } from 'vitest';
import { InvalidAccessTokenError, type AccessTokenVerifier } from './access-token';
import type { Identity } from './identity';
import {
  redisSessionVersions,
  revocationCheckingVerifier,
  type SessionVersionRedis,
} from './session-version';

function memoryRedis(): SessionVersionRedis {
  const values = new Map<string, number>();
  return {
    get: async (key) => (values.has(key) ? String(values.get(key)) : null),
    incr: async (key) => {
      values.set(key, (values.get(key) ?? 0) + 1);
      return values.get(key)!;
    },
  };
}

const verifierOf = (identity: Identity): AccessTokenVerifier => ({ verify: async () => identity });

describe('session versions', () => {
  it('refuses user tokens issued before the latest revocation', async () => {
    const versions = redisSessionVersions(memoryRedis(), { cacheMs: 0 });
    const old = revocationCheckingVerifier(
      verifierOf({ userId: 'u1', role: 'CUSTOMER', kind: 'user' }),
      versions,
    );
    await expect(old.verify('t')).resolves.toMatchObject({ userId: 'u1' });
    expect(await versions.revoke('u1')).toBe(1);
    await expect(old.verify('t')).rejects.toBeInstanceOf(InvalidAccessTokenError);
    const fresh = revocationCheckingVerifier(
      verifierOf({ userId: 'u1', role: 'CUSTOMER', kind: 'user', sessionVersion: 1 }),
      versions,
    );
    await expect(fresh.verify('t')).resolves.toMatchObject({ sessionVersion: 1 });
  });

  it('accepts the token when the store fails, and reports the failure', async () => {
    const errors: unknown[] = [];
    const verifier = revocationCheckingVerifier(
      verifierOf({ userId: 'u1', role: 'CUSTOMER', kind: 'user' }),
      { current: () => Promise.reject(new Error('down')), revoke: () => Promise.resolve(1) },
      (error) => errors.push(error),
    );
    await expect(verifier.verify('t')).resolves.toMatchObject({ userId: 'u1' });
    expect(errors).toHaveLength(1);
  });
});
