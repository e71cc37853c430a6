import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return length !== '0';
  return req.headers['transfer-encoding'] !== undefined;
}

/**
 * Bounds how long a request body may take to arrive once its headers did. A client that trickles its body
 * (a byte now and then) would otherwise hold a socket and a parser until Node's request timeout; it gets
 * 408 and the connection is closed.
 */
export function bodyReadTimeout(timeoutMs: number): RequestHandler {
  return (req, res, next) => {
    if (req.readableEnded || !hasBody(req)) {
      next();
      return;
    }
    const timer = setTimeout(() => {
      if (req.readableEnded || res.headersSent) return;
      res.once('finish', () => req.socket.destroy());
      res
        .status(408)
        .set('Connection', 'close')
        .json({
          errors: [
            {
              message: `The request body did not arrive within ${Math.ceil(timeoutMs / 1000)} s`,
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        });
    }, timeoutMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    req.once('end', clear);
    req.once('close', clear);
    res.once('close', clear);
    next();
  };
}
