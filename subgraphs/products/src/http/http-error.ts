import type { Response } from 'express';

/** Error body of the plain HTTP routes: `{ error: { code, message } }`, codes in the GraphQL style. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}
