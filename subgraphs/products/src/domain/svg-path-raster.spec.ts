import { describe, expect, it } from 'vitest';
import { flattenPath, rasterizePath } from './svg-path-raster';

const box = { width: 10, height: 10, left: 0, top: 0, size: 10, viewSize: 10 };

describe('svg path raster', () => {
  it('fills a square fully inside and leaves the outside empty', () => {
    const mask = rasterizePath('M2 2H8V8H2Z', box);
    expect(mask[5 * 10 + 5]).toBeCloseTo(1);
    expect(mask[0]).toBe(0);
    expect(mask[9 * 10 + 9]).toBe(0);
    expect(mask.reduce((sum, value) => sum + value, 0)).toBeCloseTo(36, 5);
  });

  it('anti-aliases a half-covered pixel', () => {
    const mask = rasterizePath('M0 0H2.5V10H0Z', box);
    expect(mask[2]).toBeCloseTo(0.5, 5);
  });

  it('punches holes with the nonzero rule (opposite winding) and reads relative commands', () => {
    const ring = 'M1 1h8v8h-8z M3 3v4h4v-4z';
    const mask = rasterizePath(ring, box);
    expect(mask[5 * 10 + 5]).toBe(0);
    expect(mask[1 * 10 + 5]).toBeCloseTo(1);
  });

  it('draws arcs and curves through their end points', () => {
    const circle = flattenPath('M5 1A4 4 0 1 1 5 9A4 4 0 1 1 5 1Z')[0]!;
    for (const [x, y] of circle) expect(Math.hypot(x - 5, y - 5)).toBeCloseTo(4, 5);
    const mask = rasterizePath('M5 1A4 4 0 1 1 5 9A4 4 0 1 1 5 1Z', box);
    expect(mask.reduce((sum, value) => sum + value, 0)).toBeCloseTo(Math.PI * 16, 0);
    const curve = flattenPath('M0 0C0 10 10 10 10 0S20 -10 20 0Q25 5 30 0T40 0L40 20Z')[0]!;
    expect(curve).toContainEqual([20, 0]);
    expect(curve).toContainEqual([40, 0]);
  });

  it('reads arc flags written without separators, as icon sets do', () => {
    expect(flattenPath('M0 0a1 1 0 01 2 0z')[0]!.at(-1)).toEqual([2, 0]);
  });
});
