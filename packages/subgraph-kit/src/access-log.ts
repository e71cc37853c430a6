import { context, trace } from '@opentelemetry/api';
import { requestSpanOf } from '@msa/telemetry';
import type { RequestHandler } from 'express';
import type { Logger } from './logger';

const QUIET_PATHS = new Set(['/health', '/metrics']);

/**
 * One line per HTTP request when its response is finished, in Elastic Common Schema: method, path, status,
 * duration (`event.duration`, nanoseconds), request id and, when traced, the request's trace and span ids.
 * Probes and scrapes are logged at debug level.
 */
export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const activeSpan = trace.getSpan(context.active());
    res.once('finish', () => {
      const path = req.originalUrl.split('?')[0]!;
      const spanContext = requestSpanOf(res, activeSpan)?.spanContext();
      const traced = spanContext && trace.isSpanContextValid(spanContext);
      const requestId = res.getHeader('x-request-id');
      const line = {
        'event.kind': 'event',
        'event.category': 'web',
        'event.duration': Number(process.hrtime.bigint() - started),
        'http.request.method': req.method,
        'url.path': path,
        'http.response.status_code': res.statusCode,
        ...(typeof requestId === 'string' ? { 'http.request.id': requestId } : {}),
        ...(traced ? { 'trace.id': spanContext.traceId, 'span.id': spanContext.spanId } : {}),
      };
      const message = `${req.method} ${path} ${res.statusCode}`;
      if (QUIET_PATHS.has(path)) logger.debug(line, message);
      else logger.info(line, message);
    });
    next();
  };
}
