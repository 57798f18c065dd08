import { type Json, isJsonObject, pointerSegment } from './problems.js';

/** Teams Toolkit placeholder syntax: `${{NAME}}` (whitespace inside the braces tolerated). */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** A template file (JSON text with placeholders) and the name used for it in messages. */
export interface TemplateFile {
  name: string;
  text: string;
}

/** A variable that has no value, with every place it is used (`bots[0].botId`, `de.json: name.short`). */
export interface MissingVariable {
  name: string;
  usedAt: string[];
  /** JSON pointers (per file) of the values that could not be filled, so later steps can skip them. */
  pointers: { file: string; pointer: string }[];
}

/** Thrown when required variables are missing or empty; the message names each one and where it is used. */
export class MissingVariablesError extends Error {
  override readonly name = 'MissingVariablesError';

  constructor(
    readonly missing: readonly MissingVariable[],
    readonly hint: string,
  ) {
    super(missing.map((m) => missingMessage(m, hint)).join('\n'));
  }
}

/** `Missing value for BOT_ID (used at bots[0].botId, composeExtensions[0].botId); set it in …`. */
export function missingMessage(missing: MissingVariable, hint: string): string {
  // TAB_ENDPOINT feeds ~20 URLs; a handful of places is enough to recognise the variable.
  const shown = missing.usedAt.slice(0, 4).join(', ');
  const more = missing.usedAt.length > 4 ? ` and ${missing.usedAt.length - 4} more` : '';
  return `Missing value for ${missing.name} (used at ${shown}${more}); ${hint}`;
}

/** Options for {@link fillTemplates}. */
export interface FillOptions {
  /** Variables that may be unset or empty (substituted as ""), e.g. `APP_NAME_SUFFIX`. */
  optional?: Iterable<string>;
  /** Tells the operator where to set a value; ends every "Missing value" message. */
  hint?: string;
  /** The file whose paths are shown without a file prefix (the manifest itself). */
  mainFile?: string;
}

/** Result of {@link fillTemplatesCollecting}: the filled files and the variables that had no value. */
export interface FillResult {
  files: TemplateFile[];
  missing: MissingVariable[];
}

/**
 * Substitutes `${{VAR}}` in every file, JSON-escaping the values so a quote or backslash in a
 * value cannot break the JSON. Missing required variables are substituted as "" and reported,
 * so the caller can still run the other checks and report everything in one go.
 */
export function fillTemplatesCollecting(
  files: readonly TemplateFile[],
  values: Readonly<Record<string, string | undefined>>,
  options: FillOptions = {},
): FillResult {
  const optional = new Set(options.optional ?? []);
  const missingByName = new Map<string, MissingVariable>();
  const filled = files.map((file) => {
    for (const use of findPlaceholderUses(file.text)) {
      const value = values[use.name];
      if ((value !== undefined && value !== '') || optional.has(use.name)) continue;
      const entry = missingByName.get(use.name) ?? { name: use.name, usedAt: [], pointers: [] };
      const shown = file.name === (options.mainFile ?? 'manifest.json') ? use.path : `${file.name}: ${use.path}`;
      if (!entry.usedAt.includes(shown)) entry.usedAt.push(shown);
      entry.pointers.push({ file: file.name, pointer: use.pointer });
      missingByName.set(use.name, entry);
    }
    const text = file.text.replace(PLACEHOLDER, (_match, name: string) =>
      JSON.stringify(values[name] ?? '').slice(1, -1),
    );
    return { name: file.name, text };
  });
  return { files: filled, missing: [...missingByName.values()] };
}

/** Like {@link fillTemplatesCollecting} but throws {@link MissingVariablesError} when anything is missing. */
export function fillTemplates(
  files: readonly TemplateFile[],
  values: Readonly<Record<string, string | undefined>>,
  options: FillOptions = {},
): TemplateFile[] {
  const result = fillTemplatesCollecting(files, values, options);
  if (result.missing.length > 0) {
    throw new MissingVariablesError(result.missing, options.hint ?? 'set it in the env file or the environment');
  }
  return result.files;
}

/** One occurrence of a placeholder inside a JSON string value (or key). */
export interface PlaceholderUse {
  name: string;
  /** Readable path, e.g. `bots[0].botId` (or a localization key such as `name.short`). */
  path: string;
  /** JSON pointer, e.g. `/bots/0/botId`, the form the schema validator reports. */
  pointer: string;
}

/**
 * Lists the placeholders a JSON template uses and where. Placeholders only ever appear inside
 * strings, so the template itself is valid JSON and can be walked to name the exact field.
 * Text that is not JSON falls back to plain scanning, with the line number as the location.
 */
export function findPlaceholderUses(text: string): PlaceholderUse[] {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch {
    return text.split('\n').flatMap((line, index) =>
      [...line.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1] ?? '', path: `line ${index + 1}`, pointer: '' })),
    );
  }
  const uses: PlaceholderUse[] = [];
  const walk = (value: Json, segments: (string | number)[]): void => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(PLACEHOLDER)) uses.push({ name: m[1] ?? '', ...locate(segments) });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...segments, i]);
      });
    } else if (isJsonObject(value)) {
      for (const [key, item] of Object.entries(value)) walk(item, [...segments, key]);
    }
  };
  walk(root, []);
  return uses;
}

function locate(segments: (string | number)[]): { path: string; pointer: string } {
  let path = '';
  for (const s of segments) {
    if (typeof s === 'number') path += `[${s}]`;
    // Top-level keys are shown as they are: in localization files they are paths (`name.short`).
    else if (path === '') path = s;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) path += `.${s}`;
    else path += `[${JSON.stringify(s)}]`;
  }
  const pointer = segments.map((s) => `/${pointerSegment(s)}`).join('');
  return { path: path === '' ? '(root)' : path, pointer };
}
