import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';

/** One setting as read from an env file, remembering where it came from for error messages. */
export interface EnvFileEntry {
  value: string;
  file: string;
}

/**
 * Reads the Teams Toolkit style env files for one environment: `env/.env.<name>` (committed,
 * safe defaults) then `env/.env.<name>.user` (gitignored, secrets). Later files win.
 * Missing files are fine: a production host may set everything through real environment variables.
 */
export function readEnvFiles(envName: string, envDir: string): Map<string, EnvFileEntry> {
  const entries = new Map<string, EnvFileEntry>();
  for (const file of [`.env.${envName}`, `.env.${envName}.user`]) {
    const full = path.join(envDir, file);
    if (!existsSync(full)) continue;
    const parsed = dotenv.parse(readFileSync(full));
    for (const [key, value] of Object.entries(parsed)) {
      entries.set(key, { value, file: path.relative(process.cwd(), full) || full });
    }
  }
  return entries;
}

/**
 * The effective key/value view: env files first, real environment variables override them.
 * Only keys present in `envFiles` or in `names` are taken from the process environment.
 */
export function mergeWithProcessEnv(
  envFiles: Map<string, EnvFileEntry>,
  processEnv: NodeJS.ProcessEnv,
  names: Iterable<string>,
): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [key, entry] of envFiles) merged[key] = entry.value;
  for (const key of new Set([...envFiles.keys(), ...names])) {
    const fromProcess = processEnv[key];
    if (fromProcess !== undefined) merged[key] = fromProcess;
  }
  return merged;
}
