import { randomBytes } from 'node:crypto';
import {
  defaultTextMapGetter,
  defaultTextMapSetter,
  isSpanContextValid,
  ROOT_CONTEXT,
  trace,
  TraceFlags,
  type SpanContext,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * OpenTelemetry's W3C trace-context propagator, used directly: it parses and writes `traceparent` the same way
 * whether or not tracing is on, so trace ids follow a request through the logs even when no SDK runs.
 */
const w3c = new W3CTraceContextPropagator();

/** The span context a `traceparent` header carries; undefined when the header is missing or invalid. */
export function spanContextOfTraceparent(traceparent: string | undefined): SpanContext | undefined {
  if (!traceparent) return undefined;
  const spanContext = trace.getSpanContext(w3c.extract(ROOT_CONTEXT, { traceparent }, defaultTextMapGetter));
  return spanContext && isSpanContextValid(spanContext) ? spanContext : undefined;
}

/** The trace id of a `traceparent` header, if present and valid. */
export function traceIdOfTraceparent(traceparent: string | undefined): string | undefined {
  return spanContextOfTraceparent(traceparent)?.traceId;
}

/**
 * The `traceparent` to send on for an incoming one: the caller's trace continues as a new span (same trace id
 * and flags, fresh parent id); a missing or invalid header starts a new sampled trace.
 */
export function continueTraceparent(incoming: string | undefined): string {
  const parent = spanContextOfTraceparent(incoming?.trim());
  const child = trace.setSpanContext(ROOT_CONTEXT, {
    traceId: parent?.traceId ?? randomBytes(16).toString('hex'),
    spanId: randomBytes(8).toString('hex'),
    traceFlags: parent?.traceFlags ?? TraceFlags.SAMPLED,
  });
  const carrier: Record<string, string> = {};
  w3c.inject(child, carrier, defaultTextMapSetter);
  return carrier.traceparent!;
}
