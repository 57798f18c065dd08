import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { checkIcon, countNonWhitePixels, isPackagePath } from '../../src/manifest/icons.js';
import { decodePng, encodePng, readPngHeader } from '../../src/manifest/png.js';
import { MANIFEST_DIR } from './fixtures.js';

/** A solid square image in one colour. */
function solid(size: number, rgba: [number, number, number, number]): Buffer {
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) pixels.set(rgba, i * 4);
  return encodePng({ width: size, height: size, rgba: pixels });
}

describe('manifest icons', () => {
  it('when the committed icons are read, then color.png is 192×192 and outline.png is 32×32', () => {
    const color = readPngHeader(readFileSync(path.join(MANIFEST_DIR, 'color.png')));
    const outline = readPngHeader(readFileSync(path.join(MANIFEST_DIR, 'outline.png')));
    assert.deepEqual([color.width, color.height, outline.width, outline.height], [192, 192, 32, 32]);
  });

  it('when the committed outline icon is decoded, then it is only white on transparent and not empty', () => {
    const { rgba } = decodePng(readFileSync(path.join(MANIFEST_DIR, 'outline.png')));
    assert.equal(countNonWhitePixels(rgba), 0);
    const visible = rgba.filter((_, i) => i % 4 === 3 && (rgba[i] ?? 0) > 0).length;
    assert.ok(visible > 100, `only ${visible} visible pixels`);
  });

  it('when the committed colour icon is decoded, then it is mostly opaque and uses several colours', () => {
    const { rgba } = decodePng(readFileSync(path.join(MANIFEST_DIR, 'color.png')));
    const colours = new Set<string>();
    let opaque = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i + 3] === 255) opaque++;
      colours.add(`${rgba[i]},${rgba[i + 1]},${rgba[i + 2]}`);
    }
    assert.ok(opaque > 192 * 192 * 0.9);
    assert.ok(colours.size > 10);
  });

  it('when an outline icon has a coloured pixel, then the check counts it', () => {
    const problems = checkIcon('outline.png', solid(32, [98, 100, 167, 255]), 32, true);
    assert.deepEqual(problems, [{ file: 'outline.png', message: 'must be white on transparent only; 1024 pixel(s) have another colour' }]);
  });

  it('when an icon has the wrong size, then the problem says the required and actual size', () => {
    const problems = checkIcon('color.png', solid(96, [0, 0, 0, 255]), 192, false);
    assert.deepEqual(problems, [{ file: 'color.png', message: 'must be 192×192 pixels, but is 96×96' }]);
  });

  it('when an icon is not a PNG, then the problem says so instead of throwing', () => {
    assert.deepEqual(checkIcon('color.png', Buffer.from('GIF89a'), 192, false), [{ file: 'color.png', message: 'is not a PNG file' }]);
  });

  it('when PNGs use other colour types and filters, then the decoder reads the same pixels', () => {
    // 2×1 greyscale+alpha with the Sub filter: pixel 2 is stored as a difference to pixel 1.
    const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 1, 8, 4, 0, 0, 0]);
    const raw = Buffer.from([1, 200, 255, 55, 0]);
    const png = rebuild(ihdr, deflateSync(raw));
    assert.deepEqual([...decodePng(png).rgba], [200, 200, 200, 255, 255, 255, 255, 255]);
  });

  it('when a greyscale PNG uses the Up, Average and Paeth filters, then each row is reconstructed', () => {
    // 2×4 grey: rows stored with filters None, Up, Average, Paeth (values worked out by hand).
    const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 4, 8, 0, 0, 0, 0]);
    const raw = Buffer.from([0, 10, 20, 2, 5, 5, 3, 3, 3, 4, 1, 2]);
    const grey = [...decodePng(rebuild(ihdr, deflateSync(raw))).rgba].filter((_, i) => i % 4 === 0);
    assert.deepEqual(grey, [10, 20, 15, 25, 10, 20, 11, 22]);
  });

  it('when a path leaves the package or is absolute, then it is not a package path', () => {
    assert.ok(isPackagePath('color.png'));
    assert.ok(isPackagePath('icons/color.png'));
    for (const bad of ['../color.png', '/etc/passwd', 'C:/x.png', 'a\\b.png', '']) assert.ok(!isPackagePath(bad), bad);
  });
});

/** Builds a PNG from an IHDR body and compressed data, reusing the encoder's chunk framing. */
function rebuild(ihdr: Buffer, idat: Buffer): Buffer {
  const template = encodePng({ width: 1, height: 1, rgba: new Uint8Array(4) });
  const signature = template.subarray(0, 8);
  const frame = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, data, Buffer.alloc(4)]); // the decoder does not verify CRCs
  };
  return Buffer.concat([signature, frame('IHDR', ihdr), frame('IDAT', idat), frame('IEND', Buffer.alloc(0))]);
}
