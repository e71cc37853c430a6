import { GraphQLError } from 'graphql';

/** Error codes clients may see in `extensions.code`; anything else is masked as INTERNAL_SERVER_ERROR. */
export const PUBLIC_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'CONFLICT',
  /** The router could not reach the subgraph owning some fields (or its circuit is open); the rest is served. */
  'SUBGRAPH_UNAVAILABLE',
] as const;
export type PublicErrorCode = (typeof PUBLIC_ERROR_CODES)[number];

export function publicError(
  code: PublicErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
) {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/**
 * A service this one reads through the router failed, timed out or could not be reached. Nothing in the
 * request is at fault, so the caller gets the retryable SUBGRAPH_UNAVAILABLE with `publicMessage`, never
 * INTERNAL_SERVER_ERROR; the message and cause (addresses, statuses) stay in the log.
 */
export class UpstreamUnavailableError extends Error {
  constructor(
    message: string,
    readonly publicMessage: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export const unauthenticated = (message = 'You must be signed in') => publicError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this') => publicError('FORBIDDEN', message);
export const notFound = (what: string) => publicError('NOT_FOUND', `${what} not found`);
export const badUserInput = (message: string, field?: string[]) =>
  publicError('BAD_USER_INPUT', message, field ? { field } : {});

export function isPublicCode(code: unknown): code is PublicErrorCode {
  return typeof code === 'string' && (PUBLIC_ERROR_CODES as readonly string[]).includes(code);
}
