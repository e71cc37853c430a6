import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { operationLabel } from './operation-label';

export interface ServiceMetrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  operationDuration: Histogram<'operation' | 'type'>;
  operationErrors: Counter<'operation' | 'code'>;
}

/** One registry per server so in-process tests that boot many services do not collide. */
export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests by method, route and status code.',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    operationDuration: new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operation latency by operation name and type.',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    operationErrors: new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors by operation name and error code.',
      labelNames: ['operation', 'code'],
      registers: [registry],
    }),
  };
}

export function httpMetricsMiddleware(metrics: ServiceMetrics): RequestHandler {
  return (req, res, next) => {
    res.on('finish', () => {
      metrics.httpRequests.inc({
        method: req.method,
        route: req.route?.path ?? (res.statusCode === 404 ? 'unmatched' : req.baseUrl || 'unmatched'),
        status: String(res.statusCode),
      });
    });
    next();
  };
}

export function metricsPlugin(metrics: ServiceMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stop = metrics.operationDuration.startTimer();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            metrics.operationErrors.inc({
              operation: operationLabel(operationName),
              code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            });
          }
        },
        async willSendResponse({ operationName, operation }) {
          stop({ operation: operationLabel(operationName), type: operation?.operation ?? 'unknown' });
        },
      };
    },
  };
}

export function metricsHandler(metrics: ServiceMetrics): RequestHandler {
  return async (_req, res) => {
    res.set('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  };
}
