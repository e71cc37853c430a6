import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { repeatedExpensiveField } from '../limits/expensive-fields';
import { fragmentsOf } from '../limits/fragments';
import { measureRequest } from '../limits/measure-request';
import { findViolation, queryTooComplexError, type QueryLimits } from '../limits/query-limits';
import type { RouterMetrics } from '../metrics/router-metrics';
import type { RouterContext } from '../context';

/** Refuses operations deeper, wider (aliases) or costlier than allowed, after validation and before planning. */
export function useQueryLimits(
  limits: QueryLimits,
  metrics: RouterMetrics,
): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { operation, document } = requestContext;
          const repeated = operation ? repeatedExpensiveField(operation, fragmentsOf(document)) : null;
          if (repeated) {
            metrics.queryTooComplex.inc({ rule: 'expensive' });
            throw new GraphQLError(
              `"${repeated.field}" may appear at most once per operation (found ${repeated.count}); send separate requests`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', rule: 'expensive', http: { status: 400 } } },
            );
          }
          const violation = findViolation(measureRequest(requestContext), limits);
          if (!violation) return;
          metrics.queryTooComplex.inc({ rule: violation.rule });
          requestContext.contextValue.logger.info(
            { ...violation, operationName: requestContext.operationName },
            'query too complex',
          );
          throw queryTooComplexError(violation);
        },
      };
    },
  };
}
