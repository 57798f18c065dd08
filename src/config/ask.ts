import path from 'node:path';
import { ConfigError } from './load.js';
import type { Settings } from './settings.js';

/** Where AI answers come from, when configured. */
export type AiConfig =
  | { kind: 'openai'; apiKey: string; model: string; baseUrl: string | null; timeoutMs: number }
  | { kind: 'azure'; endpoint: string; apiKey: string; deployment: string; apiVersion: string; timeoutMs: number };

/** The Ask capability's configuration, checked as a whole at start-up. */
export interface AskConfig {
  threshold: number;
  autoEscalate: boolean;
  expertsConversationId: string | null;
  /** Absolute folder of the starter content (faq/*.yaml). */
  contentDir: string;
  /** Absolute folder the admin page may ingest from. */
  ingestRoot: string;
  revisionCheckMs: number;
  /** Group-commit window of the question log under load (ms). */
  logGroupMs: number;
  /** Null: answers are the retrieved passages (the product, not a degraded mode). */
  ai: AiConfig | null;
  /** With `ai`: the model's time budget to re-order the first ten sources; 0 = retrieval order only. */
  rerankTimeoutMs: number;
}

/**
 * Reads the Ask settings. Azure OpenAI needs endpoint, key and deployment together: a partial set
 * stops start-up naming what is missing, rather than silently running without AI.
 */
export function askConfig(s: Settings): AskConfig {
  const azure = { AZURE_OPENAI_ENDPOINT: s.AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY: s.AZURE_OPENAI_API_KEY, AZURE_OPENAI_DEPLOYMENT: s.AZURE_OPENAI_DEPLOYMENT };
  const given = Object.entries(azure).filter(([, v]) => v);
  if (given.length && given.length < 3) {
    const missing = Object.entries(azure).filter(([, v]) => !v).map(([k]) => k);
    throw new ConfigError(missing.map((name) => `Invalid setting ${name}: required with the other AZURE_OPENAI_* settings`));
  }
  let ai: AiConfig | null = null;
  if (given.length === 3) {
    ai = { kind: 'azure', endpoint: s.AZURE_OPENAI_ENDPOINT!, apiKey: s.AZURE_OPENAI_API_KEY!, deployment: s.AZURE_OPENAI_DEPLOYMENT!, apiVersion: s.AZURE_OPENAI_API_VERSION, timeoutMs: s.AI_ANSWER_TIMEOUT_MS };
  } else if (s.OPENAI_API_KEY) {
    ai = { kind: 'openai', apiKey: s.OPENAI_API_KEY, model: s.OPENAI_MODEL, baseUrl: s.OPENAI_BASE_URL ?? null, timeoutMs: s.AI_ANSWER_TIMEOUT_MS };
  }
  return {
    threshold: s.ASK_CONFIDENCE_THRESHOLD,
    autoEscalate: s.ASK_AUTO_ESCALATE,
    expertsConversationId: s.EXPERTS_CONVERSATION_ID ?? null,
    contentDir: path.resolve(s.KB_CONTENT_DIR),
    ingestRoot: path.resolve(s.KB_INGEST_ROOT),
    revisionCheckMs: Math.round(s.KB_REVISION_CHECK_SECONDS * 1000),
    logGroupMs: s.ASK_LOG_GROUP_MS,
    ai,
    rerankTimeoutMs: ai ? s.AI_RERANK_TIMEOUT_MS : 0,
  };
}
