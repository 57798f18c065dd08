import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { type PackageFile, isPackagePath, readIcons } from './icons.js';
import { checkLocalizationKeys, localizationFiles } from './localization.js';
import {
  type MissingVariable,
  type TemplateFile,
  fillTemplatesCollecting,
  findPlaceholderUses,
  missingMessage,
} from './placeholders.js';
import { AppPackageError, type Json, type JsonObject, type ManifestProblem, formatProblem, isJsonObject } from './problems.js';
import { schemaVersionOf, validateLocalizationSchema, validateManifestSchema } from './schema.js';
import { checkUrls } from './urls.js';
import { OPTIONAL_VARIABLES, checkVariableValues } from './variables.js';

/** Inputs of {@link buildAppPackage}. Relative directories are resolved against the working directory. */
export interface BuildAppPackageOptions {
  /** Environment name (`local`, `dev`, `prod`, …): names the zip and decides which URL rules apply. */
  envName: string;
  /** Values for the `${{VAR}}` placeholders (env files merged with the process environment). */
  values: Readonly<Record<string, string | undefined>>;
  /** Where the zip is written; default `build/appPackage`. */
  outDir?: string;
  /** Folder holding manifest.json, its icons and localization files; default `manifest`. */
  manifestDir?: string;
  /** Where an operator sets missing values, for the error message; default `env/.env.<envName>`. */
  envFile?: string;
}

/** A built package: the zip's path and the filled-in manifest that is inside it. */
export interface AppPackage {
  zipPath: string;
  manifest: JsonObject;
}

// A fixed timestamp keeps the zip byte-for-byte reproducible for the same inputs.
const ZIP_DATE = new Date('2000-01-01T00:00:00Z');
const MAIN_FILE = 'manifest.json';

/**
 * Fills the manifest template for one environment, validates it (schema, localization, icons,
 * URL and domain rules) and writes `appPackage.<envName>.zip` with manifest.json, the icons and
 * the localization files at the zip root, ready to upload to Teams.
 * @throws AppPackageError listing every problem found, not just the first.
 */
export async function buildAppPackage(options: BuildAppPackageOptions): Promise<AppPackage> {
  const { envName } = options;
  if (!isValidEnvName(envName)) {
    throw new AppPackageError([`Invalid environment name "${envName}": use letters, digits, "-" and "_"`]);
  }
  const manifestDir = path.resolve(options.manifestDir ?? 'manifest');
  const templates = readTemplates(manifestDir);
  const values = { ...options.values };
  if (!values.APP_VERSION) values.APP_VERSION = defaultAppVersion();
  const hint = `set it in ${options.envFile ?? `env/.env.${envName}`} or the environment`;
  const filled = fillTemplatesCollecting(templates, values, { optional: OPTIONAL_VARIABLES, hint, mainFile: MAIN_FILE });

  const documents = new Map(filled.files.map((f) => [f.name, parseObject(f)]));
  const manifest = documents.get(MAIN_FILE) ?? {};
  const problems: ManifestProblem[] = [];
  problems.push(...(await validateManifestSchema(manifest, MAIN_FILE)));
  problems.push(...checkVersion(manifest));
  const version = schemaVersionOf(manifest) ?? '';
  for (const [name, document] of documents) {
    if (name === MAIN_FILE) continue;
    problems.push(...(await validateLocalizationSchema(document, version, name)));
    problems.push(...checkLocalizationKeys(manifest, document, name));
  }
  const icons = readIcons(manifest, manifestDir);
  problems.push(...icons.problems);
  problems.push(...checkUrls(manifest, envName));

  const lines = [
    ...filled.missing.map((m) => missingMessage(m, hint)),
    ...checkVariableValues(values),
    ...withoutMissing(problems, filled.missing).map((p) => formatProblem(nameVariables(p, templates))),
  ];
  if (lines.length > 0) throw new AppPackageError(lines);

  const outDir = path.resolve(options.outDir ?? path.join('build', 'appPackage'));
  const zipPath = path.join(outDir, `appPackage.${envName}.zip`);
  const files: PackageFile[] = [
    ...[...documents].map(([name, document]) => ({ name, data: Buffer.from(`${JSON.stringify(document, null, 2)}\n`) })),
    ...icons.files,
  ];
  await writeZip(zipPath, files);
  return { zipPath, manifest };
}

/** Environment names end up in file names (`.env.<name>`, `appPackage.<name>.zip`): keep them plain. */
export function isValidEnvName(envName: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(envName);
}

/** Reads manifest.json and the localization files it lists; unreadable files end the build at once. */
function readTemplates(manifestDir: string): TemplateFile[] {
  const read = (name: string, referencedAt?: string): TemplateFile => {
    const full = path.join(manifestDir, name);
    if (!isPackagePath(name)) throw new AppPackageError([`${referencedAt} must be a relative path inside the package, not "${name}"`]);
    const by = referencedAt === undefined ? '' : ` (referenced by ${referencedAt})`;
    if (!existsSync(full)) throw new AppPackageError([`${name}: not found at ${full}${by}`]);
    return { name, text: readFileSync(full, 'utf8').replace(/^\uFEFF/, '') };
  };
  const main = read(MAIN_FILE);
  const template = parseObject(main);
  return [main, ...localizationFiles(template).map((ref) => read(ref.file, `${MAIN_FILE}: ${ref.pointer}`))];
}

function parseObject(file: TemplateFile): JsonObject {
  let value: Json;
  try {
    value = JSON.parse(file.text) as Json;
  } catch (error) {
    throw new AppPackageError([`${file.name}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  if (!isJsonObject(value)) throw new AppPackageError([`${file.name}: must contain a JSON object`]);
  return value;
}

/** Teams accepts only plain MAJOR.MINOR.PATCH versions; the schema checks nothing but the length. */
function checkVersion(manifest: JsonObject): ManifestProblem[] {
  const version = manifest.version;
  if (typeof version !== 'string' || /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(version)) return [];
  return [{ file: MAIN_FILE, pointer: '/version', message: `must be a version like 1.2.3, not "${version}" (APP_VERSION)` }];
}

/** Drops problems located at a value whose placeholder had no value: the missing line covers them. */
function withoutMissing(problems: ManifestProblem[], missing: readonly MissingVariable[]): ManifestProblem[] {
  const unfilled = missing.flatMap((m) => m.pointers);
  return problems.filter(
    (p) =>
      p.pointer === undefined ||
      !unfilled.some((u) => u.file === p.file && (p.pointer === u.pointer || p.pointer?.startsWith(`${u.pointer}/`))),
  );
}

/** Points at the variable behind a bad value (`…; check BOT_ID`): that is what the operator edits. */
function nameVariables(problem: ManifestProblem, templates: readonly TemplateFile[]): ManifestProblem {
  const template = templates.find((t) => t.name === problem.file);
  const at = problem.pointer;
  if (!template || at === undefined) return problem;
  const names = findPlaceholderUses(template.text)
    .filter((use) => use.pointer !== '' && (at === use.pointer || at.startsWith(`${use.pointer}/`)))
    .map((use) => use.name);
  return names.length === 0 ? problem : { ...problem, message: `${problem.message}; check ${[...new Set(names)].join(', ')}` };
}

/** The app's own version from the nearest package.json above this module (works from src/ and dist/). */
export function defaultAppVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) {
      const parsed = JSON.parse(readFileSync(candidate, 'utf8')) as Json;
      if (isJsonObject(parsed) && typeof parsed.version === 'string') return parsed.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return '';
    dir = parent;
  }
}

/** Writes the zip next to its final name first, so a failed write never leaves a half zip behind. */
async function writeZip(zipPath: string, files: PackageFile[]): Promise<void> {
  const zip = new JSZip();
  for (const file of files) zip.file(file.name, file.data, { date: ZIP_DATE });
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
  await mkdir(path.dirname(zipPath), { recursive: true });
  const temporary = `${zipPath}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, zipPath);
}
