import { databaseUrlFor } from '@msa/prisma-toolkit';
import { baseSubgraphEnv, loadConfig } from '@msa/subgraph-kit';
import { subgraphPort } from '@msa/topology';
import { z } from 'zod';
import { parseFaultPoints, type FaultPoint } from './domain/fault-points';
import { DEFAULT_RETRY_POLICY } from './domain/retry-backoff';
import { DEFAULT_WEBHOOK_TOLERANCE_SECONDS } from './domain/webhook-signature';
import { DEV_WEBHOOK_SECRET } from './webhooks/webhook-secret';

const latencyRange = z
  .string()
  .regex(/^\d{1,5}\s*,\s*\d{1,5}$/, 'must be "<min>,<max>" in milliseconds, e.g. "20,120"')
  .transform((value) => value.split(',').map((part) => Number(part.trim())) as [number, number])
  .refine(([min, max]) => min <= max, 'min must not exceed max');

export const paymentsEnv = baseSubgraphEnv
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).optional(),
    PAYMENTS_DATABASE_URL: z.string().url().optional(),
    DATABASE_URL: z.string().url().optional(),
    QUEUE_PREFIX: z.string().min(1).optional(),
    PAYMENTS_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    PAYMENTS_WEBHOOK_TOLERANCE_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(86_400)
      .default(DEFAULT_WEBHOOK_TOLERANCE_SECONDS),
    PAYMENTS_PROVIDER_LATENCY_MS: latencyRange.default([20, 120]),
    PAYMENTS_PROVIDER_RETRY_ATTEMPTS: z.coerce
      .number()
      .int()
      .min(1)
      .max(10)
      .default(DEFAULT_RETRY_POLICY.attempts),
    PAYMENTS_PROVIDER_RETRY_BASE_MS: z.coerce
      .number()
      .int()
      .min(1)
      .max(60_000)
      .default(DEFAULT_RETRY_POLICY.baseDelayMs),
    PAYMENTS_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(5),
    /** Test-only crash points (src/domain/fault-points.ts), comma-separated; refused in production. */
    FAULT_INJECT: z.string().optional(),
  })
  .refine((env) => env.NODE_ENV !== 'production' || !env.FAULT_INJECT?.trim(), {
    path: ['FAULT_INJECT'],
    message: 'is for crash tests and must not be set in production',
  })
  .superRefine((env, context) => {
    try {
      parseFaultPoints(env.FAULT_INJECT);
    } catch (error) {
      context.addIssue({ code: 'custom', path: ['FAULT_INJECT'], message: (error as Error).message });
    }
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.PAYMENTS_WEBHOOK_SECRET !== undefined, {
    path: ['PAYMENTS_WEBHOOK_SECRET'],
    message: 'must be set in production',
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.PAYMENTS_WEBHOOK_SECRET !== DEV_WEBHOOK_SECRET, {
    path: ['PAYMENTS_WEBHOOK_SECRET'],
    message: 'must not be the published development secret in production',
  });

export interface PaymentsConfig {
  port: number;
  host: string;
  logLevel: z.infer<typeof paymentsEnv>['LOG_LEVEL'];
  databaseUrl: string;
  redisUrl: string;
  jwksUrl: string;
  queuePrefix: string | undefined;
  webhookSecret: string;
  webhookToleranceSeconds: number;
  providerLatencyMs: [number, number];
  providerRetry: { attempts: number; baseDelayMs: number };
  workerConcurrency: number;
  faultPoints: FaultPoint[];
}

/** Reads and validates the environment once at boot. */
export function loadPaymentsConfig(env: NodeJS.ProcessEnv = process.env): PaymentsConfig {
  const parsed = loadConfig(paymentsEnv, env);
  return {
    port: parsed.PORT ?? subgraphPort('payments', {}),
    host: parsed.HOST,
    logLevel: parsed.LOG_LEVEL,
    databaseUrl: databaseUrlFor('payments', env),
    redisUrl: parsed.REDIS_URL,
    jwksUrl: parsed.JWKS_URL,
    queuePrefix: parsed.QUEUE_PREFIX,
    webhookSecret: parsed.PAYMENTS_WEBHOOK_SECRET ?? DEV_WEBHOOK_SECRET,
    webhookToleranceSeconds: parsed.PAYMENTS_WEBHOOK_TOLERANCE_SECONDS,
    providerLatencyMs: parsed.PAYMENTS_PROVIDER_LATENCY_MS,
    providerRetry: {
      attempts: parsed.PAYMENTS_PROVIDER_RETRY_ATTEMPTS,
      baseDelayMs: parsed.PAYMENTS_PROVIDER_RETRY_BASE_MS,
    },
    workerConcurrency: parsed.PAYMENTS_WORKER_CONCURRENCY,
    faultPoints: parseFaultPoints(parsed.FAULT_INJECT),
  };
}
