import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '@msa/subgraph-kit';
import { requestMeta } from './request-meta';

/** Malformed or oversized bodies get a JSON error like every other answer, not Express's HTML page. */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (
    error: { status?: number; statusCode?: number; expose?: boolean; message?: string },
    req,
    res,
    next,
  ) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) logger.error({ err: error, requestId: requestMeta(req).requestId }, 'request failed');
    const clientError = status < 500 && error.expose !== false;
    res.status(status).json({
      errors: [
        {
          message: clientError ? (error.message ?? 'Bad request') : 'Internal server error',
          extensions: { code: clientError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  };
}

/**
 * Unknown paths answer a JSON 404 from one route, so scanners cannot mint a new metrics label per path they try.
 */
export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
};
