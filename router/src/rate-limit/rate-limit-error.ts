import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

export function rateLimitedMessage(retryAfterSeconds: number): string {
  return `Too many requests; retry in ${retryAfterSeconds} s`;
}

/** RATE_LIMITED answered with HTTP 429 and a Retry-After header. */
export function rateLimitedError(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(rateLimitedMessage(retryAfterSeconds), {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter: retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
