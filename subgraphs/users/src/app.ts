import 'reflect-metadata';
import {
  createAccessTokenSigner,
  createAccessTokenVerifier,
  internalServiceSecret,
  localKeys,
  redisSessionVersions,
  revocationCheckingVerifier,
  type SigningKey,
} from '@msa/auth';
import {
  DEFAULT_LISTEN_HOST,
  defineSubgraph,
  type RunningSubgraph,
  startPeriodicSweeper,
  type SubgraphOptions,
} from '@msa/subgraph-kit';
import { startEventWorker } from '@msa/events';
import { createHmac } from 'node:crypto';
import type { UsersContext } from './context';
import { database } from './data/database';
import { DEFAULT_LOGIN_THROTTLE, type LoginThrottlePolicy } from './domain/login-throttle';
import { DEFAULT_ACCOUNT_MAIL_QUOTA, type RequestQuotaPolicy } from './domain/request-quota';
import { currentClientIp, mountClientIp } from './http/client-ip.middleware';
import { mountDataExportDownload } from './http/data-export.route';
import { mountJwks } from './http/jwks.route';
import { mountServiceTokens } from './http/service-token.route';
import { buildUsersSchema } from './schema';
import { createPasswordHasher } from './security/password-hasher';
import { createUsersServices } from './services/users-services';

/** Where the development storefront runs (`npm run dev`). */
export const DEFAULT_STOREFRONT_ORIGIN = 'http://localhost:3000';

export interface UsersSubgraphOptions extends Omit<SubgraphOptions, 'verifier'> {
  signingKey: SigningKey;
  accessTokenTtlSeconds?: number;
  /** Prefix of this instance's Redis keys; tests give each instance its own. */
  redisKeyPrefix?: string;
  loginThrottle?: LoginThrottlePolicy;
  /** Ceiling on password-reset and verification emails; tests lower it. */
  accountMailQuota?: RequestQuotaPolicy;
  /** Origin of the storefront pages mailed links open (STOREFRONT_ORIGIN); http://localhost:3000 by default. */
  storefrontOrigin?: string;
  /** Proxies whose X-Forwarded-For names the client (TRUSTED_PROXIES); none by default. */
  trustedProxies?: string;
  /** Shared secret internal services exchange for service tokens; default from INTERNAL_SERVICE_SECRET. */
  internalServiceSecret?: string;
  /** How often expired data exports are deleted; every 15 minutes by default, tests shorten it. */
  dataExportSweepIntervalMs?: number;
}

export async function createUsersSubgraph(options: UsersSubgraphOptions): Promise<RunningSubgraph> {
  const accessTokenTtlSeconds = options.accessTokenTtlSeconds ?? 900;
  const signer = createAccessTokenSigner(options.signingKey, accessTokenTtlSeconds);
  const verifier = createAccessTokenVerifier(localKeys(signer.jwks()));
  const serviceSecret = options.internalServiceSecret ?? internalServiceSecret();
  // Download links are signed with a key derived from the service secret, never the secret itself.
  const exportLinkSecret = createHmac('sha256', serviceSecret).update('data-export-links').digest('hex');
  return defineSubgraph<UsersContext>({ name: 'users', ...options, verifier }, async (kit) => {
    const { logger } = kit;
    const prisma = kit.connectDatabase(database);
    const redis = kit.redisClient('users redis');
    const revocationChecked = revocationCheckingVerifier(verifier, redisSessionVersions(redis));
    const services = createUsersServices({
      exportLinkSecret,
      prisma,
      redis,
      redisKeyPrefix: options.redisKeyPrefix ?? 'users:',
      signer,
      hasher: createPasswordHasher(),
      accessTokenTtlSeconds,
      loginThrottle: options.loginThrottle ?? DEFAULT_LOGIN_THROTTLE,
      accountMailQuota: options.accountMailQuota ?? DEFAULT_ACCOUNT_MAIL_QUOTA,
      storefrontOrigin: options.storefrontOrigin ?? DEFAULT_STOREFRONT_ORIGIN,
      logger,
    });
    // Privacy: users' own export part and the assembly of every subgraph's part (see privacy.service.ts).
    kit.use(startEventWorker('users', services.privacy.eventHandlers(), kit.workerOptions), 'privacy worker');
    // Expired exports (the file and its row) are deleted, not just refused: the copy of the data goes away.
    kit.use(
      startPeriodicSweeper({
        name: 'data-exports',
        describe: 'deleted expired and abandoned data exports',
        intervalMs: options.dataExportSweepIntervalMs ?? 15 * 60 * 1000,
        logger,
        work: () => services.privacy.removeExpiredExports(),
      }),
      'data export sweeper',
    );
    return {
      schema: await buildUsersSchema(),
      context: (base) => ({ ...base, clientIp: currentClientIp(), services }),
      routes: (app) => {
        mountJwks(app, signer);
        mountServiceTokens(app, signer, {
          secret: serviceSecret,
          listenHost: options.host ?? DEFAULT_LISTEN_HOST,
          logger,
        });
        mountClientIp(app, options.trustedProxies);
        mountDataExportDownload(app, {
          privacy: services.privacy,
          verifier: revocationChecked,
          linkSecret: exportLinkSecret,
          logger,
        });
      },
    };
  });
}
