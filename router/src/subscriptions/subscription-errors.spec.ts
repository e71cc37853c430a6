import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { failureErrors, formatSubscriptionError, upstreamFailure } from './subscription-errors';

/** graphql-ws wraps whatever a subscription's stream throws like this before its error hook runs. */
const asThrownByStream = (error: Error) => new GraphQLError(error.message, { originalError: error });

describe('subscription errors', () => {
  it('passes public codes with their extensions but without HTTP details', () => {
    const error = new GraphQLError('Too complex', {
      extensions: { code: 'QUERY_TOO_COMPLEX', rule: 'depth', http: { status: 400 } },
    });
    expect(formatSubscriptionError(error)).toEqual({
      message: 'Too complex',
      extensions: { code: 'QUERY_TOO_COMPLEX', rule: 'depth' },
    });
  });

  it('masks anything without a public code', () => {
    expect(
      formatSubscriptionError({ message: 'connect ECONNREFUSED 10.0.0.7', extensions: { code: 'BOOM' } }),
    ).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it("passes an owner's refusal through with its code and masks its internal errors", () => {
    const refused = upstreamFailure([
      { message: 'Only the customer may watch this order', extensions: { code: 'FORBIDDEN' } },
      { message: 'SQL syntax error near …' },
    ]);
    expect(failureErrors([asThrownByStream(refused)])).toEqual([
      { message: 'Only the customer may watch this order', extensions: { code: 'FORBIDDEN' } },
      { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });

  it('explains a closed or unreachable source without its internals', () => {
    const closed = failureErrors([asThrownByStream(upstreamFailure({ code: 1001, reason: 'Going away' }))]);
    expect(closed).toEqual([
      {
        message: expect.stringMatching(/closed the connection; subscribe again/),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    const unreachable = failureErrors([asThrownByStream(upstreamFailure(new Error('connect ECONNREFUSED')))]);
    expect(unreachable[0]?.message).toMatch(/cannot be reached/);
    expect(JSON.stringify(unreachable)).not.toContain('ECONNREFUSED');
  });

  it('masks unexpected errors thrown by a stream', () => {
    expect(failureErrors([asThrownByStream(new TypeError('x is undefined'))])).toEqual([
      { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });
});
