import { readFileSync } from 'node:fs';
import dotenv from 'dotenv';
import YAML from 'yaml';
import { SETTINGS } from '../../src/config/settings.js';
import { isToolkitKey } from '../../src/config/toolkit-keys.js';

/** The deployment files of the repository, read as the Toolkit and Azure read them. */
export const REPO = new URL('../../', import.meta.url);
export const read = (file: string) => readFileSync(new URL(file, REPO), 'utf8');
export const isSetting = (name: string) => Object.hasOwn(SETTINGS, name);
export const isSettingOrToolkitKey = (name: string) => isSetting(name) || isToolkitKey(name);

export interface ToolkitAction {
  uses: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  writeToEnvironmentFile?: Record<string, string>;
}

export function toolkitYaml(file: string): { provision?: ToolkitAction[]; deploy?: ToolkitAction[]; publish?: ToolkitAction[] } & Record<string, unknown> {
  return YAML.parse(read(file)) as ReturnType<typeof toolkitYaml>;
}

/** Every action of every lifecycle, in order. */
export function actions(file: string): ToolkitAction[] {
  const doc = toolkitYaml(file);
  return [...(doc.provision ?? []), ...(doc.deploy ?? []), ...(doc.publish ?? [])];
}

/** `${{NAME}}` placeholders in a text. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => m[1]!);
}

export function envFile(file: string): Record<string, string> {
  return dotenv.parse(read(file));
}

/** `output NAME type = …` declarations of a Bicep file. */
export function bicepOutputs(text: string): string[] {
  return [...text.matchAll(/^output\s+(\w+)\s+\w+\s*=/gm)].map((m) => m[1]!);
}

/** `param NAME type [= default]` declarations, with whether a default is given. */
export function bicepParams(text: string): Array<{ name: string; hasDefault: boolean }> {
  return [...text.matchAll(/^param\s+(\w+)\s+\w+(\s*=)?/gm)].map((m) => ({ name: m[1]!, hasDefault: !!m[2] }));
}

/** `module x 'path' = { … params: { a: …, b: … } }`: each module's file and the names it is given. */
export function bicepModules(text: string): Array<{ path: string; given: string[] }> {
  const modules: Array<{ path: string; given: string[] }> = [];
  for (const m of text.matchAll(/^module\s+\w+\s+'([^']+)'\s*=\s*\{([\s\S]*?)^\}/gm)) {
    const params = /params:\s*\{([\s\S]*?)\n\s{2}\}|params:\s*\{([^}\n]*)\}/.exec(m[2]!);
    const body = params?.[1] ?? params?.[2] ?? '';
    modules.push({ path: m[1]!, given: [...body.matchAll(/(?:^|[\s,{])(\w+):/g)].map((g) => g[1]!) });
  }
  return modules;
}

/** The App Service app settings between the `app-settings:start` / `:end` markers: name and Bicep value expression. */
export function appSettings(text: string): Array<{ name: string; value: string }> {
  const block = /app-settings:start([\s\S]*?)app-settings:end/.exec(text)?.[1] ?? '';
  return [...block.matchAll(/\{\s*name:\s*'([^']+)',\s*value:\s*(.+?)\s*\}\s*$/gm)].map((m) => ({ name: m[1]!, value: m[2]! }));
}
