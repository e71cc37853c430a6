import type { Redis } from 'ioredis';
import { retryAfterSeconds, weightedSpend } from './retry-after';
import { SLIDING_WINDOW_SCRIPT } from './sliding-window.lua';

export interface RateLimitSettings {
  /** Points a client may spend per window; an operation spends its estimated cost. */
  points: number;
  windowSeconds: number;
  keyPrefix: string;
}

/**
 * In the units of operationCost: a storefront page (its header and page queries together) costs 170-340
 * points, so a shopper can load about 350 pages a minute before the limit, while 60 operations at the
 * maximum cost exhaust it.
 */
export const DEFAULT_RATE_LIMIT: RateLimitSettings = {
  points: 120_000,
  windowSeconds: 60,
  keyPrefix: 'router:rl:',
};

export type RateLimitDecision =
  | { allowed: true; remaining: number }
  | { allowed: false; remaining: number; retryAfterSeconds: number };

export interface RateLimiter {
  readonly settings: RateLimitSettings;
  /** Spends `cost` points of `clientKey`'s budget, or refuses without spending when they do not fit. */
  consume(clientKey: string, cost: number): Promise<RateLimitDecision>;
}

type ScriptReply = [number, number, number, number];
type WithSlidingWindow = Redis & {
  slidingWindowConsume(key: string, limit: number, windowMs: number, cost: number): Promise<ScriptReply>;
};

export function createRedisRateLimiter(redis: Redis, settings: RateLimitSettings): RateLimiter {
  if (!('slidingWindowConsume' in redis)) {
    redis.defineCommand('slidingWindowConsume', { numberOfKeys: 1, lua: SLIDING_WINDOW_SCRIPT });
  }
  const client = redis as unknown as WithSlidingWindow;
  const windowMs = settings.windowSeconds * 1000;
  return {
    settings,
    async consume(clientKey, cost) {
      const points = Math.max(1, Math.ceil(cost));
      const [allowed, previous, current, elapsedMs] = await client.slidingWindowConsume(
        `${settings.keyPrefix}${clientKey}`,
        settings.points,
        windowMs,
        points,
      );
      const state = { limit: settings.points, windowMs, cost: points, previous, current, elapsedMs };
      const remaining = Math.max(0, Math.floor(settings.points - weightedSpend(state)));
      if (allowed === 1) return { allowed: true, remaining };
      return { allowed: false, remaining, retryAfterSeconds: retryAfterSeconds(state) };
    },
  };
}
