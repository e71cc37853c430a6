import { HeaderMap } from '@apollo/server';
import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';

export function rateLimitedMessage(retryAfterSeconds: number): string {
  return `Too many requests; retry in ${retryAfterSeconds} s`;
}

/** RATE_LIMITED answered with HTTP 429 and a Retry-After header. */
export function rateLimitedError(retryAfterSeconds: number): GraphQLError {
  // Apollo Server reads `http.headers` as a HeaderMap; graphql-yoga's types (loaded with the bundled GraphiQL
  // page) declare it a plain record, so the extensions are typed as the wider GraphQL shape.
  const extensions: Record<string, unknown> = {
    code: 'RATE_LIMITED',
    retryAfter: retryAfterSeconds,
    http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
  };
  return new GraphQLError(rateLimitedMessage(retryAfterSeconds), {
    extensions: extensions as GraphQLErrorExtensions,
  });
}
