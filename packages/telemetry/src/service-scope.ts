import { context, createContextKey, trace, type Context, type Tracer } from '@opentelemetry/api';

/**
 * Which service a span belongs to. A separate process gets it from its resource (`service.name`); when several
 * services share one process (the in-process test system, `bootSupergraph`), the resource names only the
 * process, so each service enters its own scope and spans started inside it are stamped with
 * `msa.service` by the ServiceAttributionProcessor.
 */
const SERVICE_KEY = createContextKey('msa.service');

/** Span attribute naming the service when the resource cannot (several services in one process). */
export const SERVICE_ATTRIBUTE = 'msa.service';

export function withServiceScope(ctx: Context, service: string): Context {
  return ctx.setValue(SERVICE_KEY, service);
}

export function serviceOfContext(ctx: Context): string | undefined {
  const value = ctx.getValue(SERVICE_KEY);
  return typeof value === 'string' ? value : undefined;
}

/** The tracer of one service: its instrumentation scope carries the service name in every process layout. */
export function serviceTracer(service: string): Tracer {
  return trace.getTracer(`msa.${service}`);
}

/** Runs `fn` with the service scope set on the active context. */
export function inServiceScope<T>(service: string, fn: () => T): T {
  return context.with(withServiceScope(context.active(), service), fn);
}
