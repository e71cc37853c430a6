import { describe, expect, it } from 'vitest';
import { crc32 as zlibCrc32, inflateSync } from 'node:zlib';
import { crc32, encodePng, PNG_SIGNATURE } from './png-encoder';
import { colorFor, diagonalGradient } from './placeholder-image';

interface Chunk {
  type: string;
  data: Buffer;
  crc: number;
}

function readChunks(png: Buffer): Chunk[] {
  const chunks: Chunk[] = [];
  let offset = PNG_SIGNATURE.length;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    chunks.push({ type, data, crc: png.readUInt32BE(offset + 8 + length) });
    offset += 12 + length;
  }
  return chunks;
}

describe('crc32', () => {
  it('matches the published check value and zlib', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
    const sample = Buffer.from('any bytes at all \u00ff', 'utf8');
    expect(crc32(sample)).toBe(zlibCrc32(sample));
  });
});

describe('encodePng', () => {
  const width = 7;
  const height = 5;
  const pixels = diagonalGradient(width, height, colorFor('Studio Headphones'));
  const png = encodePng(width, height, pixels);
  const chunks = readChunks(png);

  it('starts with the PNG signature and has IHDR, IDAT, IEND in order', () => {
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunks[2]!.data.length).toBe(0);
  });

  it('writes a correct CRC for every chunk', () => {
    for (const c of chunks) {
      expect(c.crc).toBe(zlibCrc32(Buffer.concat([Buffer.from(c.type, 'ascii'), c.data])));
    }
  });

  it('describes an 8-bit truecolour image of the given size', () => {
    const header = chunks[0]!.data;
    expect(header.readUInt32BE(0)).toBe(width);
    expect(header.readUInt32BE(4)).toBe(height);
    expect([...header.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
  });

  it('stores every scanline with filter 0 followed by the original pixels', () => {
    const raw = inflateSync(chunks[1]!.data);
    expect(raw.length).toBe(height * (width * 3 + 1));
    for (let y = 0; y < height; y += 1) {
      const row = raw.subarray(y * (width * 3 + 1), (y + 1) * (width * 3 + 1));
      expect(row[0]).toBe(0);
      expect([...row.subarray(1)]).toEqual([...pixels.subarray(y * width * 3, (y + 1) * width * 3)]);
    }
  });

  it('rejects a pixel buffer of the wrong size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(11))).toThrow(RangeError);
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(RangeError);
  });
});

describe('placeholder colours', () => {
  it('are stable per text and differ between texts', () => {
    expect(colorFor('Mug')).toEqual(colorFor('Mug'));
    expect(colorFor('Mug')).not.toEqual(colorFor('Kettle'));
  });

  it('fade from the colour at the top left towards white at the bottom right', () => {
    const pixels = diagonalGradient(4, 4, [200, 20, 40]);
    expect([...pixels.subarray(0, 3)]).toEqual([200, 20, 40]);
    expect([...pixels.subarray(pixels.length - 3)]).toEqual([245, 245, 245]);
  });
});
