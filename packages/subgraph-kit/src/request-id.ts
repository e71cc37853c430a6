import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Reuses the caller's x-request-id when it is well formed, so one id follows a request across services. */
export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const incoming = headers['x-request-id'];
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/** The W3C trace id of a `traceparent` header, if present and valid. */
export function traceIdFrom(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.traceparent;
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/.exec(value) : null;
  return match?.[1];
}
