import fs from 'node:fs';
import path from 'node:path';
import { encodePng, rasterize, type Rgba } from './pngImage';

/**
 * The two icons a Teams app needs, drawn from shapes: a speech bubble with three dots. The colour
 * icon (192×192) is the white bubble on the accent colour; the outline icon (32×32) is the
 * bubble's outline in white on a transparent background, as Teams requires.
 * Run `node dist/scripts/teamsIcons.js` to redraw teams/color.png and teams/outline.png.
 */

const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Signed distance (in units of the 0–1 square) from the bubble's edge: negative inside. */
function bubbleDistance(u: number, v: number): number {
  const [cx, cy, hw, hh, r] = [0.5, 0.44, 0.34, 0.24, 0.1];
  const qx = Math.abs(u - cx) - (hw - r);
  const qy = Math.abs(v - cy) - (hh - r);
  const body = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  // The tail: a triangle below the body, pointing down-left.
  const inTail = v >= cy + hh - 0.02 && v <= 0.86 && u >= 0.3 && u <= 0.46 - (v - (cy + hh)) * 0.9;
  return inTail ? Math.min(body, -0.001) : body;
}

function dotDistance(u: number, v: number): number {
  return Math.min(...[0.32, 0.5, 0.68].map((x) => Math.hypot(u - x, v - 0.44) - 0.055));
}

function hexColour(hex: string): Rgba {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

export function colorIcon(accent: string, size = 192): Buffer {
  const background = hexColour(accent);
  return encodePng(
    size,
    size,
    rasterize(size, size, (x, y) => {
      const [u, v] = [x / size, y / size];
      if (dotDistance(u, v) < 0) return background;
      return bubbleDistance(u, v) < 0 ? WHITE : background;
    }),
  );
}

export function outlineIcon(size = 32): Buffer {
  const stroke = 2 / size;
  return encodePng(
    size,
    size,
    rasterize(size, size, (x, y) => {
      const [u, v] = [x / size, y / size];
      const edge = Math.abs(bubbleDistance(u, v)) < stroke / 2;
      return edge || dotDistance(u, v) < 0 ? WHITE : CLEAR;
    }),
  );
}

/** The accent of the bundled icons; a clinic can redraw them in its own colour. */
export const DEFAULT_ICON_ACCENT = '#0b5cad';

function main(): void {
  const dir = path.resolve(
    __dirname,
    __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../teams' : '../teams',
  );
  const accent = process.argv[2] ?? DEFAULT_ICON_ACCENT;
  fs.writeFileSync(path.join(dir, 'color.png'), colorIcon(accent));
  fs.writeFileSync(path.join(dir, 'outline.png'), outlineIcon());
  console.log(`Wrote ${path.join(dir, 'color.png')} and outline.png`);
}

if (require.main === module) main();
