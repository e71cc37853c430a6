import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, exportPKCS8, generateKeyPair, importPKCS8, type JWK, calculateJwkThumbprint } from 'jose';

export const SIGNING_ALG = 'EdDSA';

export interface SigningKey {
  kid: string;
  privateKey: Awaited<ReturnType<typeof importPKCS8>>;
  publicJwk: JWK;
}

/** Builds a signing key from an Ed25519 PKCS#8 PEM. The key id is the public key's RFC 7638 thumbprint. */
export async function signingKeyFromPem(pem: string): Promise<SigningKey> {
  const privateKey = await importPKCS8(pem, SIGNING_ALG, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const publicJwk: JWK = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
  const kid = await calculateJwkThumbprint(publicJwk);
  return { kid, privateKey, publicJwk: { ...publicJwk, kid, alg: SIGNING_ALG, use: 'sig' } };
}

export async function generateSigningKeyPem(): Promise<string> {
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { crv: 'Ed25519', extractable: true });
  return exportPKCS8(privateKey);
}

export interface LoadSigningKeyOptions {
  /** PEM from the environment (JWT_PRIVATE_KEY); wins when set. */
  pem?: string | undefined;
  /** Where a development key is kept between restarts; generated on first use. */
  devKeyPath: string;
  production: boolean;
}

/**
 * Production must be given its key; development generates one on first start and keeps it on disk so
 * tokens survive restarts.
 */
export async function loadSigningKey(options: LoadSigningKeyOptions): Promise<SigningKey> {
  if (options.pem) return signingKeyFromPem(options.pem.replace(/\\n/g, '\n'));
  if (options.production) {
    throw new Error('JWT_PRIVATE_KEY must be set in production (an Ed25519 PKCS#8 PEM).');
  }
  if (!existsSync(options.devKeyPath)) {
    mkdirSync(dirname(options.devKeyPath), { recursive: true });
    writeFileSync(options.devKeyPath, await generateSigningKeyPem(), { mode: 0o600 });
  }
  return signingKeyFromPem(readFileSync(options.devKeyPath, 'utf8'));
}
