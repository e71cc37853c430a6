export { processRegistry, boundedLabel } from './process-metrics';
export { tracingRequested, serviceNameOf } from './settings';
export { shutdownTelemetry } from './lifecycle';
export {
  SERVICE_ATTRIBUTE,
  inServiceScope,
  serviceOfContext,
  serviceTracer,
  withServiceScope,
} from './service-scope';
export { activeTraceId, graphqlRequestTracing, requestSpanOf, traceHeaders } from './http';
export { ecsLoggerOptions } from './ecs-logging';
export { continueTraceparent, spanContextOfTraceparent, traceIdOfTraceparent } from './trace-context';
export {
  captureTraceContext,
  publishTraceContext,
  runJobInTrace,
  type ConsumedJob,
  type PublishedMessage,
  type TraceCarrier,
} from './messaging';
