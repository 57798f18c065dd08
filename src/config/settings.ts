import { z } from 'zod';

/**
 * Every setting Maker Hub reads, defined once: its environment variable name, doc, default and
 * format. The README's configuration table is generated from this list (`npm run cli -- config doc`),
 * so the docs cannot drift from the code.
 */
export interface SettingDef {
  readonly doc: string;
  readonly schema: z.ZodTypeAny;
  /** Shown in docs; secrets are never printed with their value. */
  readonly secret?: boolean;
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    errorMap: () => ({ message: 'must be true or false' }),
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(0).max(65535);
const guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
const guidList = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(guid));
const optional = (schema: z.ZodTypeAny) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const SETTINGS = {
  NODE_ENV: {
    doc: 'development, test or production. Production refuses anonymous bot auth and development identities.',
    schema: z.enum(['development', 'test', 'production']).default('development'),
  },
  MAKER_HUB_ENV: {
    doc: 'Which env/.env.<name> (+ .user) files to read.',
    schema: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits or dashes').default('local'),
  },
  HOST: { doc: 'Interface to listen on.', schema: z.string().min(1).default('0.0.0.0') },
  PORT: { doc: 'HTTP port for the bot endpoint, tab and API.', schema: port.default(3978) },
  DATA_DIR: { doc: 'Folder of the embedded SQLite database (maker-hub.db).', schema: z.string().min(1).default('./data') },
  DATABASE_URL: {
    doc: 'postgres://… selects PostgreSQL instead of the embedded SQLite file.',
    schema: optional(z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')),
    secret: true,
  },
  LOG_LEVEL: {
    doc: 'fatal, error, warn, info, debug, trace or silent.',
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  },
  SEED_SAMPLE_CONTENT: {
    doc: 'Seed sample content (FAQ, training, events) into an empty database at start-up.',
    schema: bool.default('true'),
  },
  TAB_STATIC_DIR: { doc: 'Folder of the built tab (vite build output).', schema: z.string().min(1).default('./dist/tab') },
  MicrosoftAppId: { doc: 'Bot (Entra app) id. Empty = anonymous bot auth, development only.', schema: optional(guid) },
  MicrosoftAppPassword: { doc: 'Bot client secret (or use a managed identity).', schema: optional(z.string()), secret: true },
  MicrosoftAppType: {
    doc: 'MultiTenant, SingleTenant or UserAssignedMSI.',
    schema: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  },
  MicrosoftAppTenantId: { doc: "The bot's home tenant (SingleTenant / UserAssignedMSI).", schema: optional(guid) },
  TEAMS_APP_ID: { doc: 'Teams app id in the manifest.', schema: optional(guid) },
  BOT_ID: { doc: 'Bot id in the manifest (defaults to MicrosoftAppId).', schema: optional(guid) },
  TAB_DOMAIN: { doc: 'Host[:port] of the tab, for the manifest and the SSO audience.', schema: z.string().min(1).default('localhost:3978') },
  TAB_ENDPOINT: { doc: 'Origin of the tab (https in production).', schema: z.string().url().default('http://localhost:3978') },
  APP_NAME_SUFFIX: { doc: 'Appended to the app name in the manifest, e.g. " (dev)".', schema: z.string().default('') },
  APP_VERSION: { doc: 'Manifest version (defaults to package.json version).', schema: optional(z.string()) },
  AAD_APP_CLIENT_ID: { doc: 'Entra app id of the tab SSO registration (token audience).', schema: optional(guid) },
  AAD_JWKS_URI: {
    doc: 'Where tab SSO token signing keys are fetched.',
    schema: z.string().url().default('https://login.microsoftonline.com/common/discovery/v2.0/keys'),
  },
  ALLOWED_TENANTS: { doc: 'Comma-separated tenant ids allowed to use the app (empty = the bot tenant only, or any in development).', schema: guidList.default('') },
  INITIAL_ADMINS: { doc: 'Comma-separated Entra object ids made coe-admin at start-up (the first admins).', schema: guidList.default('') },
  AUTH_DEV_MODE: {
    doc: 'Accept a fixed development identity in the tab API when no SSO token is sent. Refused in production.',
    schema: bool.default('false'),
  },
  DEV_TENANT_ID: { doc: 'Tenant of the development identity.', schema: guid.default('00000000-0000-0000-0000-0000000000aa') },
  DEV_USER_ID: { doc: 'Entra object id of the development identity.', schema: guid.default('00000000-0000-0000-0000-00000000a001') },
  DEV_USER_NAME: { doc: 'Display name of the development identity.', schema: z.string().min(1).default('Dev Admin') },
} as const satisfies Record<string, SettingDef>;

export type SettingName = keyof typeof SETTINGS;
export type Settings = { [K in SettingName]: z.output<(typeof SETTINGS)[K]['schema']> };
