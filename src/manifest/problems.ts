/**
 * A problem found while building the Teams app package. Every step reports problems instead of
 * throwing on the first one, so an operator sees everything that is wrong in a single run.
 */
export interface ManifestProblem {
  /** The file inside the package the problem is about, e.g. `manifest.json`, `de.json`, `outline.png`. */
  file: string;
  /** JSON pointer of the offending value (`/bots/0/botId`), when the problem has a location. */
  pointer?: string;
  /** What is wrong, readable without the schema at hand. */
  message: string;
}

/** One line per problem, e.g. `manifest.json: /bots/0/botId must match pattern "…"`. */
export function formatProblem(problem: ManifestProblem): string {
  const where = problem.pointer === undefined ? '' : `${problem.pointer} `;
  return `${problem.file}: ${where}${problem.message}`;
}

/** Thrown by {@link buildAppPackage} when any step found problems; `problems` holds all of them. */
export class AppPackageError extends Error {
  override readonly name = 'AppPackageError';

  constructor(readonly problems: readonly string[]) {
    super(`The Teams app package could not be built:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** Any JSON value, as produced by `JSON.parse`. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A JSON object (the manifest and localization files are objects at the top level). */
export type JsonObject = { [key: string]: Json };

/** Narrows a JSON value to an object (not an array, not null). */
export function isJsonObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Encodes one JSON pointer segment (RFC 6901), so keys containing `/` or `~` stay unambiguous. */
export function pointerSegment(segment: string | number): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}
