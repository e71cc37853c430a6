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

export const unauthenticated = (message = 'You must be signed in') => publicError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this') => publicError('FORBIDDEN', message);
export const notFound = (what: string) => publicError('NOT_FOUND', `${what} not found`);
export const badUserInput = (message: string, field?: string[]) =>
  publicError('BAD_USER_INPUT', message, field ? { field } : {});

export function isPublicCode(code: unknown): code is PublicErrorCode {
  return typeof code === 'string' && (PUBLIC_ERROR_CODES as readonly string[]).includes(code);
}
