import type { MediaStorageConfig } from '../config';
import type { ImageStorage } from './image-storage';
import { createLocalDiskImageStorage } from './local-disk-image-storage';
import { createS3ImageStorage } from './s3-image-storage';

/** The image store MEDIA_STORAGE selects: local disk (the default) or an S3-compatible bucket. */
export async function createImageStorage(config: MediaStorageConfig): Promise<ImageStorage> {
  if (config.kind === 'local') return createLocalDiskImageStorage(config.dir);
  const storage = createS3ImageStorage(config);
  if (config.createBucket) await storage.ensureBucket();
  return storage;
}
