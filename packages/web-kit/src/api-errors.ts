/**
 * Turns whatever a request failed with into one sentence a person can act on. Works on the shapes Apollo
 * Client raises (GraphQL errors with `extensions.code`, HTTP errors with the body, network failures) by
 * their fields, so it needs no Apollo import and reads plain objects in tests.
 */

interface GraphQLErrorLike {
  message?: string;
  extensions?: { code?: unknown; retryAfter?: unknown };
}

export interface UserErrorLike {
  code: string;
  message: string;
  field?: readonly string[] | null;
}

function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  if (typeof error !== 'object' || error === null) return [];
  const withErrors = error as { errors?: unknown; bodyText?: unknown };
  if (Array.isArray(withErrors.errors)) return withErrors.errors as GraphQLErrorLike[];
  // The router answers rate limits and some refusals with a non-2xx status and a JSON body of errors.
  if (typeof withErrors.bodyText === 'string') {
    try {
      const body = JSON.parse(withErrors.bodyText) as { errors?: unknown };
      if (Array.isArray(body.errors)) return body.errors as GraphQLErrorLike[];
    } catch {
      return [];
    }
  }
  return [];
}

/** The `extensions.code` of every GraphQL error in `error`. */
export function errorCodes(error: unknown): string[] {
  return graphQLErrorsOf(error)
    .map((e) => e.extensions?.code)
    .filter((code): code is string => typeof code === 'string');
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return errorCodes(error).includes(code);
}

function describeGraphQLError(error: GraphQLErrorLike): string {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : null;
  switch (code) {
    case 'UNAUTHENTICATED':
      return 'Please sign in to continue.';
    case 'FORBIDDEN':
      return error.message || 'You are not allowed to do that.';
    case 'RATE_LIMITED': {
      const seconds = Number(error.extensions?.retryAfter);
      return Number.isFinite(seconds) && seconds > 0
        ? `Too many requests. Try again in ${Math.ceil(seconds)} seconds.`
        : 'Too many requests. Try again in a moment.';
    }
    case 'QUERY_TOO_COMPLEX':
      return 'This request asks for too much at once. Narrow it down and try again.';
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on our side. Please try again.';
    default:
      return error.message || 'The request failed.';
  }
}

/** One readable sentence for a failed request. */
export function describeApiError(error: unknown): string {
  const graphQLErrors = graphQLErrorsOf(error);
  if (graphQLErrors.length > 0) return describeGraphQLError(graphQLErrors[0]!);
  if (typeof error === 'object' && error !== null) {
    const { statusCode, name, message } = error as {
      statusCode?: unknown;
      name?: unknown;
      message?: unknown;
    };
    if (typeof statusCode === 'number')
      return `The server answered with an error (HTTP ${statusCode}). Please try again.`;
    if (name === 'TypeError' || name === 'AbortError') {
      return 'Cannot reach the server. Check your connection and try again.';
    }
    if (typeof message === 'string' && message) return message;
  }
  return 'The request failed.';
}

/** The messages of a payload's userErrors as one text, or null when there are none. */
export function userErrorText(userErrors: readonly UserErrorLike[] | null | undefined): string | null {
  if (!userErrors || userErrors.length === 0) return null;
  return userErrors.map((e) => e.message).join(' ');
}

/**
 * userErrors by the input field they name, for showing them beside form fields. The last path segment is
 * the field (`["input", "email"]` → `email`); the first message per field wins.
 */
export function userErrorsByField(userErrors: readonly UserErrorLike[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of userErrors) {
    const field = error.field?.at(-1);
    if (field && !(field in byField)) byField[field] = error.message;
  }
  return byField;
}
