import { loadSubgraphConfig, subgraphEnv, wholeNumberEnv, workerConcurrencyEnv } from '@msa/subgraph-kit';
import { z } from 'zod';
import { parseFaultPoints } from './domain/fault-points';
import { DEFAULT_RETRY_POLICY } from './domain/retry-backoff';
import { DEFAULT_WEBHOOK_TOLERANCE_SECONDS } from './domain/webhook-signature';
import { DEV_WEBHOOK_SECRET } from './webhooks/webhook-secret';

const latencyRange = z
  .string()
  .regex(/^\d{1,5}\s*,\s*\d{1,5}$/, 'must be "<min>,<max>" in milliseconds, e.g. "20,120"')
  .transform((value) => value.split(',').map((part) => Number(part.trim())) as [number, number])
  .refine(([min, max]) => min <= max, 'min must not exceed max');

export const paymentsEnv = subgraphEnv('payments')
  .extend({
    PAYMENTS_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    PAYMENTS_WEBHOOK_TOLERANCE_SECONDS: wholeNumberEnv(
      { min: 1, max: 86_400 },
      DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
    ),
    PAYMENTS_PROVIDER_LATENCY_MS: latencyRange.default([20, 120]),
    PAYMENTS_PROVIDER_RETRY_ATTEMPTS: wholeNumberEnv({ min: 1, max: 10 }, DEFAULT_RETRY_POLICY.attempts),
    PAYMENTS_PROVIDER_RETRY_BASE_MS: wholeNumberEnv(
      { min: 1, max: 60_000 },
      DEFAULT_RETRY_POLICY.baseDelayMs,
    ),
    PAYMENTS_WORKER_CONCURRENCY: workerConcurrencyEnv,
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

/** Reads and validates the environment once at boot. */
export function loadPaymentsConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadSubgraphConfig('payments', paymentsEnv, env);
  const parsed = config.env;
  return {
    ...config,
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
