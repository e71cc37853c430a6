import {
  createAccessTokenSigner,
  createAccessTokenVerifier,
  generateSigningKeyPem,
  localKeys,
  signingKeyFromPem,
  type AccessTokenSigner,
  type AccessTokenVerifier,
  type Identity,
  type Role,
} from '@msa/auth';
import { randomUUID } from 'node:crypto';

/** A signed-in caller: a fresh user id and an access token for it. */
export interface TestPerson {
  userId: string;
  token: string;
}

export interface TestKeys {
  pem: string;
  signer: AccessTokenSigner;
  verifier: AccessTokenVerifier;
  tokenFor(role?: Role, userId?: string): Promise<string>;
  person(role?: Role): Promise<TestPerson>;
}

/** A fresh Ed25519 key pair, a signer and a verifier that trusts only that key. */
export async function createTestKeys(): Promise<TestKeys> {
  const pem = await generateSigningKeyPem();
  const key = await signingKeyFromPem(pem);
  const signer = createAccessTokenSigner(key);
  const verifier = createAccessTokenVerifier(localKeys(signer.jwks()));
  const tokenFor = (role: Role = 'CUSTOMER', userId: string = randomUUID()) =>
    signer.sign({ userId, role, kind: 'user' } satisfies Identity);
  return {
    pem,
    signer,
    verifier,
    tokenFor,
    async person(role: Role = 'CUSTOMER') {
      const userId = randomUUID();
      return { userId, token: await tokenFor(role, userId) };
    },
  };
}
