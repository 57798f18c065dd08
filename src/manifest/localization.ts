import { type Json, type JsonObject, type ManifestProblem, isJsonObject } from './problems.js';

/** Keys of a localization file that are not paths into the manifest. */
const NON_PATH_KEYS = new Set(['$schema', 'localizationKeys']);

/** A localization file the manifest references, with the JSON pointer of the reference. */
export interface LocalizationRef {
  file: string;
  pointer: string;
  languageTag?: string;
}

/** The localization files listed in `localizationInfo` (default language file and additional languages). */
export function localizationFiles(manifest: JsonObject): LocalizationRef[] {
  const info = manifest.localizationInfo;
  if (!isJsonObject(info)) return [];
  const refs: LocalizationRef[] = [];
  if (typeof info.defaultLanguageFile === 'string') {
    refs.push({ file: info.defaultLanguageFile, pointer: '/localizationInfo/defaultLanguageFile' });
  }
  if (Array.isArray(info.additionalLanguages)) {
    info.additionalLanguages.forEach((language, i) => {
      if (isJsonObject(language) && typeof language.file === 'string') {
        const tag = typeof language.languageTag === 'string' ? language.languageTag : undefined;
        refs.push({ file: language.file, pointer: `/localizationInfo/additionalLanguages/${i}/file`, languageTag: tag });
      }
    });
  }
  return refs;
}

/**
 * Checks that every key of a localization file (`staticTabs[2].name`) names a string that exists
 * in the manifest. The schema only checks the key's shape, so reordering tabs or commands would
 * otherwise silently translate the wrong item or be rejected when the app is uploaded.
 */
export function checkLocalizationKeys(manifest: JsonObject, localization: JsonObject, file: string): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const key of Object.keys(localization)) {
    if (NON_PATH_KEYS.has(key)) continue;
    const target = resolvePath(manifest, key);
    if (typeof target !== 'string') {
      problems.push({ file, pointer: `/${key}`, message: 'translates nothing: manifest.json has no text at that path' });
    }
  }
  return problems;
}

/** Follows a localization key such as `bots[0].commandLists[1].commands[3].title` into the manifest. */
export function resolvePath(root: Json, key: string): Json | undefined {
  let current: Json | undefined = root;
  for (const [, name, index] of key.matchAll(/\.?([^.[\]]+)|\[(\d+)\]/g)) {
    if (index !== undefined) current = Array.isArray(current) ? current[Number(index)] : undefined;
    else if (name !== undefined) current = isJsonObject(current) ? current[name] : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}
