import { bearerToken, type AccessTokenVerifier } from '@msa/auth';
import type { Logger } from '@msa/subgraph-kit';
import { checkExportLink, DATA_EXPORT_PATH_PREFIX } from '../domain/data-export';
import type { PrivacyService } from '../services/privacy.service';
import type { HttpApp } from './http-app';

/**
 * Serves a ready data export: the link's signature and expiry are checked, and the caller must present the
 * owner's access token (the storefront fetches it with the session's token), so a leaked link alone is useless.
 */
export function mountDataExportDownload(
  app: HttpApp,
  deps: { privacy: PrivacyService; verifier: AccessTokenVerifier; linkSecret: string; logger: Logger },
): void {
  app.get(`${DATA_EXPORT_PATH_PREFIX}:exportId`, async (req, res) => {
    const exportId = String(req.params.exportId);
    const link = checkExportLink(
      deps.linkSecret,
      exportId,
      req.query.expires,
      req.query.signature,
      new Date(),
    );
    if (!link.ok) {
      res.status(link.reason === 'expired' ? 410 : 403).json({
        error:
          link.reason === 'expired'
            ? 'This download link has expired; request a new export.'
            : 'Invalid link.',
      });
      return;
    }
    const token = bearerToken(req.get('authorization'));
    const identity = token ? await deps.verifier.verify(token).catch(() => null) : null;
    if (!identity || identity.kind !== 'user') {
      res.status(401).json({ error: 'Sign in to download your data.' });
      return;
    }
    try {
      const file = await deps.privacy.exportFile(exportId, identity.userId);
      if (!file) {
        res.status(404).json({ error: 'No such export.' });
        return;
      }
      res.set('Cache-Control', 'no-store');
      res.set('Content-Disposition', `attachment; filename="my-data-${exportId}.json"`);
      res.type('application/json').send(file);
    } catch (error) {
      deps.logger.error({ err: error, exportId }, 'data export download failed');
      res.status(500).json({ error: 'Could not read the export.' });
    }
  });
}
