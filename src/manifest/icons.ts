import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodePng, PngFormatError, readPngHeader } from './png.js';
import { type JsonObject, type ManifestProblem, isJsonObject } from './problems.js';

/** Pixel sizes Teams requires for each icon in `icons` (color32x32 is optional). */
const ICON_SIZES: Record<string, number> = { color: 192, outline: 32, color32x32: 32 };

/** A file to put into the app package, under the relative path the manifest uses for it. */
export interface PackageFile {
  name: string;
  data: Buffer;
}

/**
 * Reads the icons the manifest references from `manifestDir` and checks what the schema cannot:
 * the files exist, are PNGs of the required pixel size, and the outline icon is only white on
 * transparent (Teams renders it as a mask; store validation rejects any other colour).
 */
export function readIcons(
  manifest: JsonObject,
  manifestDir: string,
): { files: PackageFile[]; problems: ManifestProblem[] } {
  const files: PackageFile[] = [];
  const problems: ManifestProblem[] = [];
  const icons = manifest.icons;
  if (!isJsonObject(icons)) return { files, problems };
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const name = icons[kind];
    if (typeof name !== 'string') continue;
    const pointer = `/icons/${kind}`;
    if (!isPackagePath(name)) {
      problems.push({ file: 'manifest.json', pointer, message: `must be a relative path inside the package, not "${name}"` });
      continue;
    }
    const full = path.join(manifestDir, name);
    if (!existsSync(full)) {
      problems.push({ file: name, message: `is missing: ${kind} icon expected at ${full} (run npx tsx scripts/make-icons.ts)` });
      continue;
    }
    const data = readFileSync(full);
    problems.push(...checkIcon(name, data, size, kind === 'outline'));
    files.push({ name, data });
  }
  return { files, problems };
}

/** Checks one icon's format, pixel size and (for outline icons) colours. */
export function checkIcon(name: string, data: Uint8Array, size: number, outline: boolean): ManifestProblem[] {
  try {
    const { width, height } = readPngHeader(data);
    if (width !== size || height !== size) {
      return [{ file: name, message: `must be ${size}×${size} pixels, but is ${width}×${height}` }];
    }
    if (!outline) return [];
    const offending = countNonWhitePixels(decodePng(data).rgba);
    return offending === 0
      ? []
      : [{ file: name, message: `must be white on transparent only; ${offending} pixel(s) have another colour` }];
  } catch (error) {
    if (error instanceof PngFormatError) return [{ file: name, message: error.message }];
    // zlib errors mean corrupt image data; report them like any other broken icon.
    if (error instanceof Error && 'code' in error) return [{ file: name, message: `has corrupt image data (${error.message})` }];
    throw error;
  }
}

/** Pixels that are visible (alpha > 0) and not pure white; anti-aliased white edges are fine. */
export function countNonWhitePixels(rgba: Uint8Array): number {
  let count = 0;
  for (let i = 0; i + 3 < rgba.length; i += 4) {
    const visible = (rgba[i + 3] ?? 0) > 0;
    if (visible && (rgba[i] !== 255 || rgba[i + 1] !== 255 || rgba[i + 2] !== 255)) count++;
  }
  return count;
}

/** A relative path that stays inside the package: no drive, no leading slash, no `..`. */
export function isPackagePath(name: string): boolean {
  if (name === '' || path.isAbsolute(name) || /^[A-Za-z]:/.test(name) || name.includes('\\')) return false;
  return !name.split('/').some((part) => part === '..' || part === '');
}
