/** A stored file and the content type it is served with. */
export interface StoredObject {
  bytes: Buffer;
  contentType: string;
}

/**
 * Where product images live. The local-disk adapter serves development and single-node setups; an
 * S3-compatible adapter can replace it without touching the upload flow.
 */
export interface ImageStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** Null when nothing is stored under the key. */
  get(key: string): Promise<StoredObject | null>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const KEY_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Keys are slash-separated segments of safe characters: no "..", no absolute paths, no backslashes. */
export function isValidStorageKey(key: string): boolean {
  const segments = key.split('/');
  return (
    segments.length <= 8 && segments.every((segment) => KEY_SEGMENT.test(segment) && !segment.includes('..'))
  );
}
