import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Request, Response } from 'express';
import type { Logger } from '@msa/subgraph-kit';

/** Connection-scoped headers (RFC 9110 §7.6.1) that a proxy must not pass on. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);

function endToEndHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  }
  return kept;
}

export interface StreamProxyOptions {
  /** Absolute URL the request goes to. */
  target: URL;
  /** Headers set on the upstream request after the client's own (identity, correlation). */
  headers: Record<string, string>;
  logger: Logger;
}

/**
 * Sends the request to `target` and the answer back, both bodies streamed untouched: an upload is never
 * buffered in the router, and a client that disconnects aborts the upstream request.
 */
export function streamProxy(req: Request, res: Response, options: StreamProxyOptions): void {
  const send = options.target.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = send(options.target, {
    method: req.method,
    headers: { ...endToEndHeaders(req.headers), ...options.headers },
  });
  upstream.on('response', (answer) => {
    res.status(answer.statusCode ?? 502);
    for (const [name, value] of Object.entries(endToEndHeaders(answer.headers))) {
      if (value !== undefined) res.setHeader(name, value);
    }
    answer.pipe(res);
  });
  upstream.on('error', (error) => {
    options.logger.warn({ err: error, target: options.target.origin }, 'upstream request failed');
    if (res.headersSent) {
      res.destroy(error);
      return;
    }
    res
      .status(502)
      .json({ errors: [{ message: 'Upstream service unavailable', extensions: { code: 'BAD_GATEWAY' } }] });
  });
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}
