import 'reflect-metadata';
import { runSubgraph } from '@msa/subgraph-kit';
import { createUsersSubgraph } from './app';
import { loadUsersConfig, loadUsersSigningKey } from './config';

const config = loadUsersConfig();
await runSubgraph('users', config.env.LOG_LEVEL, async (logger) =>
  createUsersSubgraph({
    databaseUrl: config.databaseUrl,
    redisUrl: config.redisUrl,
    port: config.port,
    host: config.env.HOST,
    ...(config.env.TRUSTED_PROXIES ? { trustedProxies: config.env.TRUSTED_PROXIES } : {}),
    signingKey: await loadUsersSigningKey(config),
    accessTokenTtlSeconds: config.accessTokenTtlSeconds,
    storefrontOrigin: config.storefrontOrigin,
    logger,
  }),
);
