import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskUnexpectedErrors } from './error-masking';
import { publicError, UpstreamUnavailableError } from './errors';
import { RouterUnavailableError } from './router-client';

/** What a resolver's thrown error becomes in the response (as graphql-js wraps it). */
function answered(thrown: Error) {
  const wrapped = new GraphQLError(thrown.message, { path: ['cart'], originalError: thrown });
  return maskUnexpectedErrors(wrapped.toJSON(), wrapped);
}

describe('errors as clients see them', () => {
  it('answers an unavailable upstream read as the retryable SUBGRAPH_UNAVAILABLE with its public message', () => {
    const failure = new UpstreamUnavailableError(
      'The router at http://10.0.0.7:4000/graphql answered HTTP 503',
      'The cart cannot be read right now; try again shortly.',
    );
    expect(answered(failure)).toEqual({
      message: 'The cart cannot be read right now; try again shortly.',
      path: ['cart'],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
  });

  it("treats the router client's own failures the same way, without their addresses", () => {
    const answer = answered(
      new RouterUnavailableError('Could not reach the router at http://10.0.0.7', false),
    );
    expect(answer.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE' });
    expect(answer.message).not.toContain('10.0.0.7');
  });

  it('passes public errors through and masks anything else', () => {
    expect(answered(publicError('FORBIDDEN', 'Not yours')).extensions).toEqual({ code: 'FORBIDDEN' });
    expect(answered(new Error('connection to 10.0.0.9 refused'))).toEqual({
      message: 'Internal server error',
      path: ['cart'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
