import type { Rgb } from './placeholder-image';
import { rasterizePath } from './svg-path-raster';

/** Icon set path data is drawn on a 24×24 grid. */
const ICON_VIEW_SIZE = 24;

function mix(color: Rgb, target: number, amount: number): Rgb {
  return color.map((channel) => Math.round(channel + (target - channel) * amount)) as Rgb;
}

/**
 * RGB pixels of a square cover: a light diagonal tint of `color`, with the icon (SVG path data on a 24×24
 * grid) drawn large in a deep shade of the same colour, centred.
 */
export function iconCover(size: number, color: Rgb, iconPath: string): Uint8Array {
  const light = mix(color, 255, 0.85);
  const tint = mix(color, 255, 0.6);
  const ink = mix(color, 0, 0.45);
  const iconSize = Math.round(size * 0.6);
  const offset = Math.round((size - iconSize) / 2);
  const mask = rasterizePath(iconPath, {
    width: size,
    height: size,
    left: offset,
    top: offset,
    size: iconSize,
    viewSize: ICON_VIEW_SIZE,
  });
  const pixels = new Uint8Array(size * size * 3);
  const span = Math.max(1, 2 * size - 2);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const t = (x + y) / span;
      const alpha = mask[y * size + x]!;
      const offsetInPixels = (y * size + x) * 3;
      for (let channel = 0; channel < 3; channel += 1) {
        const background = light[channel]! + (tint[channel]! - light[channel]!) * t;
        pixels[offsetInPixels + channel] = Math.round(background + (ink[channel]! - background) * alpha);
      }
    }
  }
  return pixels;
}
