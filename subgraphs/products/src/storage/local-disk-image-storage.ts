import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mimeTypeForKey } from '../domain/image-type';
import { isValidStorageKey, type ImageStorage } from './image-storage';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Files under one root folder, one file per key. The content type is derived from the key's extension, which
 * the upload chose from the sniffed bytes, so no side files are needed.
 */
export function createLocalDiskImageStorage(rootDir: string): ImageStorage {
  const pathOf = (key: string) => {
    if (!isValidStorageKey(key)) throw new Error(`Invalid storage key "${key}"`);
    return join(rootDir, ...key.split('/'));
  };

  return {
    async put(key, bytes, contentType) {
      const path = pathOf(key);
      if (mimeTypeForKey(key) !== contentType) {
        throw new Error(`Key "${key}" would be served as ${mimeTypeForKey(key)}, not ${contentType}`);
      }
      await mkdir(dirname(path), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const temporary = `${path}.${randomUUID()}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    },
    async get(key) {
      if (!isValidStorageKey(key)) return null;
      try {
        return { bytes: await readFile(pathOf(key)), contentType: mimeTypeForKey(key) };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
