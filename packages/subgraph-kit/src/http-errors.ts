import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from './logger';

/** Unknown paths answer JSON, never Express's HTML page. */
export const jsonNotFound: RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
};

/**
 * Errors no route handled (a malformed JSON body, a body over the limit, a crash in a route) answer a JSON
 * error without stack trace or internals: client mistakes (4xx) keep their short message, everything else
 * becomes INTERNAL_SERVER_ERROR and is logged in full.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (
    error: { status?: number; statusCode?: number; expose?: boolean; message?: string },
    _req,
    res,
    next,
  ) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    const clientError = status >= 400 && status < 500 && error.expose !== false;
    if (!clientError) logger.error({ err: error }, 'request failed');
    res.status(clientError ? status : 500).json({
      errors: [
        {
          message: clientError ? (error.message ?? 'Bad request') : 'Internal server error',
          extensions: { code: clientError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  };
}
