import type { Express } from 'express';
import { isUuid, type Logger } from '@msa/subgraph-kit';
import { forwardedHeaders, requestMeta } from './request-meta';
import { streamProxy } from './stream-proxy';

/**
 * Data-export downloads (GET /privacy/exports/<id>?expires=…&signature=…) pass through to the users service,
 * which checks the signed link and that the caller's token is the owner's. Only a uuid id and the two link
 * parameters are forwarded, so nothing else on the users service can be reached this way.
 */
export function mountDataExportProxy(app: Express, options: { usersBaseUrl: string; logger: Logger }): void {
  app.get('/privacy/exports/:exportId', (req, res) => {
    const exportId = String(req.params.exportId);
    if (!isUuid(exportId)) {
      res.status(404).json({ error: 'No such export.' });
      return;
    }
    const target = new URL(`${options.usersBaseUrl.replace(/\/$/, '')}/privacy/exports/${exportId}`);
    for (const name of ['expires', 'signature'] as const) {
      const value = req.query[name];
      if (typeof value === 'string') target.searchParams.set(name, value);
    }
    const meta = requestMeta(req);
    streamProxy(req, res, {
      target,
      headers: forwardedHeaders(meta, req.headers.authorization),
      logger: options.logger.child({ requestId: meta.requestId }),
    });
  });
}
