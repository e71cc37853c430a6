import type { AccessTokenVerifier } from '@msa/auth';
import type { Logger } from '@msa/subgraph-kit';
import type { Express, Request, Response } from 'express';
import type { ProductImageService } from '../services/product-image.service';
import { isValidStorageKey, type ImageStorage } from '../storage/image-storage';
import { checkAdmin } from './admin-auth';
import { sendError } from './http-error';
import { readMultipartImage } from './multipart-image';

export interface ProductRouteDependencies {
  images: ProductImageService;
  storage: ImageStorage;
  verifier: AccessTokenVerifier;
  maxImageBytes: number;
  logger: Logger;
}

/** Room for multipart boundaries and the small text fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** Stored files never change (every upload gets a new key), so caches may keep them for a year. */
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

async function uploadImage(req: Request, res: Response, deps: ProductRouteDependencies): Promise<void> {
  const admin = await checkAdmin(req.headers.authorization, deps.verifier);
  if (!admin.ok) {
    res.setHeader('Connection', 'close');
    return sendError(res, admin.status, admin.code, admin.message);
  }
  // A body declared far beyond the limit is refused before reading it, instead of draining it all.
  const declaredLength = Number(req.headers['content-length'] ?? 0);
  if (declaredLength > (deps.maxImageBytes + MULTIPART_OVERHEAD_BYTES) * 2) {
    res.setHeader('Connection', 'close');
    return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `Images may be at most ${deps.maxImageBytes} bytes`);
  }
  const upload = await readMultipartImage(req, deps.maxImageBytes);
  if (!upload.ok) return sendError(res, upload.status, upload.code, upload.message);
  const outcome = await deps.images.upload({
    productId: String(req.params.productId),
    bytes: upload.file.bytes,
    declaredType: upload.file.mimeType,
    alt: upload.fields.alt ?? null,
  });
  if (!outcome.ok) return sendError(res, outcome.status, outcome.code, outcome.message);
  const { image } = outcome;
  res.status(201).json({
    image: { id: image.id, url: deps.images.urlOf(image), alt: image.alt, position: image.position },
  });
}

async function serveMedia(req: Request, res: Response, storage: ImageStorage): Promise<void> {
  const segments = (req.params as Record<string, string | string[]>).key;
  const key = Array.isArray(segments) ? segments.join('/') : String(segments ?? '');
  const object = isValidStorageKey(key) ? await storage.get(key) : null;
  if (!object) return sendError(res, 404, 'NOT_FOUND', 'No such file');
  res.set({
    'Content-Type': object.contentType,
    'Content-Length': String(object.bytes.length),
    'Cache-Control': IMMUTABLE_CACHE,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'",
  });
  res.end(object.bytes);
}

/**
 * Image upload (admin, multipart: field `file`, optional `alt`) and image serving. The router forwards
 * /uploads and /media here, so clients use one origin.
 */
export function mountProductRoutes(app: Express, deps: ProductRouteDependencies): void {
  const guarded =
    (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
      try {
        await handler(req, res);
      } catch (error) {
        deps.logger.error({ err: error, path: req.path }, 'media route failed');
        if (!res.headersSent) sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      }
    };
  app.post(
    '/uploads/products/:productId/images',
    guarded((req, res) => uploadImage(req, res, deps)),
  );
  app.get(
    '/media/*key',
    guarded((req, res) => serveMedia(req, res, deps.storage)),
  );
}
