import { diag, DiagLogLevel, trace, type DiagLogger } from '@opentelemetry/api';
import { serviceInstrumentations } from './instrumentations';
import { NodeSDK } from '@opentelemetry/sdk-node';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ServiceAttributionProcessor } from './attribution-processor';
import { setTelemetryShutdown } from './lifecycle';
import { serviceNameOf, tracingRequested } from './settings';

export interface TelemetryOptions {
  /** This process's service; OTEL_SERVICE_NAME overrides it. */
  serviceName: string;
  /**
   * Span processors to use instead of the exporter the OTEL_* variables describe (tests pass an in-memory
   * exporter here). Giving them starts tracing regardless of the environment.
   */
  spanProcessors?: SpanProcessor[];
  /** Several services share this process: stamp each span with the service scope it was started in. */
  sharedProcess?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface Telemetry {
  /** False when tracing is off: nothing was started and the OpenTelemetry API stays a no-op. */
  readonly enabled: boolean;
  /** Exports the spans that ended so far. */
  forceFlush(): Promise<void>;
  /** Flushes pending spans and stops the SDK. */
  shutdown(): Promise<void>;
}

const OFF: Telemetry = {
  enabled: false,
  forceFlush: () => Promise.resolve(),
  shutdown: () => Promise.resolve(),
};
let running: Telemetry | undefined;

/** The SDK's provider behind the global proxy (the API only exposes `getTracer`). */
function tracerProvider(): { forceFlush(): Promise<void> } | undefined {
  const provider = trace.getTracerProvider() as { getDelegate?: () => unknown };
  const delegate = (provider.getDelegate?.() ?? provider) as { forceFlush?: () => Promise<void> };
  return typeof delegate.forceFlush === 'function'
    ? (delegate as { forceFlush(): Promise<void> })
    : undefined;
}

/** SDK warnings go to stderr as one JSON line each, like the services' own logs. */
const diagLogger: DiagLogger = {
  error: (message, ...args) =>
    console.error(JSON.stringify({ level: 'error', component: 'otel', message, args })),
  warn: (message, ...args) =>
    console.error(JSON.stringify({ level: 'warn', component: 'otel', message, args })),
  info: () => undefined,
  debug: () => undefined,
  verbose: () => undefined,
};

/**
 * Starts OpenTelemetry tracing once per process when the OTEL_* variables ask for it (see settings.ts):
 * W3C trace-context propagation, OTLP export (protocol, endpoint, sampler, resource from the standard
 * variables), and the maintained instrumentations for http, fetch (undici), express, graphql, pg and
 * ioredis. Metrics stay on Prometheus and logs on stdout: their OTLP exporters are off unless configured.
 * A second call returns the first one's handle.
 */
export function startTelemetry(options: TelemetryOptions): Telemetry {
  if (running) return running;
  const env = options.env ?? process.env;
  if (!options.spanProcessors && !tracingRequested(env)) return OFF;

  env.OTEL_METRICS_EXPORTER ??= 'none';
  env.OTEL_LOGS_EXPORTER ??= 'none';
  diag.setLogger(diagLogger, DiagLogLevel.WARN);

  const spanProcessors = options.spanProcessors
    ? [...(options.sharedProcess ? [new ServiceAttributionProcessor()] : []), ...options.spanProcessors]
    : undefined;
  const sdk = new NodeSDK({
    serviceName: serviceNameOf(options.serviceName, env),
    instrumentations: serviceInstrumentations(),
    ...(spanProcessors ? { spanProcessors } : {}),
  });
  sdk.start();
  const handle: Telemetry = {
    enabled: true,
    async forceFlush() {
      await tracerProvider()?.forceFlush();
    },
    async shutdown() {
      if (running === handle) {
        running = undefined;
        setTelemetryShutdown(undefined);
      }
      await sdk.shutdown();
    },
  };
  running = handle;
  setTelemetryShutdown(handle.shutdown);
  return handle;
}
