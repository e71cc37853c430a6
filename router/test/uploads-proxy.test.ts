import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bootRouterHarness, type RouterHarness } from './support/boot-router';
import { UPLOAD_COST } from '../src/http/media-proxy.routes';

interface Received {
  path: string;
  bytes: number;
  sha256: string;
  contentType?: string;
  authorization?: string;
  requestId?: string;
}

/** Stands in for the products service: hashes what it receives while it streams in, serves one image. */
async function startUploadTarget(): Promise<{ baseUrl: string; image: Buffer; server: Server }> {
  const image = randomBytes(64 * 1024);
  const app = express();
  app.post('/uploads/*path', (req, res) => {
    const hash = createHash('sha256');
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      hash.update(chunk);
    });
    req.on('end', () => {
      const received: Received = {
        path: req.originalUrl,
        bytes,
        sha256: hash.digest('hex'),
        contentType: req.headers['content-type'],
        authorization: req.headers.authorization,
        requestId: req.headers['x-request-id'] as string | undefined,
      };
      res.status(201).set('x-upload-target', 'yes').json(received);
    });
  });
  app.get('/media/*path', (_req, res) => {
    res.set('content-type', 'image/png').send(image);
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, image, server };
}

describe('router upload and media proxy', () => {
  let h: RouterHarness;
  let target: Awaited<ReturnType<typeof startUploadTarget>>;
  let base: string;

  beforeAll(async () => {
    target = await startUploadTarget();
    // A budget for exactly two uploads per window.
    const points = UPLOAD_COST * 2 + UPLOAD_COST / 2;
    h = await bootRouterHarness({
      uploadsTargetUrl: target.baseUrl,
      limits: { maxCost: points },
      rateLimit: { points },
    });
    base = h.router.url.replace('/graphql', '');
  });
  afterAll(async () => {
    await h?.stop();
    await new Promise((resolve) => target?.server.close(resolve));
  });

  const upload = (token: string | undefined, body: Buffer, headers: Record<string, string> = {}) =>
    fetch(`${base}/uploads/products/p1/images`, {
      method: 'POST',
      headers: {
        'content-type': 'image/png',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      // A copy typed on a plain ArrayBuffer, as fetch's body type asks.
      body: Uint8Array.from(body),
    });

  it('streams an administrator upload to the products service unchanged', async () => {
    const token = await h.keys.tokenFor('ADMIN', 'admin-upload');
    const body = randomBytes(3 * 1024 * 1024);
    const response = await upload(token, body, { 'x-request-id': 'upload-req-1' });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-upload-target')).toBe('yes');
    expect(response.headers.get('x-request-id')).toBe('upload-req-1');
    const received = (await response.json()) as Received;
    expect(received).toEqual({
      path: '/uploads/products/p1/images',
      bytes: body.length,
      sha256: createHash('sha256').update(body).digest('hex'),
      contentType: 'image/png',
      authorization: `Bearer ${token}`,
      requestId: 'upload-req-1',
    });
  });

  it('requires an administrator token at the router', async () => {
    const anonymous = await upload(undefined, randomBytes(16));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });

    const customer = await upload(await h.keys.tokenFor('CUSTOMER'), randomBytes(16));
    expect(customer.status).toBe(403);
    expect(await customer.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });

    const forged = await upload('not-a-jwt', randomBytes(16));
    expect(forged.status).toBe(401);
  });

  it('counts uploads against the rate limit', async () => {
    const token = await h.keys.tokenFor('ADMIN', 'admin-busy');
    expect((await upload(token, randomBytes(16))).status).toBe(201);
    expect((await upload(token, randomBytes(16))).status).toBe(201);
    const refused = await upload(token, randomBytes(16));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
  });

  it('serves media from the products service without authentication', async () => {
    const response = await fetch(`${base}/media/products/p1/photo.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer()).equals(target.image)).toBe(true);
  });
});
