import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMediaConfig } from '../src/config';
import { encodePng } from '../src/domain/png-encoder';
import { diagonalGradient } from '../src/domain/placeholder-image';
import { createImageStorage } from '../src/storage/create-image-storage';
import type { ImageStorage } from '../src/storage/image-storage';
import { createS3ImageStorage } from '../src/storage/s3-image-storage';

/**
 * One contract for every image store: what the upload flow and the /media route rely on. It runs against the
 * local-disk store always, and against an S3-compatible server (MinIO, AWS S3) when S3_ENDPOINT points at one
 * (S3_BUCKET, default msa-test-media, is created when missing; credentials from S3_ACCESS_KEY_ID and
 * S3_SECRET_ACCESS_KEY).
 */
function imageStorageContract(open: () => Promise<{ storage: ImageStorage; close: () => Promise<void> }>) {
  let storage: ImageStorage;
  let close: () => Promise<void>;
  // Keys unique to this run, so runs sharing a bucket never see each other's objects.
  const prefix = `contract-${randomUUID()}`;
  const png = encodePng(8, 8, diagonalGradient(8, 8, [200, 40, 90]));
  const otherPng = encodePng(4, 4, diagonalGradient(4, 4, [10, 200, 30]));

  beforeAll(async () => {
    ({ storage, close } = await open());
  });
  afterAll(async () => {
    await close?.();
  });

  it('returns what was put, with the content type of the key', async () => {
    const key = `${prefix}/products/p1/cover.png`;
    await storage.put(key, png, 'image/png');
    const stored = await storage.get(key);
    expect(stored?.contentType).toBe('image/png');
    expect(Buffer.compare(stored!.bytes, png)).toBe(0);
  });

  it('answers null for a key nothing is stored under', async () => {
    expect(await storage.get(`${prefix}/missing.png`)).toBeNull();
  });

  it('replaces an object put again under the same key', async () => {
    const key = `${prefix}/replaced.png`;
    await storage.put(key, png, 'image/png');
    await storage.put(key, otherPng, 'image/png');
    expect(Buffer.compare((await storage.get(key))!.bytes, otherPng)).toBe(0);
  });

  it('deletes, and deleting a missing key is not an error', async () => {
    const key = `${prefix}/deleted.webp`;
    await storage.put(key, Buffer.from('RIFF\0\0\0\0WEBPVP8 '), 'image/webp');
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('refuses keys that could leave the store, and content types the key would not be served with', async () => {
    await expect(storage.put('../escape.png', png, 'image/png')).rejects.toThrow(/Invalid storage key/);
    await expect(storage.delete('a//b.png')).rejects.toThrow(/Invalid storage key/);
    expect(await storage.get('../etc/passwd')).toBeNull();
    await expect(storage.put(`${prefix}/type.jpg`, png, 'image/png')).rejects.toThrow(
      /served as image\/jpeg/,
    );
    expect(await storage.get(`${prefix}/type.jpg`)).toBeNull();
  });
}

describe('image storage contract: local disk', () => {
  imageStorageContract(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'msa-media-'));
    return {
      storage: await createImageStorage({ kind: 'local', dir }),
      close: () => rm(dir, { recursive: true, force: true }),
    };
  });
});

const s3Endpoint = process.env.S3_ENDPOINT;

describe.skipIf(!s3Endpoint)(
  s3Endpoint
    ? `image storage contract: S3 at ${s3Endpoint}`
    : 'image storage contract: S3 (skipped: set S3_ENDPOINT, e.g. a MinIO at http://127.0.0.1:9000, to run it)',
  () => {
    imageStorageContract(async () => {
      const media = loadMediaConfig({
        ...process.env,
        MEDIA_STORAGE: 's3',
        S3_BUCKET: process.env.S3_BUCKET || 'msa-test-media',
        S3_CREATE_BUCKET: 'true',
      });
      if (media.storage.kind !== 's3') throw new Error('expected S3 settings');
      const storage = createS3ImageStorage(media.storage);
      await storage.ensureBucket();
      return { storage, close: async () => storage.close() };
    });
  },
);
