import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_IMAGE_BYTES, DEFAULT_MEDIA_DIR, loadMediaConfig, loadProductsConfig } from './config';

describe('loadProductsConfig', () => {
  it('defaults to the local setup', () => {
    const config = loadProductsConfig({});
    expect(config).toMatchObject({
      port: 4002,
      databaseUrl: 'postgresql://postgres@127.0.0.1:5432/msa_products',
      jwksUrl: 'http://localhost:4001/.well-known/jwks.json',
      redisUrl: 'redis://127.0.0.1:6379',
      publicBaseUrl: 'http://localhost:4000',
      maxImageBytes: DEFAULT_MAX_IMAGE_BYTES,
      mediaDir: DEFAULT_MEDIA_DIR,
    });
    expect(DEFAULT_MEDIA_DIR.replace(/\\/g, '/')).toMatch(/\/\.data\/media$/);
  });

  it('reads every setting from the environment', () => {
    const config = loadProductsConfig({
      PORT: '5002',
      PRODUCTS_DATABASE_URL: 'postgresql://db.internal:5432/catalog',
      JWKS_URL: 'http://users:4001/.well-known/jwks.json',
      MEDIA_DIR: '/srv/media',
      PUBLIC_BASE_URL: 'https://shop.example',
      MAX_IMAGE_BYTES: '1048576',
    });
    expect(config).toMatchObject({
      port: 5002,
      databaseUrl: 'postgresql://db.internal:5432/catalog',
      mediaDir: '/srv/media',
      publicBaseUrl: 'https://shop.example',
      maxImageBytes: 1_048_576,
    });
    expect(loadProductsConfig({ DATABASE_URL: 'postgresql://pg.internal:5432/postgres' }).databaseUrl).toBe(
      'postgresql://pg.internal:5432/msa_products',
    );
  });

  it('names every bad value', () => {
    expect(() =>
      loadProductsConfig({ PORT: 'eighty', MAX_IMAGE_BYTES: '-1', PUBLIC_BASE_URL: 'not a url' }),
    ).toThrow(
      /PORT[\s\S]*PUBLIC_BASE_URL[\s\S]*MAX_IMAGE_BYTES|PORT[\s\S]*MAX_IMAGE_BYTES[\s\S]*PUBLIC_BASE_URL|PUBLIC_BASE_URL[\s\S]*PORT/,
    );
  });
});

describe('loadMediaConfig', () => {
  it('reads the media settings alone', () => {
    expect(loadMediaConfig({ MEDIA_DIR: '/tmp/m' })).toEqual({
      mediaDir: '/tmp/m',
      storage: { kind: 'local', dir: '/tmp/m' },
      publicBaseUrl: 'http://localhost:4000',
    });
  });

  it('selects an S3-compatible bucket with MEDIA_STORAGE=s3, path-style when an endpoint is given', () => {
    expect(
      loadMediaConfig({
        MEDIA_STORAGE: 's3',
        S3_ENDPOINT: 'http://minio:9000',
        S3_BUCKET: 'product-media',
        S3_ACCESS_KEY_ID: 'key',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_CREATE_BUCKET: 'true',
      }).storage,
    ).toEqual({
      kind: 's3',
      bucket: 'product-media',
      region: 'us-east-1',
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      createBucket: true,
    });
    expect(
      loadMediaConfig({ MEDIA_STORAGE: 's3', S3_BUCKET: 'b-1', S3_REGION: 'eu-west-1' }).storage,
    ).toEqual({
      kind: 's3',
      bucket: 'b-1',
      region: 'eu-west-1',
      forcePathStyle: false,
      createBucket: false,
    });
  });

  it('names what S3 storage is missing', () => {
    expect(() => loadMediaConfig({ MEDIA_STORAGE: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => loadMediaConfig({ MEDIA_STORAGE: 's3', S3_BUCKET: 'b-1', S3_ACCESS_KEY_ID: 'k' })).toThrow(
      /S3_SECRET_ACCESS_KEY/,
    );
    expect(() => loadMediaConfig({ MEDIA_STORAGE: 'ftp' })).toThrow(/MEDIA_STORAGE/);
  });
});
