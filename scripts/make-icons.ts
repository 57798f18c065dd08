/**
 * Draws the Maker Hub app icons into manifest/: color.png (192×192, full colour) and
 * outline.png (32×32, white on transparent, as Teams requires). The glyph is an "M" drawn as a
 * small network of nodes: makers connected through a hub. Pure Node (no image libraries), so
 * anyone can regenerate the icons: `npx tsx scripts/make-icons.ts`. The PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodePng } from '../src/manifest/png.js';

type Rgba = [number, number, number, number];
type Point = [number, number];

/** The "M": bottom-left, top-left, the valley (the hub), top-right, bottom-right; unit square. */
const NODES: Point[] = [[0.2, 0.8], [0.2, 0.24], [0.5, 0.58], [0.8, 0.24], [0.8, 0.8]];
const HUB = 2;
const STROKE = 0.085;
const NODE_RADIUS = 0.095;
const HUB_RADIUS = 0.13;

const WHITE: Rgba = [255, 255, 255, 255];
const TOP: Rgba = [0x74, 0x4d, 0xc4, 255];
const BOTTOM: Rgba = [0x4a, 0x2f, 0x96, 255];
const HUB_FILL: Rgba = [0xff, 0xc8, 0x3d, 255];

function segmentDistance(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Whether a point (in glyph units) is on the white part of the glyph: strokes and nodes. */
function onGlyph(p: Point): boolean {
  for (let i = 0; i + 1 < NODES.length; i++) {
    const [a, b] = [NODES[i], NODES[i + 1]];
    if (a && b && segmentDistance(p, a, b) <= STROKE / 2) return true;
  }
  return NODES.some((n, i) => Math.hypot(p[0] - n[0], p[1] - n[1]) <= (i === HUB ? HUB_RADIUS : NODE_RADIUS));
}

/** The hub's accent centre, inside its white ring. */
function onHubCentre(p: Point): boolean {
  const hub = NODES[HUB] ?? [0.5, 0.5];
  return Math.hypot(p[0] - hub[0], p[1] - hub[1]) <= HUB_RADIUS - 0.045;
}

function inRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.max(radius, Math.min(1 - radius, x));
  const cy = Math.max(radius, Math.min(1 - radius, y));
  return Math.hypot(x - cx, y - cy) <= radius;
}

function mix(a: Rgba, b: Rgba, t: number): Rgba {
  return [0, 1, 2, 3].map((i) => Math.round((a[i] ?? 0) * (1 - t) + (b[i] ?? 0) * t)) as Rgba;
}

/**
 * Renders `size`×`size` pixels with 4×4 supersampling (anti-aliased edges). `shade` maps a point
 * of the unit square to a colour, or to undefined where the icon is transparent.
 */
function render(size: number, shade: (x: number, y: number) => Rgba | undefined): Uint8Array {
  const samples = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          const alpha = colour[3] / 255;
          for (let i = 0; i < 3; i++) sum[i] = (sum[i] ?? 0) + (colour[i] ?? 0) * alpha; // premultiplied
          sum[3] = (sum[3] ?? 0) + alpha;
        }
      }
      const coverage = (sum[3] ?? 0) / (samples * samples);
      const at = (py * size + px) * 4;
      if (coverage === 0) continue;
      for (let i = 0; i < 3; i++) rgba[at + i] = Math.round((sum[i] ?? 0) / (sum[3] ?? 1));
      rgba[at + 3] = Math.round(coverage * 255);
    }
  }
  return rgba;
}

/** Maps a point of the icon into glyph units, with the glyph filling `scale` of the icon. */
function toGlyph(x: number, y: number, scale: number): Point {
  return [(x - 0.5) / scale + 0.5, (y - 0.5) / scale + 0.5];
}

function colorIcon(x: number, y: number): Rgba | undefined {
  if (!inRoundedSquare(x, y, 0.22)) return undefined;
  const p = toGlyph(x, y, 0.62);
  if (onHubCentre(p)) return HUB_FILL;
  if (onGlyph(p)) return WHITE;
  return mix(TOP, BOTTOM, y);
}

function outlineIcon(x: number, y: number): Rgba | undefined {
  // Teams shows the outline icon as a white mask: white where drawn, transparent elsewhere;
  // the hub stays a ring, echoing the accent dot of the colour icon.
  const p = toGlyph(x, y, 0.98);
  return onGlyph(p) && !onHubCentre(p) ? WHITE : undefined;
}

const folder = fileURLToPath(new URL('../manifest/', import.meta.url));
writeFileSync(`${folder}color.png`, encodePng({ width: 192, height: 192, rgba: render(192, colorIcon) }));
writeFileSync(`${folder}outline.png`, encodePng({ width: 32, height: 32, rgba: render(32, outlineIcon) }));
console.log(`wrote ${folder}color.png and ${folder}outline.png`);
