/** The image formats the catalog accepts, recognised by their leading bytes. */
export const IMAGE_TYPES = [
  { mimeType: 'image/png', extension: 'png' },
  { mimeType: 'image/jpeg', extension: 'jpg' },
  { mimeType: 'image/webp', extension: 'webp' },
] as const;

export type ImageType = (typeof IMAGE_TYPES)[number];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return (
    bytes.length >= offset + signature.length &&
    signature.every((byte, index) => bytes[offset + index] === byte)
  );
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

/**
 * What the bytes really are, whatever the client declared: a renamed executable or an SVG (which can carry
 * scripts) must not be stored and served as an image.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return IMAGE_TYPES[0];
  if (startsWith(bytes, JPEG_SIGNATURE)) return IMAGE_TYPES[1];
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return IMAGE_TYPES[2];
  return null;
}

export function isAcceptedMimeType(mimeType: string): boolean {
  return IMAGE_TYPES.some((type) => type.mimeType === mimeType.toLowerCase());
}

/** Content type to serve a stored file with, from the extension its key was given at upload. */
export function mimeTypeForKey(key: string): string {
  const extension = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
  return IMAGE_TYPES.find((type) => type.extension === extension)?.mimeType ?? 'application/octet-stream';
}
