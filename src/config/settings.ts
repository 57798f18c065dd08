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
  BOT_OPENID_METADATA_URL: {
    doc: "OpenID metadata of the Bot Framework's channel tokens (empty = the public cloud's, login.botframework.com). For sovereign clouds, and for tests that sign their own tokens.",
    schema: optional(z.string().url()),
  },
  BOT_REPLY_TIMEOUT_MS: { doc: 'How long a bot turn waits for Teams to take a reply (ms); a slower or unreachable Bot Connector gets it through the outbox instead.', schema: z.coerce.number().int().min(100).max(15000).default(3000) },
  BOT_CERTIFICATE_FILE: { doc: 'PEM file with the certificate and private key the bot app signs in with, instead of MicrosoftAppPassword.', schema: optional(z.string().min(1)) },
  AZURE_AUTHORITY_HOST: {
    doc: 'Entra ID authority the bot, Graph lookup and provisioning identities sign in at (sovereign clouds use another host).',
    schema: z.string().url().regex(/^https:\/\//, 'must be an https:// URL').default('https://login.microsoftonline.com'),
  },
  AZURE_FEDERATED_TOKEN_FILE: { doc: 'Set by AKS workload identity: with it, identities without a secret or certificate sign in by workload identity federation instead of a managed identity.', schema: optional(z.string().min(1)) },
  APPLICATIONINSIGHTS_CONNECTION_STRING: { doc: 'Application Insights connection string: traces, metrics and logs go to Azure Monitor through OpenTelemetry. Empty = no telemetry is loaded.', schema: optional(z.string().regex(/InstrumentationKey=/i, 'must be an Application Insights connection string (InstrumentationKey=…)')), secret: true },
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
  ALLOWED_TENANTS: { doc: 'Comma-separated tenant ids allowed to use the app, in chat and in the tab (empty = the bot tenant MicrosoftAppTenantId in production, any tenant in development).', schema: guidList.default('') },
  TAB_IMAGE_HOSTS: {
    doc: 'Hosts story pictures may come from, comma-separated (*.example.com for subdomains): the tab\'s Content-Security-Policy allows only these, and other picture addresses are refused.',
    schema: z.string().transform((s) => [...new Set(s.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean))]).pipe(z.array(z.string().regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be host names such as *.sharepoint.com'))).default('*.sharepoint.com'),
  },
  INITIAL_ADMINS: { doc: 'Comma-separated Entra object ids made coe-admin at start-up (the first admins).', schema: guidList.default('') },
  AUTH_DEV_MODE: {
    doc: 'Accept a fixed development identity in the tab API when no SSO token is sent. Refused in production.',
    schema: bool.default('false'),
  },
  DEV_TENANT_ID: { doc: 'Tenant of the development identity.', schema: guid.default('00000000-0000-0000-0000-0000000000aa') },
  DEV_USER_ID: { doc: 'Entra object id of the development identity.', schema: guid.default('00000000-0000-0000-0000-00000000a001') },
  DEV_USER_NAME: { doc: 'Display name of the development identity.', schema: z.string().min(1).default('Dev Admin') },
  // Delivery engine: every proactive message goes through the outbox (issue 3).
  DELIVERY_WORKER: {
    doc: 'on: this process sends queued messages in the background; off: it only queues them (CLI-only or API-only processes; another instance sends).',
    schema: z.enum(['on', 'off']).default('on'),
  },
  DELIVERY_CONCURRENCY: {
    doc: 'Conversations one process works at the same time (each conversation\'s messages go out in order, one at a time).',
    schema: z.coerce.number().int().min(1).max(256).default(32),
  },
  DELIVERY_TENANT_RPS: {
    doc: 'Calls per second per tenant for all instances together (Teams allows 50 per app per tenant; keep headroom). Split between live instances.',
    schema: z.coerce.number().int().min(1).max(50).default(30),
  },
  DELIVERY_POLL_MS: { doc: 'How often an idle worker looks for due messages (ms); it also wakes at once when this process queues one.', schema: z.coerce.number().int().min(10).max(60000).default(250) },
  DELIVERY_LEASE_SECONDS: {
    doc: 'How long a worker owns a conversation it claimed without renewing: after a crash, its messages are picked up (and in-doubt ones looked up) once this runs out.',
    schema: z.coerce.number().min(1).max(3600).default(60),
  },
  DELIVERY_MAX_ATTEMPTS: { doc: 'Attempts for a message failing with 412/5xx/network errors before it is marked failed (429 throttling may take three times as many).', schema: z.coerce.number().int().min(1).max(100).default(8) },
  DELIVERY_BACKOFF_BASE_MS: { doc: 'First backoff ceiling after a failure without Retry-After (ms); doubles per attempt, full jitter.', schema: z.coerce.number().int().min(1).max(600000).default(1000) },
  DELIVERY_BACKOFF_MAX_MS: { doc: 'Largest backoff between attempts (ms).', schema: z.coerce.number().int().min(1).max(3600000).default(60000) },
  DELIVERY_HTTP_TIMEOUT_MS: { doc: 'Timeout of one call to the Bot Connector (ms); a timed-out send is looked up before it is retried.', schema: z.coerce.number().int().min(100).max(120000).default(20000) },
  DELIVERY_LOOKUP: {
    doc: 'How a message in doubt after a crash is found before it is sent again: graph (Microsoft Graph lists the chat or channel; docs/delivery.md), none (resent, counted as inDoubtResent) or auto (graph wherever bot credentials are set, none without them).',
    schema: z.enum(['auto', 'none', 'graph']).default('auto'),
  },
  GRAPH_BASE_URL: { doc: 'Microsoft Graph for the in-doubt lookup, the Teams meetings of events and the security-group picker (sovereign clouds use another host).', schema: z.string().url().default('https://graph.microsoft.com') },
  GRAPH_TIMEOUT_MS: { doc: 'Timeout of one Graph call made while a person waits in the tab (creating a Teams meeting, searching groups), in ms.', schema: z.coerce.number().int().min(100).max(60000).default(10000) },
  // Environment requests (PRODUCT.md §2, POWER-PLATFORM-API.md).
  ENVIRONMENT_POLICY_FILE: {
    doc: 'The CoE environment policy (YAML): naming, types, regions, caps, auto-approve rules, durations. Validated at start-up.',
    schema: z.string().min(1).default('./config/environment-policy.yaml'),
  },
  ENVIRONMENT_APPROVALS_CONVERSATION_ID: {
    doc: "Conversation id of the CoE admins' channel (19:…@thread.tacv2) where approval cards go. Empty = approvals in the tab only.",
    schema: optional(z.string().max(400)),
  },
  ENVIRONMENT_PROVISIONER: {
    doc: 'manual (an admin records the environment) or power-platform (the admin API with a service principal; Developer requests stay manual).',
    schema: z.enum(['manual', 'power-platform']).default('manual'),
  },
  ENVIRONMENT_JOBS_INTERVAL_SECONDS: {
    doc: 'How often background provisioning looks for due work (seconds).',
    schema: z.coerce.number().min(0.05).max(3600).default(5),
  },
  POWER_PLATFORM_TENANT_ID: { doc: "Entra tenant of the provisioning service principal (power-platform provisioner).", schema: optional(guid) },
  POWER_PLATFORM_CLIENT_ID: { doc: 'Application (client) id of the service principal, registered as a Power Platform management app.', schema: optional(guid) },
  POWER_PLATFORM_CLIENT_SECRET: { doc: 'Client secret of that service principal. Empty = sign in with POWER_PLATFORM_CERTIFICATE_FILE, or as a managed / workload identity whose client id is POWER_PLATFORM_CLIENT_ID.', schema: optional(z.string()), secret: true },
  POWER_PLATFORM_CERTIFICATE_FILE: { doc: 'PEM file with the certificate and private key of that service principal (instead of a client secret).', schema: optional(z.string().min(1)) },
  POWER_PLATFORM_SCOPE: { doc: 'Token scope for the BAP admin API.', schema: z.string().min(1).default('https://service.powerapps.com/.default') },
  POWER_PLATFORM_BAP_URL: { doc: 'Base URL of the BAP admin API (sovereign clouds use another host).', schema: z.string().url().default('https://api.bap.microsoft.com') },
  POWER_PLATFORM_API_VERSION: { doc: 'api-version for create, get, list and reference data.', schema: z.string().regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, 'must look like 2023-06-01').default('2023-06-01') },
  POWER_PLATFORM_VALIDATE_API_VERSION: { doc: 'api-version for validateEnvironmentDetails (domain name check).', schema: z.string().regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, 'must look like 2021-04-01').default('2021-04-01') },
  POWER_PLATFORM_POLL_INTERVAL_SECONDS: {
    doc: 'Wait between polls of a running operation when the API sends no Retry-After (seconds; jitter is added).',
    schema: z.coerce.number().min(0).max(600).default(15),
  },
  POWER_PLATFORM_TIMEOUT_SECONDS: {
    doc: 'Give up on a creation that has not finished after this long (seconds); the request fails and admins can retry.',
    schema: z.coerce.number().min(1).max(86400).default(3600),
  },
  // Community events (PRODUCT.md §5).
  EVENT_REMINDERS: {
    doc: 'When attendees are reminded before an event, comma-separated: 1d = the day before at the same local time in the event\'s time zone (23–25 h across a DST change), 2h / 15m = exact durations. Empty = no reminders.',
    schema: z.string().regex(/^\s*(\d{1,3}\s*[dhm]\s*(,\s*\d{1,3}\s*[dhm]\s*)*)?$/i, 'must be a list such as 1d,15m').default('1d,15m'),
  },
  EVENT_FEEDBACK_DELAY_MINUTES: {
    doc: 'Minutes after an event ends when attendees get the feedback card (rating 1–5 and a comment).',
    schema: z.coerce.number().int().min(0).max(10080).default(60),
  },
  // Success stories (PRODUCT.md §3).
  STORIES_SHOWCASE_CONVERSATION_IDS: {
    doc: 'Comma-separated conversation ids of the channels (19:…@thread.tacv2) where published stories are posted, with their kudos button. Empty = the tab gallery only.',
    schema: z
      .string()
      .transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))])
      .pipe(z.array(z.string().regex(/^[^\s;]{3,400}$/, 'must be conversation ids such as 19:abc@thread.tacv2 (a channel, not a thread)')))
      .default(''),
  },
  STORIES_MODERATION_CONVERSATION_ID: {
    doc: "Conversation id of the moderators' channel (19:…@thread.tacv2) where review cards for new stories go. Empty = review in the tab only.",
    schema: optional(z.string().regex(/^[^\s;,]{3,400}$/, 'must be a conversation id such as 19:abc@thread.tacv2 (a channel, not a thread)')),
  },
  STORIES_CHAMPIONS_PUBLISH_DIRECTLY: {
    doc: "Champions' and CoE admins' own stories are published without review. false = every story waits for someone else's review.",
    schema: bool.default('true'),
  },
  STORIES_CURRENCIES: {
    doc: 'ISO 4217 codes accepted for a story\'s "cost avoided", comma-separated; the first is the form\'s default.',
    schema: z
      .string()
      .transform((s) => [...new Set(s.split(',').map((x) => x.trim().toUpperCase()).filter(Boolean))])
      .pipe(z.array(z.string().regex(/^[A-Z]{3}$/, 'must be ISO 4217 codes such as USD,EUR')).min(1, 'must name at least one currency'))
      .default('USD,EUR,GBP'),
  },
  STORIES_IMAGE_MAX_BYTES: { doc: 'Largest picture a maker can upload for a story, in bytes (PNG, JPEG, WebP or GIF; kept in the database). Larger uploads are refused with 413 before they are stored.', schema: z.coerce.number().int().min(10_240).max(10 * 1024 * 1024).default(2 * 1024 * 1024) },
  // Privacy: retention (docs/privacy.md). 0 = kept until the person is erased.
  RETENTION_QUESTION_TEXT_DAYS: { doc: 'Days the text of a question is kept; older questions keep their figures (answered, confidence, feedback) for Insights, their text becomes [expired]. 0 = kept.', schema: z.coerce.number().int().min(0).max(36500).default(365) },
  RETENTION_DELIVERY_BODY_DAYS: { doc: 'Days the body (card) of a delivered, failed or cancelled message is kept; the delivery record and its counts stay. 0 = kept.', schema: z.coerce.number().int().min(0).max(36500).default(90) },
  RETENTION_AUDIT_DAYS: { doc: 'Days audit entries are kept, then deleted. 0 = kept.', schema: z.coerce.number().int().min(0).max(36500).default(730) },
  RETENTION_ACTIVITY_DAYS: { doc: 'Days activity rows (what makes someone an active maker in Insights) are kept, then deleted. 0 = kept.', schema: z.coerce.number().int().min(0).max(36500).default(730) },
  // Ask: knowledge base, expert tickets, optional AI answers (PRODUCT.md §1).
  EXPERTS_CONVERSATION_ID: {
    doc: "Conversation id of the experts' channel (19:…@thread.tacv2) where escalated questions are posted as ticket cards. Empty = tickets are still created and handled in the tab.",
    schema: optional(z.string().regex(/^[^\s;,]{3,400}$/, 'must be a conversation id such as 19:abc@thread.tacv2 (a channel, not a thread)')),
  },
  ASK_CONFIDENCE_THRESHOLD: {
    doc: 'Confidence (0–1) from which the bot answers from the knowledge base instead of saying it is not sure. The default was calibrated with npm run bench:qa (docs/benchmarks.md).',
    schema: z.coerce.number().min(0).max(1).default(0.45),
  },
  ASK_AUTO_ESCALATE: {
    doc: "true: a question the bot is not sure about becomes a ticket for the experts at once. false: the maker is offered an \"Ask an expert\" button.",
    schema: bool.default('false'),
  },
  ASK_LOG_GROUP_MS: {
    doc: 'Under load, how long (ms) a question waits for others to share its write to the question log (group commit; each answer is still sent only after its question is stored). 0 = only questions arriving at the same instant share a write.',
    schema: z.coerce.number().int().min(0).max(50).default(4),
  },
  KB_CONTENT_DIR: {
    doc: 'Folder of the starter content seeded at start-up (FAQ entries in faq/*.yaml).',
    schema: z.string().min(1).default('./content'),
  },
  KB_INGEST_ROOT: {
    doc: 'The admin page may ingest Markdown folders only inside this folder (the CLI may ingest any folder).',
    schema: z.string().min(1).default('./content'),
  },
  KB_REVISION_CHECK_SECONDS: {
    doc: 'How often an instance checks whether another one changed the knowledge base (and rebuilds its search index).',
    schema: z.coerce.number().min(0).max(3600).default(5),
  },
  OPENAI_API_KEY: { doc: 'OpenAI (or OpenAI-compatible) API key: turns on AI-written answers composed from the retrieved passages, with citations.', schema: optional(z.string().min(1)), secret: true },
  OPENAI_MODEL: { doc: 'Model for AI answers with OPENAI_API_KEY.', schema: z.string().min(1).default('gpt-4o-mini') },
  OPENAI_BASE_URL: { doc: 'OpenAI-compatible endpoint (empty = api.openai.com).', schema: optional(z.string().url()) },
  AZURE_OPENAI_ENDPOINT: { doc: 'Azure OpenAI endpoint (https://<resource>.openai.azure.com); with the key and deployment, turns on AI answers.', schema: optional(z.string().url().regex(/^https:\/\//, 'must be an https:// URL')) },
  AZURE_OPENAI_API_KEY: { doc: 'Azure OpenAI key.', schema: optional(z.string().min(1)), secret: true },
  AZURE_OPENAI_DEPLOYMENT: { doc: 'Azure OpenAI chat model deployment name.', schema: optional(z.string().min(1)) },
  AZURE_OPENAI_API_VERSION: { doc: 'Azure OpenAI API version.', schema: z.string().min(1).default('2024-06-01') },
  AI_ANSWER_TIMEOUT_MS: {
    doc: 'How long the bot waits for an AI-written answer before it answers with the retrieved passage instead (ms).',
    schema: z.coerce.number().int().min(100).max(60000).default(6000),
  },
  AI_RERANK_TIMEOUT_MS: {
    doc: 'With AI configured: how long the model may take to re-order the 10 best sources before the retrieval order stands (ms; 0 = no AI re-ranking).',
    schema: z.coerce.number().int().min(0).max(30000).default(2000),
  },
} as const satisfies Record<string, SettingDef>;

export type SettingName = keyof typeof SETTINGS;
export type Settings = { [K in SettingName]: z.output<(typeof SETTINGS)[K]['schema']> };
