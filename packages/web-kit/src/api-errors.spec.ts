import { describe, expect, it } from 'vitest';
import { describeApiError, errorCodes, hasErrorCode, userErrorsByField, userErrorText } from './api-errors';

const graphQLError = (code: string, message = 'server says no', extra: Record<string, unknown> = {}) => ({
  name: 'CombinedGraphQLErrors',
  message,
  errors: [{ message, extensions: { code, ...extra } }],
});

describe('describeApiError', () => {
  it('explains the transport error codes of the API', () => {
    expect(describeApiError(graphQLError('UNAUTHENTICATED'))).toBe('Please sign in to continue.');
    expect(describeApiError(graphQLError('FORBIDDEN', 'Administrators only'))).toBe('Administrators only');
    expect(describeApiError(graphQLError('RATE_LIMITED', 'slow down', { retryAfter: 7.2 }))).toBe(
      'Too many requests. Try again in 8 seconds.',
    );
    expect(describeApiError(graphQLError('INTERNAL_SERVER_ERROR', 'Unexpected error'))).toMatch(/our side/);
    expect(describeApiError(graphQLError('NOT_FOUND', 'Product not found'))).toBe('Product not found');
  });

  it('reads GraphQL errors from the body of a non-2xx answer', () => {
    const serverError = {
      name: 'ServerError',
      statusCode: 429,
      bodyText: JSON.stringify({
        errors: [{ message: 'x', extensions: { code: 'RATE_LIMITED', retryAfter: 3 } }],
      }),
    };
    expect(describeApiError(serverError)).toBe('Too many requests. Try again in 3 seconds.');
    expect(errorCodes(serverError)).toEqual(['RATE_LIMITED']);
  });

  it('falls back to the HTTP status, then to the network, then to the message', () => {
    expect(describeApiError({ name: 'ServerError', statusCode: 502, bodyText: '<html>' })).toMatch(
      /HTTP 502/,
    );
    expect(describeApiError(new TypeError('Failed to fetch'))).toMatch(/Cannot reach the server/);
    expect(describeApiError(new Error('boom'))).toBe('boom');
    expect(describeApiError(undefined)).toBe('The request failed.');
  });
});

describe('error codes', () => {
  it('lists codes and finds one', () => {
    expect(hasErrorCode(graphQLError('UNAUTHENTICATED'), 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(new Error('x'), 'UNAUTHENTICATED')).toBe(false);
  });
});

describe('userErrors', () => {
  const errors = [
    { code: 'EMAIL_TAKEN', message: 'That email is registered.', field: ['input', 'email'] },
    { code: 'WEAK_PASSWORD', message: 'Too short.', field: ['password'] },
    { code: 'OTHER', message: 'Also this.', field: ['password'] },
  ];

  it('joins messages, or says nothing when there are none', () => {
    expect(userErrorText(errors)).toBe('That email is registered. Too short. Also this.');
    expect(userErrorText([])).toBeNull();
  });

  it('keys the first message by the field named last in its path', () => {
    expect(userErrorsByField(errors)).toEqual({ email: 'That email is registered.', password: 'Too short.' });
  });
});
