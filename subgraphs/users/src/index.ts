import 'reflect-metadata';
import { createLogger, installGracefulShutdown } from '@msa/subgraph-kit';
import { createUsersSubgraph } from './app';
import { loadUsersConfig, loadUsersSigningKey } from './config';

const config = loadUsersConfig();
const logger = createLogger('users', config.env.LOG_LEVEL);
const subgraph = await createUsersSubgraph({
  databaseUrl: config.databaseUrl,
  redisUrl: config.redisUrl,
  port: config.port,
  host: config.env.HOST,
  ...(config.env.TRUSTED_PROXIES ? { trustedProxies: config.env.TRUSTED_PROXIES } : {}),
  signingKey: await loadUsersSigningKey(config),
  accessTokenTtlSeconds: config.accessTokenTtlSeconds,
  storefrontOrigin: config.storefrontOrigin,
  logger,
});
installGracefulShutdown(() => subgraph.stop(), logger);
