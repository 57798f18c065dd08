import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import { readEnvFiles, mergeWithProcessEnv, type EnvFileEntry } from './env-files.js';
import { SETTINGS, type SettingName, type Settings } from './settings.js';
import { isToolkitKey } from './toolkit-keys.js';
import { toAppConfig, type AppConfig } from './app-config.js';

/** Start-up refused because of configuration; every problem is listed, each naming its setting. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const NAMES = Object.keys(SETTINGS) as SettingName[];

function suggestion(name: string): string {
  const best = NAMES.map((n) => ({ n, d: distance(n.toLowerCase(), name.toLowerCase()) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= 3 ? ` (did you mean ${best.n}?)` : '';
}

/**
 * Environment variables that look like a mistyped setting (same name in another case, or one or
 * two letters off) are refused: a silently ignored DATABSE_URL would put production data into SQLite.
 */
function nearMisses(processEnv: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(processEnv)) {
    if ((NAMES as string[]).includes(key) || key.length < 6) continue;
    for (const name of NAMES) {
      const sameButCase = key.toLowerCase() === name.toLowerCase();
      const close = name.length >= 8 && distance(key, name) <= 2 && !key.startsWith('npm_');
      if (sameButCase || close) problems.push(`Unknown setting ${key} in the environment (did you mean ${name}?)`);
    }
  }
  return problems;
}

function unknownInFiles(files: Map<string, EnvFileEntry>): string[] {
  const problems: string[] = [];
  for (const [key, entry] of files) {
    // The Agents Toolkit keeps its own ids and parameters in the same files (src/config/toolkit-keys.ts).
    if (!(NAMES as string[]).includes(key) && !isToolkitKey(key)) problems.push(`Unknown setting ${key} in ${entry.file}${suggestion(key)}`);
  }
  return problems;
}

/** Validates raw values against the settings schema; collects every problem instead of stopping at the first. */
export function parseSettings(raw: Record<string, string | undefined>): Settings {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const name of NAMES) {
    const result = SETTINGS[name].schema.safeParse(raw[name]);
    if (result.success) out[name] = result.data;
    else problems.push(`Invalid setting ${name}: ${result.error.issues.map((i) => i.message).join('; ')}`);
  }
  if (problems.length) throw new ConfigError(problems);
  const settings = out as Settings;
  problems.push(...productionProblems(settings), ...mixedProblems(settings));
  if (problems.length) throw new ConfigError(problems);
  return settings;
}

/** Anonymous bot auth and development identities are for development only. */
function productionProblems(s: Settings): string[] {
  if (s.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (!s.MicrosoftAppId) problems.push('MicrosoftAppId is required in production (anonymous bot auth is for development only)');
  if (s.MicrosoftAppType !== 'UserAssignedMSI' && !s.MicrosoftAppPassword && !s.BOT_CERTIFICATE_FILE && !s.AZURE_FEDERATED_TOKEN_FILE)
    problems.push('MicrosoftAppPassword is required in production unless MicrosoftAppType is UserAssignedMSI (or BOT_CERTIFICATE_FILE or AZURE_FEDERATED_TOKEN_FILE is set)');
  if (s.MicrosoftAppType !== 'MultiTenant' && !s.MicrosoftAppTenantId)
    problems.push(`MicrosoftAppTenantId is required in production for MicrosoftAppType ${s.MicrosoftAppType}`);
  if (s.AUTH_DEV_MODE) problems.push('AUTH_DEV_MODE must be false in production');
  if (!s.AAD_APP_CLIENT_ID) problems.push('AAD_APP_CLIENT_ID is required in production (the tab API validates SSO tokens for it)');
  if (!s.ALLOWED_TENANTS.length && !s.MicrosoftAppTenantId)
    problems.push('ALLOWED_TENANTS or MicrosoftAppTenantId is required in production (which tenants may use the app; empty ALLOWED_TENANTS means the bot tenant)');
  return problems;
}

/**
 * Settings that only make sense for a real deployment (the bot's credentials) never run next to
 * the development shortcuts, whatever NODE_ENV says: a committed env/.env.local turns the
 * development identity on, and with a reachable bot that would make any anonymous tab request a
 * coe-admin. Refused at start-up, naming why, instead of guessing which one was meant.
 */
function mixedProblems(s: Settings): string[] {
  const credentials = (['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId'] as const).filter((name) => s[name]);
  // Production has stricter rules of its own (productionProblems), covering all of these.
  if (!credentials.length || s.NODE_ENV === 'production') return [];
  const problems: string[] = [];
  if (s.AUTH_DEV_MODE)
    problems.push(`AUTH_DEV_MODE=true cannot be combined with bot credentials (${credentials.join(', ')} set): the development identity would make anonymous tab requests a coe-admin. Set AUTH_DEV_MODE=false, or remove the credentials for local development`);
  if (s.MicrosoftAppId && !s.ALLOWED_TENANTS.length && !s.MicrosoftAppTenantId)
    problems.push('ALLOWED_TENANTS or MicrosoftAppTenantId is required with bot credentials (a bot reachable from Teams serves only named tenants)');
  if (!s.MicrosoftAppId)
    problems.push(`${credentials.join(', ')} set without MicrosoftAppId: the bot endpoint would accept anonymous requests. Set MicrosoftAppId, or remove the other bot credentials`);
  return problems;
}

export interface LoadOptions {
  /** Defaults to process.env. */
  processEnv?: NodeJS.ProcessEnv;
  /** Folder of the env files; defaults to ./env. */
  envDir?: string;
}

/**
 * Loads the configuration once at start-up: env/.env.<MAKER_HUB_ENV> then its .user file, then
 * real environment variables on top. Throws ConfigError naming every bad or unknown setting.
 */
export function loadConfig(options: LoadOptions = {}): AppConfig {
  const processEnv = options.processEnv ?? process.env;
  const envName = processEnv.MAKER_HUB_ENV ?? 'local';
  const files = readEnvFiles(envName, options.envDir ?? path.resolve('env'));
  const problems = [...unknownInFiles(files), ...nearMisses(processEnv)];
  if (problems.length) throw new ConfigError(problems);
  const raw = mergeWithProcessEnv(files, processEnv, NAMES);
  return toAppConfig(parseSettings(raw));
}
