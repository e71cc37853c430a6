import { z } from 'zod';
import { wholeNumberEnv } from './env-values';
import { parseTrustedProxies } from './client-address';
import { DEFAULT_LISTEN_HOST } from './network';
import { DEFAULT_ROUTER_CLIENT_BREAKER } from './router-client';

/** Settings every subgraph reads; services extend this with their own. */
export const baseSubgraphEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Listen address; loopback unless a container/pod network sets 0.0.0.0 (see docs/security.md). */
  HOST: z.string().min(1).default(DEFAULT_LISTEN_HOST),
  /**
   * Proxies whose X-Forwarded-For is believed (addresses, CIDR ranges, `loopback`, `private`); none by
   * default. Set it to the router's address where a service keys anything by client address.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  JWKS_URL: z.string().url().default('http://localhost:4001/.well-known/jwks.json'),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
});

/**
 * The settings of a service that reads other services' fields through the router (`.extend(routerReadsEnv)`):
 * `ROUTER_URL`, and `ROUTER_READ_TIMEOUT_MS`, the deadline of one read (answer body included), past which it is
 * aborted and counts against the router client's circuit.
 */
export const routerReadsEnv = {
  ROUTER_URL: z.string().url().default('http://localhost:4000/graphql'),
  ROUTER_READ_TIMEOUT_MS: wholeNumberEnv(
    { min: 1, unit: 'milliseconds' },
    DEFAULT_ROUTER_CLIENT_BREAKER.timeoutMs,
  ),
};

/** `{ routerUrl, routerReadTimeoutMs }` from an environment parsed with `routerReadsEnv`. */
export function routerReadSettings(env: { ROUTER_URL: string; ROUTER_READ_TIMEOUT_MS: number }) {
  return { routerUrl: env.ROUTER_URL, routerReadTimeoutMs: env.ROUTER_READ_TIMEOUT_MS };
}

/** `<SERVICE>_WORKER_CONCURRENCY`: how many queue jobs one process of the service runs at once. */
export const workerConcurrencyEnv = wholeNumberEnv({ min: 1, max: 50 }, 5);

/**
 * Parses the environment once at boot. Every bad value is reported by name in one error, so a misconfigured
 * deployment fails fast with a readable message instead of a stack trace later.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
  throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
}
