import { inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  colourType: number;
  /** RGBA bytes, row by row. */
  pixels: Buffer;
}

/**
 * Reads the 8-bit RGBA PNGs this project writes (filter type 0 on every row is all the writer
 * uses; anything else is reported rather than guessed at).
 */
export function readPng(file: Buffer): DecodedPng {
  if (file.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG file');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('ascii', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      colourType = body.readUInt8(9);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const start = y * (width * 4 + 1);
    if (rows[start] !== 0)
      throw new Error(`row ${y} uses PNG filter ${rows[start]}, which this reader does not decode`);
    rows.copy(pixels, y * width * 4, start + 1, start + 1 + width * 4);
  }
  return { width, height, colourType, pixels };
}
