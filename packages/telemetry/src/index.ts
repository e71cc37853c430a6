export { startTelemetry, type Telemetry, type TelemetryOptions } from './sdk';
export { tracingRequested, serviceNameOf } from './settings';
export {
  SERVICE_ATTRIBUTE,
  inServiceScope,
  serviceOfContext,
  serviceTracer,
  withServiceScope,
} from './service-scope';
export { activeTraceId, graphqlRequestTracing, traceHeaders } from './http';
export {
  captureTraceContext,
  publishTraceContext,
  runJobInTrace,
  type ConsumedJob,
  type PublishedMessage,
  type TraceCarrier,
} from './messaging';
