import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Bytes per pixel for the 8-bit colour types: grey, RGB, palette, grey+alpha, RGBA. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Raised for files that are not PNGs or use a PNG feature this small decoder does not read. */
export class PngFormatError extends Error {
  override readonly name = 'PngFormatError';
}

/** The PNG header fields the icon checks need. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

/** A decoded image: `rgba` holds 4 bytes per pixel, row by row. */
export interface RgbaImage {
  width: number;
  height: number;
  rgba: Uint8Array;
}

function chunks(png: Uint8Array): { type: string; data: Buffer }[] {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new PngFormatError('is not a PNG file');
  const found: { type: string; data: Buffer }[] = [];
  for (let at = 8; at + 8 <= buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > buf.length) throw new PngFormatError(`is truncated (chunk ${type})`);
    found.push({ type, data: buf.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return found;
}

/** Reads the IHDR chunk: enough to check an icon's pixel size without decoding it. */
export function readPngHeader(png: Uint8Array): PngHeader {
  const ihdr = chunks(png)[0];
  if (ihdr?.type !== 'IHDR' || ihdr.data.length < 13) throw new PngFormatError('has no IHDR header');
  return {
    width: ihdr.data.readUInt32BE(0),
    height: ihdr.data.readUInt32BE(4),
    bitDepth: ihdr.data.readUInt8(8),
    colorType: ihdr.data.readUInt8(9),
    interlace: ihdr.data.readUInt8(12),
  };
}

/**
 * Decodes a non-interlaced 8-bit PNG (every colour type) into RGBA. Icons produced by design
 * tools and by scripts/make-icons.ts are in this form; other variants are reported, not guessed.
 */
export function decodePng(png: Uint8Array): RgbaImage {
  const header = readPngHeader(png);
  const { width, height, bitDepth, colorType, interlace } = header;
  const bpp = CHANNELS[colorType];
  if (bpp === undefined || bitDepth !== 8 || interlace !== 0) {
    throw new PngFormatError(`uses an unsupported PNG format (bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}); save it as 8-bit RGBA`);
  }
  const all = chunks(png);
  const palette = all.find((c) => c.type === 'PLTE')?.data;
  const paletteAlpha = all.find((c) => c.type === 'tRNS')?.data;
  const raw = inflateSync(Buffer.concat(all.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * bpp;
  if (raw.length < height * (stride + 1)) throw new PngFormatError('has less image data than its size');
  const pixels = unfilter(raw, width, height, bpp);
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = i * bpp;
    const v = pixels[p] ?? 0;
    const rgbaPixel: [number, number, number, number] =
      colorType === 0 ? [v, v, v, 255]
      : colorType === 4 ? [v, v, v, pixels[p + 1] ?? 0]
      : colorType === 2 ? [v, pixels[p + 1] ?? 0, pixels[p + 2] ?? 0, 255]
      : colorType === 6 ? [v, pixels[p + 1] ?? 0, pixels[p + 2] ?? 0, pixels[p + 3] ?? 0]
      : [palette?.[v * 3] ?? 0, palette?.[v * 3 + 1] ?? 0, palette?.[v * 3 + 2] ?? 0, paletteAlpha?.[v] ?? 255];
    rgba.set(rgbaPixel, i * 4);
  }
  return { width, height, rgba };
}

/** Reverses the per-scanline filters (None, Sub, Up, Average, Paeth) of the PNG spec. */
function unfilter(raw: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? (out[y * stride + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[(y - 1) * stride + x - bpp] ?? 0) : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) predictor = paeth(a, b, c);
      else if (filter !== 0) throw new PngFormatError(`uses unknown scanline filter ${filter}`);
      out[y * stride + x] = ((line[x] ?? 0) + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels as an 8-bit RGBA PNG (filter None: icons are tiny, simplicity wins). */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, rgba } = image;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
