/**
 * Product image upload: a multipart POST of the file (field `file`, optional `alt`) to the router's
 * `/uploads/products/:productId/images`, which passes it to the products service.
 */

export const ACCEPTED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

export interface UploadedImage {
  id: string;
  url: string;
  alt: string;
  position: number;
}

export type UploadResult =
  | { ok: true; image: UploadedImage }
  | { ok: false; status: number; message: string };

export interface UploadRequest {
  apiOrigin: string;
  productId: string;
  file: Blob;
  /** The name the file is sent with; multipart parts need one. */
  fileName: string;
  alt?: string;
  accessToken: string | null;
  fetchImpl?: typeof fetch;
}

interface ErrorBody {
  error?: { code?: string; message?: string };
  errors?: { message?: string; extensions?: { code?: string; retryAfter?: number } }[];
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** What went wrong with an upload, from its HTTP status and the JSON body of either the router or the service. */
export function describeUploadFailure(
  status: number,
  body: unknown,
  retryAfterHeader?: string | null,
): string {
  const parsed = (body ?? {}) as ErrorBody;
  const serverMessage = parsed.error?.message ?? parsed.errors?.[0]?.message ?? null;
  switch (status) {
    case 413: {
      const limit = serverMessage?.match(/(\d+)\s*bytes/);
      return limit
        ? `This image is too large: the limit is ${formatBytes(Number(limit[1]))}.`
        : 'This image is too large for the server.';
    }
    case 415: {
      const reason = (serverMessage ?? 'only PNG, JPEG and WebP images are accepted').replace(/\.$/, '');
      return `This file cannot be used: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}.`;
    }
    case 401:
      return 'Your session has expired. Sign in again to upload images.';
    case 403:
      return 'Only administrators can upload images.';
    case 404:
      return 'This product no longer exists.';
    case 429: {
      const seconds = Number(parsed.errors?.[0]?.extensions?.retryAfter ?? retryAfterHeader);
      return Number.isFinite(seconds) && seconds > 0
        ? `Too many uploads. Try again in ${Math.ceil(seconds)} seconds.`
        : 'Too many uploads. Try again in a moment.';
    }
    default:
      if (status >= 400 && status < 500 && serverMessage) return serverMessage;
      return `The upload failed (HTTP ${status}). Please try again.`;
  }
}

/** Checks the file before sending it, so an obviously wrong file gets an answer without a round trip. */
export function checkImageFile(file: { type: string; size: number }): string | null {
  if (file.size === 0) return 'This file is empty.';
  if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type)) {
    return 'This file cannot be used: only PNG, JPEG and WebP images are accepted.';
  }
  return null;
}

export async function uploadProductImage(request: UploadRequest): Promise<UploadResult> {
  const form = new FormData();
  if (request.alt?.trim()) form.append('alt', request.alt.trim());
  form.append('file', request.file, request.fileName);
  const url = `${request.apiOrigin}/uploads/products/${encodeURIComponent(request.productId)}/images`;
  let response: Response;
  try {
    response = await (request.fetchImpl ?? fetch)(url, {
      method: 'POST',
      body: form,
      headers: request.accessToken ? { authorization: `Bearer ${request.accessToken}` } : {},
    });
  } catch {
    return { ok: false, status: 0, message: 'Cannot reach the server. Check your connection and try again.' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const image = (body as { image?: UploadedImage } | null)?.image;
    if (image) return { ok: true, image };
    return {
      ok: false,
      status: response.status,
      message: 'The server accepted the upload but did not describe the image.',
    };
  }
  return {
    ok: false,
    status: response.status,
    message: describeUploadFailure(response.status, body, response.headers.get('retry-after')),
  };
}
