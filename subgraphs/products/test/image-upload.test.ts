import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData } from '@msa/testing';
import { encodePng } from '../src/domain/png-encoder';
import { diagonalGradient } from '../src/domain/placeholder-image';
import {
  createProduct,
  PUBLIC_BASE_URL,
  simpleProduct,
  startProductsHarness,
  type CreatedProduct,
  type ProductsHarness,
} from './support/products-harness';

const MAX_IMAGE_BYTES = 64 * 1024;
let h: ProductsHarness;
let product: CreatedProduct;

const png = encodePng(16, 16, diagonalGradient(16, 16, [20, 120, 200]));
const jpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0 not a full image'),
]);

interface UploadResponse {
  status: number;
  body: {
    image?: { id: string; url: string; alt: string; position: number };
    error?: { code: string; message: string };
  };
}

async function upload(
  productId: string,
  file: { bytes: Buffer; type: string; name?: string } | null,
  options: { token?: string | null; alt?: string } = {},
): Promise<UploadResponse> {
  const form = new FormData();
  if (file)
    form.append(
      'file',
      new Blob([new Uint8Array(file.bytes)], { type: file.type }),
      file.name ?? 'upload.bin',
    );
  if (options.alt !== undefined) form.append('alt', options.alt);
  const token = options.token === undefined ? h.adminToken : options.token;
  const response = await fetch(`${h.baseUrl}/uploads/products/${productId}/images`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: (await response.json()) as UploadResponse['body'] };
}

async function storedFiles(): Promise<string[]> {
  const entries = await readdir(h.mediaDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

async function imageCount(): Promise<number> {
  return Number((await h.sql.query<{ count: string }>('SELECT count(*) FROM product_images')).rows[0]!.count);
}

const mediaUrl = (publicUrl: string) => publicUrl.replace(PUBLIC_BASE_URL, h.baseUrl);

beforeAll(async () => {
  h = await startProductsHarness({ maxImageBytes: MAX_IMAGE_BYTES });
  product = await createProduct(h, simpleProduct('Camera Bag', 8900));
});
afterAll(() => h?.stop());

describe('image upload', () => {
  it('stores an admin’s PNG and serves the same bytes at its public URL', async () => {
    const result = await upload(
      product.id,
      { bytes: png, type: 'image/png', name: 'bag.png' },
      { alt: 'Camera bag, front' },
    );
    expect(result.status).toBe(201);
    const image = result.body.image!;
    expect(image).toMatchObject({ alt: 'Camera bag, front', position: 0 });
    expect(image.url).toMatch(
      new RegExp(`^${PUBLIC_BASE_URL}/media/products/${product.id}/[0-9a-f-]{36}\\.png$`),
    );

    const served = await fetch(mediaUrl(image.url));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);

    const data = expectData(
      await h.gql<{ product: { images: unknown[] } }>(
        `query($id: ID) { product(id: $id) { images { id url alt position } } }`,
        { id: product.id },
      ),
    );
    expect(data.product.images).toEqual([image]);
  });

  it('appends further images and lets admins reorder and remove them', async () => {
    const second = (await upload(product.id, { bytes: jpeg, type: 'image/jpeg' })).body.image!;
    expect(second.position).toBe(1);
    expect(second.url.endsWith('.jpg')).toBe(true);
    expect((await fetch(mediaUrl(second.url))).headers.get('content-type')).toBe('image/jpeg');

    const images = async () =>
      expectData(
        await h.gql<{ product: { images: { id: string; position: number }[] } }>(
          `query($id: ID) { product(id: $id) { images { id position } } }`,
          { id: product.id },
        ),
      ).product.images;
    const [first] = await images();
    const reorder = `mutation($productId: ID!, $imageIds: [ID!]!) { reorderProductImages(productId: $productId, imageIds: $imageIds) { product { images { id position } } userErrors { code } } }`;
    const reordered = await h.admin<{ reorderProductImages: { product: { images: unknown[] } } }>(reorder, {
      productId: product.id,
      imageIds: [second.id, first!.id],
    });
    expect(reordered.reorderProductImages.product.images).toEqual([
      { id: second.id, position: 0 },
      { id: first!.id, position: 1 },
    ]);
    const partial = await h.admin<{ reorderProductImages: { userErrors: { code: string }[] } }>(reorder, {
      productId: product.id,
      imageIds: [second.id],
    });
    expect(partial.reorderProductImages.userErrors).toEqual([{ code: 'INVALID_IMAGE_ORDER' }]);

    const removed = await h.admin<{
      removeProductImage: { removedImageId: string; product: { images: unknown[] } };
    }>(
      `mutation($imageId: ID!) { removeProductImage(imageId: $imageId) { removedImageId product { images { id position } } userErrors { code } } }`,
      { imageId: second.id },
    );
    expect(removed.removeProductImage).toEqual({
      removedImageId: second.id,
      product: { images: [{ id: first!.id, position: 0 }] },
      userErrors: [],
    });
    expect((await fetch(mediaUrl(second.url))).status).toBe(404);
  });

  it('refuses files that are not PNG, JPEG or WebP, whatever they claim to be', async () => {
    const before = await storedFiles();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const file of [
      { bytes: Buffer.from('plain text'), type: 'text/plain' },
      { bytes: svg, type: 'image/png' },
      { bytes: svg, type: 'image/svg+xml' },
      { bytes: png, type: 'image/jpeg' },
      { bytes: png, type: 'application/octet-stream' },
    ]) {
      const result = await upload(product.id, file);
      expect(result.status, file.type).toBe(415);
      expect(result.body.error!.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses files over the size limit and stores nothing', async () => {
    const before = { files: await storedFiles(), rows: await imageCount() };
    const big = Buffer.concat([png, Buffer.alloc(MAX_IMAGE_BYTES + 1 - png.length)]);
    const result = await upload(product.id, { bytes: big, type: 'image/png' });
    expect(result.status).toBe(413);
    expect(result.body.error!.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await storedFiles()).toEqual(before.files);
    expect(await imageCount()).toBe(before.rows);

    const exact = Buffer.concat([png, Buffer.alloc(MAX_IMAGE_BYTES - png.length)]);
    expect((await upload(product.id, { bytes: exact, type: 'image/png' })).status).toBe(201);
  });

  it('allows admins only', async () => {
    const file = { bytes: png, type: 'image/png' };
    const customer = await upload(product.id, file, { token: h.customerToken });
    expect(customer).toEqual({
      status: 403,
      body: { error: { code: 'FORBIDDEN', message: expect.any(String) } },
    });
    expect((await upload(product.id, file, { token: h.staffToken })).status).toBe(403);
    const anonymous = await upload(product.id, file, { token: null });
    expect(anonymous).toEqual({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: expect.any(String) } },
    });
    expect((await upload(product.id, file, { token: 'not-a-jwt' })).status).toBe(401);
  });

  it('answers 404 for an unknown product and 400 for a form without a file', async () => {
    expect((await upload('unknown', { bytes: png, type: 'image/png' })).status).toBe(404);
    const noFile = await upload(product.id, null, { alt: 'nothing' });
    expect(noFile).toEqual({
      status: 400,
      body: { error: { code: 'BAD_REQUEST', message: expect.any(String) } },
    });
    const notMultipart = await fetch(`${h.baseUrl}/uploads/products/${product.id}/images`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.adminToken}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(notMultipart.status).toBe(400);
  });
});

describe('media serving', () => {
  it('answers 404 for unknown and unsafe keys', async () => {
    expect((await fetch(`${h.baseUrl}/media/products/none.png`)).status).toBe(404);
    expect((await fetch(`${h.baseUrl}/media/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${h.baseUrl}/media/products/%2E%2E/x.png`)).status).toBe(404);
  });
});
