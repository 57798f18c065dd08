import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ManifestUtil, type TeamsAppManifest, type TeamsAppManifestJSONSchema } from '@microsoft/app-manifest';
import { type Json, type JsonObject, type ManifestProblem, isJsonObject } from './problems.js';

/** Which of the two Teams schemas shipped per manifest version to load. */
export type SchemaKind = 'manifest' | 'localization';

const SCHEMA_FILES: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

/** Raised when the manifest names a schema version that `@microsoft/app-manifest` does not ship. */
export class UnknownSchemaVersionError extends Error {
  override readonly name = 'UnknownSchemaVersionError';
}

// The package has no "exports" map, so its entry point locates the bundled schema folder.
const schemaRoot = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')),
  'json-schemas',
  'teams',
);
const cache = new Map<string, JsonObject>();

/**
 * The schema version a manifest (or localization file) declares: the `vX.Y` segment of its
 * `$schema` URL, else its `manifestVersion`. Returns e.g. `1.30` or `devPreview`.
 */
export function schemaVersionOf(document: JsonObject): string | undefined {
  const url = document.$schema;
  const fromUrl = typeof url === 'string' ? /\/teams\/v([^/]+)\//i.exec(url)?.[1] : undefined;
  const fromField = typeof document.manifestVersion === 'string' ? document.manifestVersion : undefined;
  return fromUrl ?? fromField;
}

/**
 * Loads the official schema for `version` from the package (never from the network: the build
 * must work offline). Applies two text fixes before parsing, because the published files are
 * not valid for JSON.parse / Ajv's unicode regexes as shipped:
 * - `\a` is not a JSON escape: replaced by `\x07` (the library's own workaround);
 * - the localization schema's `activityTypes\[\b(…)\b]` has an unescaped `]`, which is a syntax
 *   error in a unicode regex, so Ajv cannot compile the schema at all: it is escaped.
 */
export function loadTeamsSchema(version: string, kind: SchemaKind): JsonObject {
  // Only plain version names reach the file system, so a crafted $schema cannot escape the folder.
  if (!/^(\d+\.\d+|devpreview)$/i.test(version)) {
    throw new UnknownSchemaVersionError(`Unknown Teams manifest schema version "${version}"`);
  }
  const folder = /^devpreview$/i.test(version) ? 'vDevPreview' : `v${version}`;
  const file = path.join(schemaRoot, folder, SCHEMA_FILES[kind]);
  const cached = cache.get(file);
  if (cached) return cached;
  if (!existsSync(file)) {
    throw new UnknownSchemaVersionError(
      `Teams ${kind} schema v${version} is not shipped with @microsoft/app-manifest (${path.relative(schemaRoot, file)})`,
    );
  }
  const text = readFileSync(file, 'utf8')
    .replace(/\\a/g, '\\x07')
    .replace(/\\\\b\]/g, '\\\\b\\\\]');
  const schema = JSON.parse(text) as Json;
  if (!isJsonObject(schema)) throw new UnknownSchemaVersionError(`${file} is not a JSON schema object`);
  cache.set(file, schema);
  return schema;
}

/** Validates a filled-in manifest against the schema of the version it declares. */
export async function validateManifestSchema(manifest: JsonObject, file = 'manifest.json'): Promise<ManifestProblem[]> {
  const version = schemaVersionOf(manifest);
  if (version === undefined) {
    return [{ file, message: 'declares no schema version (set "$schema" or "manifestVersion")' }];
  }
  return validateAgainst(manifest, version, 'manifest', file);
}

/**
 * Validates a localization file. Its own `$schema` version wins; otherwise the manifest's
 * version is used, because Teams reads both files as one app package.
 */
export async function validateLocalizationSchema(
  localization: JsonObject,
  manifestVersion: string,
  file: string,
): Promise<ManifestProblem[]> {
  return validateAgainst(localization, schemaVersionOf(localization) ?? manifestVersion, 'localization', file);
}

async function validateAgainst(
  document: JsonObject,
  version: string,
  kind: SchemaKind,
  file: string,
): Promise<ManifestProblem[]> {
  let schema: JsonObject;
  try {
    schema = loadTeamsSchema(version, kind);
  } catch (error) {
    if (error instanceof UnknownSchemaVersionError) return [{ file, message: error.message }];
    throw error;
  }
  // The library types its arguments per manifest version; these documents are untyped JSON, and
  // the local-schema entry point is the only one that does not download the schema.
  const errors = await ManifestUtil.validateManifestAgainstSchema(
    document as unknown as TeamsAppManifest,
    schema as unknown as TeamsAppManifestJSONSchema,
  );
  return errors.map((error) => toProblem(error, file));
}

/**
 * Turns the library's `"/bots/0/botId must match pattern …. Details: {…}"` into a problem,
 * keeping the detail only where the message alone does not say which value is wrong.
 */
export function toProblem(error: string, file: string): ManifestProblem {
  const match = /^(\S*) ([\s\S]*?)\. Details: ([\s\S]*)$/.exec(error);
  if (!match) return { file, message: error };
  const [, pointer = '', message = '', detailsText = ''] = match;
  let details: Json = null;
  try {
    details = JSON.parse(detailsText) as Json;
  } catch {
    // Unparseable details add nothing readable; the message alone is kept.
  }
  let extra = '';
  if (isJsonObject(details)) {
    if (typeof details.additionalProperty === 'string') extra = `: "${details.additionalProperty}"`;
    else if (Array.isArray(details.allowedValues)) extra = `: ${details.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return { file, ...(pointer === '' ? {} : { pointer }), message: `${message}${extra}` };
}
