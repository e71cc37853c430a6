import { describe, expect, it } from 'vitest';
import { isAcceptedMimeType, mimeTypeForKey, sniffImageType } from './image-type';
import { encodePng } from './png-encoder';

const jpegStart = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const webpStart = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);

describe('sniffImageType', () => {
  it('recognises PNG, JPEG and WebP by their leading bytes', () => {
    expect(sniffImageType(encodePng(1, 1, new Uint8Array(3)))?.mimeType).toBe('image/png');
    expect(sniffImageType(jpegStart)?.mimeType).toBe('image/jpeg');
    expect(sniffImageType(webpStart)?.mimeType).toBe('image/webp');
  });

  it('rejects other content whatever its name says', () => {
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(sniffImageType(Buffer.from('GIF89a......'))).toBeNull();
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(sniffImageType(Buffer.from([0x89, 0x50, 0x4e]))).toBeNull();
    expect(sniffImageType(new Uint8Array(0))).toBeNull();
  });
});

describe('mime types', () => {
  it('accepts only the three image types, case-insensitively', () => {
    expect(isAcceptedMimeType('image/PNG')).toBe(true);
    expect(isAcceptedMimeType('image/webp')).toBe(true);
    expect(isAcceptedMimeType('image/svg+xml')).toBe(false);
    expect(isAcceptedMimeType('application/octet-stream')).toBe(false);
  });

  it('maps stored keys back to their content type', () => {
    expect(mimeTypeForKey('products/p1/a.png')).toBe('image/png');
    expect(mimeTypeForKey('products/p1/a.jpg')).toBe('image/jpeg');
    expect(mimeTypeForKey('products/p1/a.webp')).toBe('image/webp');
    expect(mimeTypeForKey('products/p1/a.txt')).toBe('application/octet-stream');
  });
});
