import { randomBytes } from 'node:crypto';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const ALL_ZEROS = /^0+$/;

/**
 * The W3C `traceparent` the router sends on: the caller's trace continues with the router as a new span
 * (same trace id and flags, fresh parent id); a missing or malformed header starts a new sampled trace.
 */
export function outgoingTraceparent(incoming: string | undefined): string {
  const match = incoming ? TRACEPARENT.exec(incoming.trim()) : null;
  const spanId = randomBytes(8).toString('hex');
  if (match && !ALL_ZEROS.test(match[1]!) && !ALL_ZEROS.test(match[2]!)) {
    return `00-${match[1]}-${spanId}-${match[3]}`;
  }
  return `00-${randomBytes(16).toString('hex')}-${spanId}-01`;
}

export function traceIdOf(traceparent: string): string | undefined {
  return TRACEPARENT.exec(traceparent)?.[1];
}
