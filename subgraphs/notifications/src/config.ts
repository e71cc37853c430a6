import { internalServiceSecret } from '@msa/auth';
import { databaseUrlFor } from '@msa/prisma-toolkit';
import { baseSubgraphEnv, loadConfig, routerReadTimeoutEnv } from '@msa/subgraph-kit';
import { subgraphPort } from '@msa/topology';
import { z } from 'zod';

export const DEFAULT_EMAIL_FROM = 'MSA-Grok Commerce <no-reply@msa-grok.local>';

const notificationsEnv = baseSubgraphEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  NOTIFICATIONS_DATABASE_URL: z.string().url().optional(),
  ROUTER_URL: z.string().url().default('http://localhost:4000/graphql'),
  ROUTER_READ_TIMEOUT_MS: routerReadTimeoutEnv,
  USERS_URL: z.string().url().default('http://localhost:4001'),
  QUEUE_PREFIX: z.string().min(1).optional(),
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
  DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  DELIVERY_BACKOFF_MS: z.coerce.number().int().min(100).max(600_000).default(2_000),
});

export interface NotificationsConfig {
  port: number;
  host: string;
  logLevel: z.infer<typeof notificationsEnv>['LOG_LEVEL'];
  databaseUrl: string;
  redisUrl: string;
  jwksUrl: string;
  routerUrl: string;
  routerReadTimeoutMs: number;
  usersBaseUrl: string;
  internalServiceSecret: string;
  queuePrefix: string | undefined;
  smtpUrl: string | undefined;
  emailFrom: string;
  mongodbUrl: string | undefined;
  adminNotificationEmail: string | undefined;
  deliveryRetry: { attempts: number; backoffMs: number };
}

/** Reads and validates the environment once at boot; every bad value is named in one error. */
export function loadNotificationsConfig(env: NodeJS.ProcessEnv = process.env): NotificationsConfig {
  const parsed = loadConfig(notificationsEnv, env);
  return {
    port: parsed.PORT ?? subgraphPort('notifications', env),
    host: parsed.HOST,
    logLevel: parsed.LOG_LEVEL,
    databaseUrl: parsed.NOTIFICATIONS_DATABASE_URL ?? databaseUrlFor('notifications', env),
    redisUrl: parsed.REDIS_URL,
    jwksUrl: parsed.JWKS_URL,
    routerUrl: parsed.ROUTER_URL,
    routerReadTimeoutMs: parsed.ROUTER_READ_TIMEOUT_MS,
    usersBaseUrl: parsed.USERS_URL,
    internalServiceSecret: internalServiceSecret(env),
    queuePrefix: parsed.QUEUE_PREFIX,
    smtpUrl: parsed.SMTP_URL,
    emailFrom: parsed.EMAIL_FROM,
    mongodbUrl: parsed.MONGODB_URL,
    adminNotificationEmail: parsed.ADMIN_NOTIFICATION_EMAIL,
    deliveryRetry: { attempts: parsed.DELIVERY_MAX_ATTEMPTS, backoffMs: parsed.DELIVERY_BACKOFF_MS },
  };
}
