import { describe, expect, it } from 'vitest';
import { checkImageFile, describeUploadFailure, uploadProductImage } from './image-upload';

describe('describeUploadFailure', () => {
  it('states the size limit on 413', () => {
    const body = { error: { code: 'PAYLOAD_TOO_LARGE', message: 'Images may be at most 5242880 bytes' } };
    expect(describeUploadFailure(413, body)).toBe('This image is too large: the limit is 5 MB.');
    expect(describeUploadFailure(413, null)).toBe('This image is too large for the server.');
  });

  it('passes on why the type was refused on 415', () => {
    const body = {
      error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The file is image/png but was sent as image/jpeg' },
    };
    expect(describeUploadFailure(415, body)).toBe(
      'This file cannot be used: the file is image/png but was sent as image/jpeg.',
    );
    expect(describeUploadFailure(415, {})).toBe(
      'This file cannot be used: only PNG, JPEG and WebP images are accepted.',
    );
  });

  it('reads the router error shape for auth and rate limits', () => {
    const forbidden = {
      errors: [{ message: 'Only administrators can upload images', extensions: { code: 'FORBIDDEN' } }],
    };
    expect(describeUploadFailure(403, forbidden)).toBe('Only administrators can upload images.');
    const limited = {
      errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfter: 12 } }],
    };
    expect(describeUploadFailure(429, limited)).toBe('Too many uploads. Try again in 12 seconds.');
    expect(describeUploadFailure(429, null, '3')).toBe('Too many uploads. Try again in 3 seconds.');
    expect(describeUploadFailure(401, null)).toMatch(/Sign in again/);
  });

  it('shows other client errors as the server words them, and server errors generically', () => {
    expect(describeUploadFailure(400, { error: { message: '"alt" must be at most 200 characters' } })).toBe(
      '"alt" must be at most 200 characters',
    );
    expect(describeUploadFailure(502, { error: { message: 'upstream' } })).toBe(
      'The upload failed (HTTP 502). Please try again.',
    );
  });
});

describe('checkImageFile', () => {
  it('accepts PNG, JPEG and WebP and refuses the rest before sending', () => {
    expect(checkImageFile({ type: 'image/webp', size: 10 })).toBeNull();
    expect(checkImageFile({ type: 'image/svg+xml', size: 10 })).toMatch(/only PNG, JPEG and WebP/);
    expect(checkImageFile({ type: 'image/png', size: 0 })).toBe('This file is empty.');
  });
});

describe('uploadProductImage', () => {
  const file = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });

  it('posts the file, the alt text and the token as multipart form data', async () => {
    let seen: { url: string; init: RequestInit } | null = null;
    const fetchImpl = (async (url: string, init: RequestInit) => {
      seen = { url, init };
      const image = { id: 'img1', url: 'http://x/media/a.png', alt: 'Front', position: 0 };
      return new Response(JSON.stringify({ image }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      });
    }) as unknown as typeof fetch;

    const result = await uploadProductImage({
      apiOrigin: 'http://api.test',
      productId: 'p/1',
      file,
      fileName: 'front.png',
      alt: '  Front ',
      accessToken: 'tok',
      fetchImpl,
    });

    expect(result).toEqual({
      ok: true,
      image: { id: 'img1', url: 'http://x/media/a.png', alt: 'Front', position: 0 },
    });
    const { url, init } = seen!;
    expect(url).toBe('http://api.test/uploads/products/p%2F1/images');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer tok');
    const form = init.body as FormData;
    expect(form.get('alt')).toBe('Front');
    expect((form.get('file') as File).name).toBe('front.png');
  });

  it('turns a refusal into a message and a network failure into status 0', async () => {
    const refusing = (async () =>
      new Response(JSON.stringify({ error: { message: 'Images may be at most 1048576 bytes' } }), {
        status: 413,
      })) as unknown as typeof fetch;
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const base = {
      apiOrigin: 'http://api.test',
      productId: 'p1',
      file,
      fileName: 'a.png',
      accessToken: null,
    };

    expect(await uploadProductImage({ ...base, fetchImpl: refusing })).toEqual({
      ok: false,
      status: 413,
      message: 'This image is too large: the limit is 1 MB.',
    });
    const unreachable = await uploadProductImage({ ...base, fetchImpl: offline });
    expect(!unreachable.ok && unreachable.status).toBe(0);
  });
});
