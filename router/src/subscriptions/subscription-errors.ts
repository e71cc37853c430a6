import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { maskRouterError } from '../plugins/error-masking.plugin';

/**
 * Ends a client subscription with these errors (a graphql-ws `error` message). Thrown from the event stream;
 * the server's error hook sends `errors` instead of the bare message graphql-ws would make of it.
 */
export class SubscriptionFailure extends Error {
  constructor(
    readonly errors: readonly GraphQLFormattedError[],
    readonly origin: 'router' | 'upstream',
    /** What to log; never sent to the client. */
    readonly detail?: unknown,
  ) {
    super(errors[0]?.message ?? 'Subscription failed');
    this.name = 'SubscriptionFailure';
  }
}

/**
 * One error as a graphql-ws client receives it: public codes (the router's and those a subgraph reported)
 * unchanged, anything else masked as INTERNAL_SERVER_ERROR, and no HTTP details (`extensions.http`), which
 * only mean something on the HTTP transport.
 */
export function formatSubscriptionError(error: GraphQLError | GraphQLFormattedError): GraphQLFormattedError {
  const formatted = error instanceof GraphQLError ? error.toJSON() : error;
  if (formatted.extensions && 'http' in formatted.extensions) {
    const { http: _http, ...extensions } = formatted.extensions;
    return maskRouterError({ ...formatted, extensions });
  }
  return maskRouterError(formatted);
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'number'
  );
}

/** A graphql-ws `error` message's payload: the subgraph refused the operation itself. */
export function isFormattedErrorList(value: unknown): value is GraphQLFormattedError[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((e) => typeof e === 'object' && e !== null && typeof e.message === 'string')
  );
}

/** A failure the owner subgraph's graphql-ws client reported, as the error the subscriber receives. */
export function upstreamFailure(error: unknown): SubscriptionFailure {
  // The subgraph's circuit refused the subscription or connecting failed: SUBGRAPH_UNAVAILABLE, said as is.
  if (error instanceof GraphQLError && error.extensions.code === 'SUBGRAPH_UNAVAILABLE')
    return new SubscriptionFailure([formatSubscriptionError(error)], 'router', error.originalError ?? error);
  // The owner refused the operation itself (a graphql-ws `error` message): its errors pass through.
  if (isFormattedErrorList(error)) return new SubscriptionFailure(error, 'upstream', error);
  const stopped = isCloseEvent(error)
    ? 'Live updates stopped because their source closed the connection; subscribe again'
    : 'Live updates are unavailable because their source cannot be reached; subscribe again';
  return new SubscriptionFailure(
    [{ message: stopped, extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    'router',
    error,
  );
}

/**
 * Errors the server's error hook sends for a failed subscription. The router's own failure messages are
 * written for clients and sent as they are; everything else is formatted and masked.
 */
export function failureErrors(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  return errors.flatMap((error) => {
    const failure = error.originalError;
    if (!(failure instanceof SubscriptionFailure)) return [formatSubscriptionError(error)];
    return failure.origin === 'router' ? [...failure.errors] : failure.errors.map(formatSubscriptionError);
  });
}
