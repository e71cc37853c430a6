import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTelemetry, type Telemetry } from './sdk';

export { InMemorySpanExporter };

/** Tracing for tests that boot several services in one process: every finished span lands in `exporter`. */
export function startInMemoryTelemetry(serviceName = 'test-system'): {
  telemetry: Telemetry;
  exporter: InMemorySpanExporter;
} {
  const exporter = new InMemorySpanExporter();
  const telemetry = startTelemetry({
    serviceName,
    sharedProcess: true,
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  return { telemetry, exporter };
}
