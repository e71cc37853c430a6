import { internalServiceSecret } from '@msa/auth';
import {
  loadSubgraphConfig,
  routerReadSettings,
  routerReadsEnv,
  subgraphEnv,
  wholeNumberEnv,
} from '@msa/subgraph-kit';
import { z } from 'zod';

export const DEFAULT_EMAIL_FROM = 'MSA-Grok Commerce <no-reply@msa-grok.local>';

const notificationsEnv = subgraphEnv('notifications').extend({
  ...routerReadsEnv,
  USERS_URL: z.string().url().default('http://localhost:4001'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  EMAIL_FROM: z.string().min(3).default(DEFAULT_EMAIL_FROM),
  MONGODB_URL: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// or mongodb+srv:// URL')
    .optional(),
  ADMIN_NOTIFICATION_EMAIL: z.string().email().optional(),
  DELIVERY_MAX_ATTEMPTS: wholeNumberEnv({ min: 1, max: 20 }, 5),
  DELIVERY_BACKOFF_MS: wholeNumberEnv({ min: 100, max: 600_000 }, 2_000),
});

/** Reads and validates the environment once at boot; every bad value is named in one error. */
export function loadNotificationsConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadSubgraphConfig('notifications', notificationsEnv, env);
  const parsed = config.env;
  return {
    ...config,
    ...routerReadSettings(parsed),
    usersBaseUrl: parsed.USERS_URL,
    internalServiceSecret: internalServiceSecret(env),
    smtpUrl: parsed.SMTP_URL,
    emailFrom: parsed.EMAIL_FROM,
    mongodbUrl: parsed.MONGODB_URL,
    adminNotificationEmail: parsed.ADMIN_NOTIFICATION_EMAIL,
    deliveryRetry: { attempts: parsed.DELIVERY_MAX_ATTEMPTS, backoffMs: parsed.DELIVERY_BACKOFF_MS },
  };
}
