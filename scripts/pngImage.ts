import { crc32, deflateSync } from 'node:zlib';

/** An RGBA colour, each channel 0–255. */
export type Rgba = [number, number, number, number];

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** Encodes 8-bit RGBA pixels (row by row, 4 bytes each) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  if (rgba.length !== width * height * 4) throw new Error('encodePng: pixel buffer does not match the size');
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type: RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    // Each row starts with filter type 0 (none).
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Draws an image from a coverage function: `paint(x, y)` gives the colour at a point (pixel units,
 * continuous). Each pixel averages `samples`² points, which smooths edges without a graphics
 * library.
 */
export function rasterize(
  width: number,
  height: number,
  paint: (x: number, y: number) => Rgba,
  samples = 4,
): Buffer {
  const out = Buffer.alloc(width * height * 4);
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [r, g, b, a] = paint(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples);
          // Premultiplied, so transparent samples do not darken the edge.
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const offset = (py * width + px) * 4;
      const alpha = sum[3] / (samples * samples);
      out[offset] = sum[3] ? Math.round(sum[0] / sum[3]) : 0;
      out[offset + 1] = sum[3] ? Math.round(sum[1] / sum[3]) : 0;
      out[offset + 2] = sum[3] ? Math.round(sum[2] / sum[3]) : 0;
      out[offset + 3] = Math.round(alpha);
    }
  }
  return out;
}
