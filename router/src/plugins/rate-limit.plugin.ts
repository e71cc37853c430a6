import type { ApolloServerPlugin } from '@apollo/server';
import { ADMISSION_COST } from '../http/admission';
import { measureRequest } from '../limits/measure-request';
import { rateLimitClientKey } from '../rate-limit/client-key';
import { rateLimitedError } from '../rate-limit/rate-limit-error';
import type { RateLimitDecision, RateLimiter } from '../rate-limit/redis-rate-limiter';
import type { RouterMetrics } from '../metrics/router-metrics';
import type { RouterContext } from '../context';

export interface RateLimitPluginOptions {
  limiter: RateLimiter;
  metrics: RouterMetrics;
  /**
   * The most one operation is charged. Operations refused as too complex are charged this much too, so a
   * client sending query bombs runs out of budget, while one huge estimate cannot lock a client out for long.
   */
  maxChargePerOperation: number;
}

/**
 * Spends the operation's estimated cost from the client's budget (user when signed in, else IP). When Redis
 * is unreachable the request is let through and the failure logged: the limiter protects the API, it must
 * not take it down.
 */
export function useRateLimit(options: RateLimitPluginOptions): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { identity, clientIp, logger } = requestContext.contextValue;
          // The admission step already spent ADMISSION_COST of this operation's price.
          const charge =
            Math.min(measureRequest(requestContext).cost, options.maxChargePerOperation) - ADMISSION_COST;
          if (charge <= 0) return;
          let decision: RateLimitDecision;
          try {
            decision = await options.limiter.consume(rateLimitClientKey(identity, clientIp), charge);
          } catch (error) {
            logger.error({ err: error }, 'rate limiter unavailable; request allowed');
            return;
          }
          requestContext.response.http.headers.set('ratelimit-remaining', String(decision.remaining));
          if (decision.allowed) return;
          options.metrics.rateLimited.inc({ source: 'graphql' });
          throw rateLimitedError(decision.retryAfterSeconds);
        },
      };
    },
  };
}
