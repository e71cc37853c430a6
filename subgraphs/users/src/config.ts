import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSigningKey, type SigningKey } from '@msa/auth';
import { loadSubgraphConfig, subgraphEnv, unsetWhenEmpty, wholeNumberEnv } from '@msa/subgraph-kit';
import { z } from 'zod';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where development keeps its generated signing key, so tokens survive restarts. */
export const DEV_SIGNING_KEY_PATH = join(REPO_ROOT, '.data', 'keys', 'jwt-ed25519.pem');

export const usersEnv = subgraphEnv('users').extend({
  PORT: wholeNumberEnv({ min: 0, max: 65_535 }),
  USERS_DATABASE_URL: unsetWhenEmpty(z.string().url().optional()),
  JWT_PRIVATE_KEY: unsetWhenEmpty(z.string().optional()),
  ACCESS_TOKEN_TTL_SECONDS: wholeNumberEnv({ min: 60, max: 3600, unit: 'seconds' }, 900),
  /** Origin of the storefront that opens password-reset and verification links. */
  STOREFRONT_ORIGIN: z
    .string()
    .url()
    .refine(
      (value) => new URL(value).origin === value.replace(/\/$/, ''),
      'must be an origin like https://shop.example.com',
    )
    .default('http://localhost:3000'),
});

/** Reads and validates the environment once at boot. */
export function loadUsersConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadSubgraphConfig('users', usersEnv, env);
  return {
    ...config,
    accessTokenTtlSeconds: config.env.ACCESS_TOKEN_TTL_SECONDS,
    storefrontOrigin: new URL(config.env.STOREFRONT_ORIGIN).origin,
  };
}

export type UsersConfig = ReturnType<typeof loadUsersConfig>;

/** JWT_PRIVATE_KEY (an Ed25519 PKCS#8 PEM) wins; production refuses to start without it. */
export function loadUsersSigningKey(config: UsersConfig): Promise<SigningKey> {
  return loadSigningKey({
    pem: config.env.JWT_PRIVATE_KEY,
    devKeyPath: DEV_SIGNING_KEY_PATH,
    production: config.production,
  });
}
