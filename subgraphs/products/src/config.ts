import { fileURLToPath } from 'node:url';
import { loadConfig, loadSubgraphConfig, subgraphEnv, wholeNumberEnv } from '@msa/subgraph-kit';
import { z } from 'zod';

export const DEFAULT_MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const DEFAULT_PUBLIC_BASE_URL = 'http://localhost:4000';
/** <repo root>/.data/media, wherever the checkout lives. */
export const DEFAULT_MEDIA_DIR = fileURLToPath(new URL('../../../.data/media', import.meta.url));

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** Where product images are kept and how clients reach them; read by the server and by the seed. */
export const mediaEnv = z
  .object({
    /** `local`: files under MEDIA_DIR (development, one node); `s3`: an S3-compatible bucket (AWS S3, MinIO…). */
    MEDIA_STORAGE: z.enum(['local', 's3']).default('local'),
    MEDIA_DIR: z.string().min(1).default(DEFAULT_MEDIA_DIR),
    PUBLIC_BASE_URL: z.string().url().default(DEFAULT_PUBLIC_BASE_URL),
    /** Unset for AWS S3 itself; the server's URL for MinIO and other S3-compatible stores. */
    S3_ENDPOINT: z.string().url().optional(),
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    /** Without them the AWS SDK's default credential chain applies (instance role, AWS_* variables…). */
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** Bucket in the path (`http://minio:9000/bucket/key`), as MinIO needs; default: on when S3_ENDPOINT is set. */
    S3_FORCE_PATH_STYLE: flag.optional(),
    /** Create the bucket at start when it is missing (a fresh MinIO); off for managed buckets. */
    S3_CREATE_BUCKET: flag.default(false),
  })
  .superRefine((env, context) => {
    if (env.MEDIA_STORAGE !== 's3') return;
    if (!env.S3_BUCKET)
      context.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'required when MEDIA_STORAGE=s3' });
    if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY))
      context.addIssue({
        code: 'custom',
        path: ['S3_SECRET_ACCESS_KEY'],
        message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together',
      });
  });

/** Where images are stored: a folder, or a bucket of an S3-compatible service. */
export type MediaStorageConfig =
  | { kind: 'local'; dir: string }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      endpoint?: string;
      forcePathStyle: boolean;
      credentials?: { accessKeyId: string; secretAccessKey: string };
      createBucket: boolean;
    };

function storageOf(parsed: z.infer<typeof mediaEnv>): MediaStorageConfig {
  if (parsed.MEDIA_STORAGE === 'local') return { kind: 'local', dir: parsed.MEDIA_DIR };
  return {
    kind: 's3',
    bucket: parsed.S3_BUCKET!,
    region: parsed.S3_REGION,
    ...(parsed.S3_ENDPOINT && { endpoint: parsed.S3_ENDPOINT }),
    forcePathStyle: parsed.S3_FORCE_PATH_STYLE ?? Boolean(parsed.S3_ENDPOINT),
    ...(parsed.S3_ACCESS_KEY_ID &&
      parsed.S3_SECRET_ACCESS_KEY && {
        credentials: { accessKeyId: parsed.S3_ACCESS_KEY_ID, secretAccessKey: parsed.S3_SECRET_ACCESS_KEY },
      }),
    createBucket: parsed.S3_CREATE_BUCKET,
  };
}

export const productsEnv = subgraphEnv('products')
  .extend(mediaEnv.shape)
  .extend({
    MAX_IMAGE_BYTES: wholeNumberEnv({ min: 1 }, DEFAULT_MAX_IMAGE_BYTES),
  });

export function loadProductsConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadSubgraphConfig('products', productsEnv, env);
  return { ...config, ...loadMediaConfig(env), maxImageBytes: config.env.MAX_IMAGE_BYTES };
}

export function loadMediaConfig(env: NodeJS.ProcessEnv = process.env): {
  mediaDir: string;
  storage: MediaStorageConfig;
  publicBaseUrl: string;
} {
  const parsed = loadConfig(mediaEnv, env);
  return { mediaDir: parsed.MEDIA_DIR, storage: storageOf(parsed), publicBaseUrl: parsed.PUBLIC_BASE_URL };
}
