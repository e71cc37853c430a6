/** An upstream socket that failed before the subgraph acknowledged it, with a code for /health/subgraphs. */
export class UpstreamConnectError extends Error {
  constructor(
    message: string,
    /** A socket error's code (ECONNREFUSED…), `HTTP <status>` for a refused upgrade, `WS_CLOSE_<code>` for a close. */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UpstreamConnectError';
  }
}

function isCloseEvent(value: unknown): value is { code: number; reason?: string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'number'
  );
}

/** What graphql-ws reported (a close event, a socket's error event or an Error) as an UpstreamConnectError. */
export function upstreamConnectFailure(reported: unknown): UpstreamConnectError {
  if (isCloseEvent(reported)) {
    return new UpstreamConnectError(
      `The subgraph's socket closed (${reported.code}) before it was acknowledged`,
      `WS_CLOSE_${reported.code}`,
    );
  }
  // ws hands the socket's `error` event to graphql-ws; the Error itself is its `error` property.
  const error = (reported as { error?: unknown })?.error ?? reported;
  const message = (error as Error)?.message ?? 'unknown error';
  const code = (error as { code?: unknown })?.code;
  // ws's error for an upgrade answered with something else than 101 (a 502/503 of a proxy or load balancer).
  const status = /Unexpected server response: (\d+)/.exec(message)?.[1];
  return new UpstreamConnectError(
    `The subgraph's socket failed: ${message}`,
    typeof code === 'string' ? code : status ? `HTTP ${status}` : 'WS_ERROR',
    { cause: error },
  );
}
