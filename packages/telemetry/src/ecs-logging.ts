import { ecsFormat } from '@elastic/ecs-pino-format';
import { context, trace } from '@opentelemetry/api';
import type { LoggerOptions } from 'pino';

/** Our bindings under their Elastic Common Schema names. */
const ECS_NAMES: Record<string, string> = {
  requestId: 'http.request.id',
  traceId: 'trace.id',
};

function renamed(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'service') continue; // service.name says it
    out[ECS_NAMES[key] ?? key] = value;
  }
  return out;
}

/**
 * pino options that write Elastic Common Schema JSON (`@timestamp`, `log.level`, `message`, `service.name`,
 * `error.*`, `http.request.id`) and add `trace.id` / `span.id` of the active OpenTelemetry span, so a log
 * line in Kibana leads to its trace and back. Filebeat ships the lines unchanged (see infrastructure/elk).
 */
export function ecsLoggerOptions(service: string): LoggerOptions {
  const ecs = ecsFormat({ serviceName: service, apmIntegration: false, convertReqRes: true });
  const ecsBindings = ecs.formatters!.bindings!;
  const ecsLog = ecs.formatters!.log!;
  return {
    ...ecs,
    formatters: {
      ...ecs.formatters,
      // pino applies this to the base bindings only; child bindings and fields go through `log`.
      bindings: (bindings) => ecsBindings(renamed(bindings)),
      log: (object) => ecsLog(renamed(object)),
    },
    mixin() {
      const span = trace.getSpan(context.active());
      if (!span) return {};
      const { traceId, spanId, traceFlags } = span.spanContext();
      if (!trace.isSpanContextValid(span.spanContext()) || !span.isRecording()) return {};
      return { 'trace.id': traceId, 'span.id': spanId, 'trace.sampled': (traceFlags & 1) === 1 };
    },
  };
}
