import 'reflect-metadata';
import { createAccessTokenVerifier, remoteKeys } from '@msa/auth';
import { createLogger, installGracefulShutdown } from '@msa/subgraph-kit';
import { createNotificationsSubgraph } from './app';
import { loadNotificationsConfig } from './config';

const config = loadNotificationsConfig();
const logger = createLogger('notifications', config.logLevel);
const subgraph = await createNotificationsSubgraph({
  databaseUrl: config.databaseUrl,
  redisUrl: config.redisUrl,
  port: config.port,
  host: config.host,
  verifier: createAccessTokenVerifier(remoteKeys(config.jwksUrl)),
  routerUrl: config.routerUrl,
  usersBaseUrl: config.usersBaseUrl,
  internalServiceSecret: config.internalServiceSecret,
  emailFrom: config.emailFrom,
  deliveryRetry: config.deliveryRetry,
  ...(config.smtpUrl ? { smtpUrl: config.smtpUrl } : {}),
  ...(config.mongodbUrl ? { mongodbUrl: config.mongodbUrl } : {}),
  ...(config.adminNotificationEmail ? { adminNotificationEmail: config.adminNotificationEmail } : {}),
  ...(config.queuePrefix ? { queuePrefix: config.queuePrefix } : {}),
  logger,
});
installGracefulShutdown(() => subgraph.stop(), logger);
