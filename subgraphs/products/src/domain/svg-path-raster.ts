/**
 * Fills SVG path data (the `d` attribute of an icon) into an anti-aliased coverage mask, in plain TypeScript
 * so the demo seed needs no native image library and draws the same bytes on every machine.
 *
 * Supports every path command (M L H V C S Q T A Z, absolute and relative) with the nonzero fill rule, the
 * SVG default. Curves and arcs are flattened into a fixed number of segments; coverage is exact across each
 * pixel row's width and sampled at four heights per pixel.
 */

type Point = [number, number];
type Polygon = Point[];

const CURVE_SEGMENTS = 16;
const ROW_SAMPLES = 4;

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/giy;

/** Splits path data into commands with their numbers (arc flags may be written without separators). */
function tokenize(d: string): { command: string; args: number[] }[] {
  const commands: { command: string; args: number[] }[] = [];
  let index = 0;
  const readNumber = (flag: boolean): number | null => {
    while (index < d.length && /[\s,]/.test(d[index]!)) index += 1;
    if (flag && (d[index] === '0' || d[index] === '1')) return Number(d[index++]);
    NUMBER.lastIndex = index;
    const match = NUMBER.exec(d);
    if (!match) return null;
    index = NUMBER.lastIndex;
    return Number(match[0]);
  };
  while (index < d.length) {
    const char = d[index]!;
    if (/[\s,]/.test(char)) {
      index += 1;
      continue;
    }
    if (!/[MLHVCSQTAZ]/i.test(char)) throw new Error(`Unexpected "${char}" in path data at ${index}`);
    index += 1;
    const args: number[] = [];
    const isArc = char === 'A' || char === 'a';
    for (;;) {
      const flag = isArc && (args.length % 7 === 3 || args.length % 7 === 4);
      const value = readNumber(flag);
      if (value === null) break;
      args.push(value);
    }
    commands.push({ command: char, args });
  }
  return commands;
}

function cubic(points: Point[], p0: Point, p1: Point, p2: Point, p3: Point): void {
  for (let i = 1; i <= CURVE_SEGMENTS; i += 1) {
    const t = i / CURVE_SEGMENTS;
    const u = 1 - t;
    points.push([
      u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
      u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
    ]);
  }
}

function quadratic(points: Point[], p0: Point, p1: Point, p2: Point): void {
  for (let i = 1; i <= CURVE_SEGMENTS; i += 1) {
    const t = i / CURVE_SEGMENTS;
    const u = 1 - t;
    points.push([
      u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
      u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1],
    ]);
  }
}

/** An elliptical arc from `from` to `to` (SVG implementation notes, endpoint to centre parameterization). */
function arc(
  points: Point[],
  from: Point,
  radii: Point,
  rotationDegrees: number,
  largeArc: boolean,
  sweep: boolean,
  to: Point,
): void {
  let [rx, ry] = [Math.abs(radii[0]), Math.abs(radii[1])];
  if (rx === 0 || ry === 0 || (from[0] === to[0] && from[1] === to[1])) {
    points.push(to);
    return;
  }
  const phi = (rotationDegrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(phi), Math.sin(phi)];
  const dx = (from[0] - to[0]) / 2;
  const dy = (from[1] - to[1]) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  const lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const numerator = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const denominator = rx * rx * y1 * y1 + ry * ry * x1 * x1;
  const factor = (largeArc === sweep ? -1 : 1) * Math.sqrt(Math.max(0, numerator / denominator));
  const cx1 = (factor * rx * y1) / ry;
  const cy1 = (-factor * ry * x1) / rx;
  const cx = cos * cx1 - sin * cy1 + (from[0] + to[0]) / 2;
  const cy = sin * cx1 + cos * cy1 + (from[1] + to[1]) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number) => {
    const sign = ux * vy - uy * vx < 0 ? -1 : 1;
    const dot = (ux * vx + uy * vy) / (Math.hypot(ux, uy) * Math.hypot(vx, vy));
    return sign * Math.acos(Math.min(1, Math.max(-1, dot)));
  };
  const start = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
  let delta = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const segments = Math.max(4, Math.ceil((Math.abs(delta) / (Math.PI / 2)) * CURVE_SEGMENTS));
  for (let i = 1; i <= segments; i += 1) {
    const theta = start + (delta * i) / segments;
    const [ex, ey] = [rx * Math.cos(theta), ry * Math.sin(theta)];
    points.push(i === segments ? to : [cos * ex - sin * ey + cx, sin * ex + cos * ey + cy]);
  }
}

/** The path's subpaths as closed polygons in the path's own coordinates. */
export function flattenPath(d: string): Polygon[] {
  const polygons: Polygon[] = [];
  let current: Polygon = [];
  let point: Point = [0, 0];
  let start: Point = [0, 0];
  let lastControl: Point | null = null;
  let lastCommand = '';
  const finish = () => {
    if (current.length > 2) polygons.push(current);
    current = [];
  };

  for (const { command, args } of tokenize(d)) {
    const relative = command === command.toLowerCase();
    const upper = command.toUpperCase();
    const at = (x: number, y: number): Point => (relative ? [point[0] + x, point[1] + y] : [x, y]);
    const step = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 }[upper]!;
    if (upper === 'Z') {
      finish();
      point = start;
      lastControl = null;
      lastCommand = 'Z';
      continue;
    }
    for (let i = 0; i + step <= args.length; i += step) {
      const a = args.slice(i, i + step);
      let control: Point | null = null;
      // A moveto's extra pairs are linetos.
      const kind = upper === 'M' && i > 0 ? 'L' : upper;
      if (kind === 'M') {
        finish();
        point = at(a[0]!, a[1]!);
        start = point;
        current = [point];
      } else {
        if (current.length === 0) current = [point];
        if (kind === 'L') point = at(a[0]!, a[1]!);
        else if (kind === 'H') point = [relative ? point[0] + a[0]! : a[0]!, point[1]];
        else if (kind === 'V') point = [point[0], relative ? point[1] + a[0]! : a[0]!];
        else if (kind === 'C' || kind === 'S') {
          const reflected: Point =
            lastControl && /[CS]/.test(lastCommand)
              ? [2 * point[0] - lastControl[0], 2 * point[1] - lastControl[1]]
              : point;
          const c1 = kind === 'C' ? at(a[0]!, a[1]!) : reflected;
          const c2 = kind === 'C' ? at(a[2]!, a[3]!) : at(a[0]!, a[1]!);
          const end = kind === 'C' ? at(a[4]!, a[5]!) : at(a[2]!, a[3]!);
          cubic(current, point, c1, c2, end);
          control = c2;
          point = end;
        } else if (kind === 'Q' || kind === 'T') {
          const c: Point =
            kind === 'Q'
              ? at(a[0]!, a[1]!)
              : lastControl && /[QT]/.test(lastCommand)
                ? ([2 * point[0] - lastControl[0], 2 * point[1] - lastControl[1]] as Point)
                : point;
          const end = kind === 'Q' ? at(a[2]!, a[3]!) : at(a[0]!, a[1]!);
          quadratic(current, point, c, end);
          control = c;
          point = end;
        } else if (kind === 'A') {
          const end = at(a[5]!, a[6]!);
          arc(current, point, [a[0]!, a[1]!], a[2]!, a[3] === 1, a[4] === 1, end);
          point = end;
        }
        if (kind === 'L' || kind === 'H' || kind === 'V') current.push(point);
      }
      lastControl = control;
      lastCommand = kind;
    }
  }
  finish();
  return polygons;
}

/**
 * Coverage (0–1 per pixel, row by row) of the path filled with the nonzero rule, scaled from a square
 * `viewBox` of `viewSize` units into a `size`×`size` box placed at (`left`, `top`) of a `width`×`height` mask.
 */
export function rasterizePath(
  d: string,
  options: { width: number; height: number; left: number; top: number; size: number; viewSize: number },
): Float32Array {
  const { width, height, left, top, size, viewSize } = options;
  const scale = size / viewSize;
  const edges: { x0: number; y0: number; x1: number; y1: number; dir: number }[] = [];
  for (const polygon of flattenPath(d)) {
    for (let i = 0; i < polygon.length; i += 1) {
      const a = polygon[i]!;
      const b = polygon[(i + 1) % polygon.length]!;
      const [x0, y0, x1, y1] = [
        left + a[0] * scale,
        top + a[1] * scale,
        left + b[0] * scale,
        top + b[1] * scale,
      ];
      if (y0 === y1) continue;
      edges.push(y0 < y1 ? { x0, y0, x1, y1, dir: 1 } : { x0: x1, y0: y1, x1: x0, y1: y0, dir: -1 });
    }
  }
  const coverage = new Float32Array(width * height);
  const crossings: { x: number; dir: number }[] = [];
  for (let row = 0; row < height; row += 1) {
    for (let sample = 0; sample < ROW_SAMPLES; sample += 1) {
      const y = row + (sample + 0.5) / ROW_SAMPLES;
      crossings.length = 0;
      for (const edge of edges) {
        if (y < edge.y0 || y >= edge.y1) continue;
        crossings.push({
          x: edge.x0 + ((y - edge.y0) / (edge.y1 - edge.y0)) * (edge.x1 - edge.x0),
          dir: edge.dir,
        });
      }
      crossings.sort((p, q) => p.x - q.x);
      let winding = 0;
      for (let i = 0; i < crossings.length - 1; i += 1) {
        winding += crossings[i]!.dir;
        if (winding === 0) continue;
        const from = Math.max(0, crossings[i]!.x);
        const to = Math.min(width, crossings[i + 1]!.x);
        for (let x = Math.floor(from); x < Math.ceil(to) && x < width; x += 1) {
          const covered = Math.min(to, x + 1) - Math.max(from, x);
          if (covered > 0) coverage[row * width + x]! += covered / ROW_SAMPLES;
        }
      }
    }
  }
  for (let i = 0; i < coverage.length; i += 1) coverage[i] = Math.min(1, coverage[i]!);
  return coverage;
}
