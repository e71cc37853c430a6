import {
  context,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
} from '@opentelemetry/api';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serviceTracer, withServiceScope } from './service-scope';

/**
 * The server span of one GraphQL request in `service`. When the http instrumentation already started a
 * server span it becomes that span's child; otherwise (instrumentation off, or several services in one
 * process) it continues the caller's trace from the W3C `traceparent` header. The rest of the request (Apollo,
 * the gateway's own spans, database and Redis calls, outbox writes) runs inside it.
 */
export function graphqlRequestTracing(service: string) {
  const tracer = serviceTracer(service);
  return (
    req: IncomingMessage & { body?: unknown },
    res: ServerResponse,
    next: (error?: unknown) => void,
  ): void => {
    const active = context.active();
    const parent = trace.getSpan(active) ? active : propagation.extract(active, req.headers);
    const scoped = withServiceScope(parent, service);
    const span = tracer.startSpan(
      `${req.method ?? 'POST'} /graphql`,
      {
        kind: trace.getSpan(active) ? SpanKind.INTERNAL : SpanKind.SERVER,
        attributes: {
          'http.request.method': req.method ?? 'POST',
          'url.path': '/graphql',
          ...operationAttributes(req.body),
        },
      },
      scoped,
    );
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      endWithStatus(span, res.statusCode);
    };
    res.once('finish', end);
    res.once('close', end);
    (res as ServerResponse & { [REQUEST_SPAN]?: Span })[REQUEST_SPAN] = span;
    context.with(trace.setSpan(scoped, span), next);
  };
}

const REQUEST_SPAN = Symbol('msa.requestSpan');

/** The span of the request a response answers: the GraphQL request span, else the active (http) span. */
export function requestSpanOf(res: ServerResponse, fallback: Span | undefined): Span | undefined {
  return (res as ServerResponse & { [REQUEST_SPAN]?: Span })[REQUEST_SPAN] ?? fallback;
}

function operationAttributes(body: unknown): Record<string, string> {
  const name = (body as { operationName?: unknown } | undefined)?.operationName;
  return typeof name === 'string' && name ? { 'graphql.operation.name': name } : {};
}

function endWithStatus(span: Span, status: number): void {
  span.setAttribute('http.response.status_code', status);
  if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}

/** W3C trace-context headers of the active span, for a call this code makes by hand. */
export function traceHeaders(ctx: Context = context.active()): Record<string, string> {
  const headers: Record<string, string> = {};
  propagation.inject(ctx, headers);
  return headers;
}

/** The trace id of the span being recorded here, if any. */
export function activeTraceId(ctx: Context = context.active()): string | undefined {
  const spanContext = trace.getSpan(ctx)?.spanContext();
  return spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}
