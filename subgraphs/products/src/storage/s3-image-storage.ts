import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { mimeTypeForKey } from '../domain/image-type';
import { isValidStorageKey, type ImageStorage } from './image-storage';

export interface S3ImageStorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible server (MinIO); unset for AWS S3. */
  endpoint?: string;
  /** Bucket in the path instead of the host name, as MinIO and most self-hosted stores need. */
  forcePathStyle: boolean;
  /** Without them the SDK's default credential chain applies. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export interface S3ImageStorage extends ImageStorage {
  /** Creates the bucket when it does not exist (a fresh MinIO); a managed bucket is created by its owner. */
  ensureBucket(): Promise<void>;
  /** Closes the client's connections. */
  close(): void;
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof NoSuchKey ||
    (error instanceof S3ServiceException &&
      (error.name === 'NotFound' || error.$metadata.httpStatusCode === 404))
  );
}

/**
 * Objects in one bucket of an S3-compatible store (AWS S3, MinIO, …), one object per key. Objects carry their
 * content type, and the type served is still derived from the key, as on local disk, so both stores agree.
 */
export function createS3ImageStorage(options: S3ImageStorageOptions): S3ImageStorage {
  const client = new S3Client({
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    ...(options.endpoint && { endpoint: options.endpoint }),
    ...(options.credentials && { credentials: options.credentials }),
    // Checksums only where S3 requires them: several S3-compatible servers reject the newer default headers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = options.bucket;
  const checkedKey = (key: string) => {
    if (!isValidStorageKey(key)) throw new Error(`Invalid storage key "${key}"`);
    return key;
  };

  return {
    async put(key, bytes, contentType) {
      checkedKey(key);
      if (mimeTypeForKey(key) !== contentType) {
        throw new Error(`Key "${key}" would be served as ${mimeTypeForKey(key)}, not ${contentType}`);
      }
      // A PUT replaces the object atomically: a reader sees the old bytes or the new ones, never half.
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body: bytes,
          ContentType: contentType,
          ContentLength: bytes.length,
        }),
      );
    },
    async get(key) {
      if (!isValidStorageKey(key)) return null;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) return null;
        return {
          bytes: Buffer.from(await object.Body.transformToByteArray()),
          contentType: mimeTypeForKey(key),
        };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      // S3 answers a delete of a missing key with success, as the port requires.
      await client.send(new DeleteObjectCommand({ Bucket, Key: checkedKey(key) }));
    },
    async ensureBucket() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
      } catch (error) {
        if (!isMissing(error)) throw error;
        try {
          await client.send(new CreateBucketCommand({ Bucket }));
        } catch (createError) {
          // Another replica created it in the meantime.
          const name = (createError as Error).name;
          if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw createError;
        }
      }
    },
    close() {
      client.destroy();
    },
  };
}
