import type { Instrumentation } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';

const NOT_TRACED_PATHS = new Set(['/health', '/metrics']);

/**
 * The instrumentations every service runs. Health probes and metric scrapes are not traced; GraphQL resolver
 * spans are merged per field path so a list of 100 products is not 100 spans; Redis spans only appear inside
 * a traced request (BullMQ's blocking polls would otherwise be a trace each).
 */
export function serviceInstrumentations(): Instrumentation[] {
  return [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (req) => NOT_TRACED_PATHS.has((req.url ?? '').split('?')[0]!),
    }),
    new UndiciInstrumentation(),
    new ExpressInstrumentation(),
    new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
    new PgInstrumentation({ requireParentSpan: true }),
    new IORedisInstrumentation({ requireParentSpan: true }),
  ];
}
