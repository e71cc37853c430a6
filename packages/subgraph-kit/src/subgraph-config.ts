import { databaseUrlFor } from '@msa/prisma-toolkit';
import { subgraphPort } from '@msa/topology';
import type { LevelWithSilent } from 'pino';
import { z } from 'zod';
import { wholeNumberEnv } from './env-values';
import { baseSubgraphEnv, loadConfig } from './config';

/** `CART_DATABASE_URL` for `cart`: the subgraph's own database, which wins over DATABASE_URL. */
export type DatabaseUrlVariable<N extends string> = `${Uppercase<N>}_DATABASE_URL`;

/**
 * The environment every subgraph process reads: the base settings, its port, queue prefix and database. A
 * subgraph's own schema extends it: `subgraphEnv('cart').extend({ CART_KEY_PREFIX: … })`.
 */
export function subgraphEnv<N extends string>(name: N) {
  const ownDatabase = { [`${name.toUpperCase()}_DATABASE_URL`]: z.string().url().optional() };
  return baseSubgraphEnv.extend({
    PORT: wholeNumberEnv({ min: 0, max: 65_535 }),
    QUEUE_PREFIX: z.string().min(1).optional(),
    /** The server of every subgraph's database (`msa_<name>` on it) unless `<NAME>_DATABASE_URL` is set. */
    DATABASE_URL: z.string().url().optional(),
    ...(ownDatabase as Record<DatabaseUrlVariable<N>, z.ZodOptional<z.ZodString>>),
  });
}

/** What any subgraph's environment holds once parsed. */
export type SubgraphEnv = z.infer<typeof baseSubgraphEnv> & {
  PORT?: number | undefined;
  QUEUE_PREFIX?: string;
};

/** The settings the kit runs every subgraph with, resolved from its environment. */
export interface SubgraphSettings {
  port: number;
  host: string;
  logLevel: LevelWithSilent;
  databaseUrl: string;
  redisUrl: string;
  jwksUrl: string;
  queuePrefix: string | undefined;
  trustedProxies: string | undefined;
  production: boolean;
}

/**
 * Parses a subgraph's environment with its schema (see subgraphEnv) and resolves the common settings: PORT or
 * the subgraph's port in the topology, `<NAME>_DATABASE_URL` or `msa_<name>` on DATABASE_URL's server. Every
 * bad value is named in one error. `env` is the parsed environment, for the subgraph's own settings.
 */
export function loadSubgraphConfig<S extends z.ZodType<SubgraphEnv>>(
  name: string,
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): SubgraphSettings & { env: z.infer<S> } {
  const parsed = loadConfig(schema, env);
  return {
    port: parsed.PORT ?? subgraphPort(name, {}),
    host: parsed.HOST,
    logLevel: parsed.LOG_LEVEL,
    databaseUrl: databaseUrlFor(name, env),
    redisUrl: parsed.REDIS_URL,
    jwksUrl: parsed.JWKS_URL,
    queuePrefix: parsed.QUEUE_PREFIX,
    trustedProxies: parsed.TRUSTED_PROXIES,
    production: parsed.NODE_ENV === 'production',
    env: parsed,
  };
}
